package vn.portalassessor.crawl.render;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.scope.AddressGuard;

/**
 * The forward proxy every pooled browser goes through, on 127.0.0.1 (or, for a Selenium Grid's
 * browsers, on the address of this machine the Grid's nodes reach), so that what a rendered page
 * asks for (its scripts, images, frames, the requests its scripts make) passes the same
 * {@link AddressGuard} as the crawler's own requests: a portal's page cannot make the inspector's
 * browser reach a loopback, private or link-local address. HTTPS goes through {@code CONNECT}
 * tunnels, checked when the tunnel opens (the browser still verifies the certificate end to end);
 * plain HTTP is forwarded one request per connection. A refused request gets a 403 naming the
 * address, and the refusal is logged and remembered. Thread-safe; close it to stop.
 */
final class GuardedProxy implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedProxy.class);
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int IDLE_TIMEOUT_MILLIS = 120_000;
    private static final int MAX_REFUSALS_KEPT = 100;

    private final AddressGuard guard;
    private final ServerSocket server;
    private final ExecutorService connections;
    private final Set<String> refusals = ConcurrentHashMap.newKeySet();

    private final String address;

    private GuardedProxy(AddressGuard guard, InetSocketAddress binding) throws IOException {
        this.guard = guard;
        this.server = new ServerSocket();
        try {
            server.bind(binding, 64);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot start the browser proxy on " + binding.getHostString() + ":" + binding.getPort()
                    + ": " + e.getMessage(), e);
        }
        // the literal address bound, not a name: "localhost" may resolve to ::1 where nothing listens
        String host = server.getInetAddress().getHostAddress();
        this.address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getLocalPort();
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "browser-proxy");
            t.setDaemon(true);
            return t;
        });
        connections.execute(this::acceptLoop);
    }

    /** Starts a proxy on a free loopback port. */
    static GuardedProxy start(AddressGuard guard) throws IOException {
        return new GuardedProxy(guard, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /**
     * Starts a proxy bound at {@code binding} (port 0: a free one), which browsers then reach at that
     * address and port. Anyone who can reach that address can use the proxy, within the guard.
     */
    static GuardedProxy start(AddressGuard guard, InetSocketAddress binding) throws IOException {
        return new GuardedProxy(guard, binding);
    }

    /** The value for chromium's {@code --proxy-server}: the host the proxy was bound at, and its port. */
    String address() {
        return address;
    }

    /** What was refused so far, as {@code host (reason)}: the first {@value #MAX_REFUSALS_KEPT} hosts. */
    List<String> refusals() {
        return new ArrayList<>(refusals);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("browser proxy: accept failed", e);
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            if (requestLine.length != 3) {
                answer(out, 400, "not an HTTP request line: " + head.get(0));
                return;
            }
            String method = requestLine[0];
            if (method.equals("CONNECT")) {
                tunnel(requestLine[1], in, out);
            } else {
                forward(method, requestLine[1], requestLine[2], head.subList(1, head.size()), in, out);
            }
        } catch (IOException e) {
            LOG.debug("browser proxy: connection ended: {}", e.getMessage());
        }
    }

    /** {@code CONNECT host:port}: checked once, then bytes both ways until either side closes. */
    private void tunnel(String authority, InputStream in, OutputStream out) throws IOException {
        int colon = authority.lastIndexOf(':');
        if (colon < 0) {
            answer(out, 400, "CONNECT needs host:port, not " + authority);
            return;
        }
        String host = authority.substring(0, colon).replaceAll("^\\[|]$", "");
        int port;
        try {
            port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            answer(out, 400, "CONNECT needs a numeric port, not " + authority);
            return;
        }
        InetAddress[] addresses = permitted(host, out);
        if (addresses == null) {
            return;
        }
        Socket upstream = connectOrAnswer(addresses, port, authority, out);
        if (upstream == null) {
            return;
        }
        try (upstream) {
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            pipeBothWays(in, out, upstream);
        }
    }

    /** A plain-HTTP request in absolute form, sent on in origin form on a connection of its own. */
    private void forward(String method, String target, String version, List<String> headers, InputStream in,
                         OutputStream out) throws IOException {
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            answer(out, 400, "not a URL: " + target);
            return;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            answer(out, 400, "only absolute http:// URLs are forwarded, not " + target);
            return;
        }
        if (headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"))) {
            answer(out, 411, "a request body must come with its Content-Length");
            return;
        }
        InetAddress[] addresses = permitted(uri.getHost(), out);
        if (addresses == null) {
            return;
        }
        Socket upstream = connectOrAnswer(addresses, uri.getPort() < 0 ? 80 : uri.getPort(), uri.getHost(), out);
        if (upstream == null) {
            return;
        }
        try (upstream) {
            StringBuilder request = new StringBuilder(method).append(' ')
                    .append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    .append(' ').append(version).append("\r\n");
            for (String h : headers) {
                String name = h.substring(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                if (!name.equals("proxy-connection") && !name.equals("connection") && !name.equals("keep-alive")) {
                    request.append(h).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream up = upstream.getOutputStream();
            up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            // only this request's own body goes upstream: a next request on the browser's connection,
            // perhaps for another host, must come through the guard again, on a connection of its own
            copyBody(in, up, contentLength(headers));
            up.flush();
            upstream.getInputStream().transferTo(out);
            out.flush();
        }
    }

    private static long contentLength(List<String> headers) {
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                try {
                    return Long.parseLong(h.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** Copies exactly {@code length} bytes of a request body. */
    private static void copyBody(InputStream in, OutputStream up, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the request body ended " + left + " bytes early");
            }
            up.write(buffer, 0, n);
            left -= n;
        }
    }

    /** The addresses to connect to, or null after answering 403 (refused) or 502 (unknown host). */
    private InetAddress[] permitted(String host, OutputStream out) throws IOException {
        try {
            return guard.resolve(host);
        } catch (AddressGuard.RefusedAddressException e) {
            if (refusals.size() < MAX_REFUSALS_KEPT && refusals.add(host + " (" + e.getMessage() + ")")) {
                LOG.warn("browser request refused: {}", e.getMessage());
            }
            answer(out, 403, e.getMessage());
            return null;
        } catch (UnknownHostException e) {
            answer(out, 502, "unknown host " + host);
            return null;
        }
    }

    /** A connection to the host, or null after answering 502: once the answer has begun, no error page. */
    private static Socket connectOrAnswer(InetAddress[] addresses, int port, String host, OutputStream out) throws IOException {
        try {
            return connect(addresses, port);
        } catch (IOException e) {
            answer(out, 502, "cannot reach " + host + ": " + e.getMessage());
            return null;
        }
    }

    /** A connection to the first of the addresses that answers. */
    private static Socket connect(InetAddress[] addresses, int port) throws IOException {
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
                upstream.setSoTimeout(IDLE_TIMEOUT_MILLIS);
                upstream.setTcpNoDelay(true);
                return upstream;
            } catch (IOException e) {
                upstream.close();
                last = e;
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    /** Copies client → upstream on another thread and upstream → client on this one, until both end. */
    private void pipeBothWays(InputStream clientIn, OutputStream clientOut, Socket upstream) throws IOException {
        connections.execute(() -> {
            try {
                clientIn.transferTo(upstream.getOutputStream());
                upstream.shutdownOutput();
            } catch (IOException e) {
                closeQuietly(upstream); // the browser went away: so does the upstream connection
            }
        });
        try {
            upstream.getInputStream().transferTo(clientOut);
            clientOut.flush();
        } finally {
            closeQuietly(upstream);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.debug("browser proxy: close failed", e);
        }
    }

    /** The request line and headers, up to the empty line; empty when the client closed at once. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (++total > MAX_HEAD_BYTES) {
                throw new IOException("request head over " + MAX_HEAD_BYTES + " bytes");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private static void answer(OutputStream out, int status, String why) throws IOException {
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 411 -> "Length Required";
            default -> "Bad Gateway";
        };
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("browser proxy: close failed", e);
        }
        connections.shutdownNow();
    }
}
