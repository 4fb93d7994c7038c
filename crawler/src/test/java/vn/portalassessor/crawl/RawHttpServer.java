package vn.portalassessor.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A loopback HTTP/1.1 server answering each path with bytes written exactly as given, header lines
 * included: for answers no well-behaved server library would send (a control character in a header,
 * a charset nobody knows). One connection per request; records the request heads it received.
 */
final class RawHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawHttpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "raw-http");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The base URL, {@code http://127.0.0.1:port}. */
    String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Answers {@code path} with a status line, these header lines (ISO-8859-1, as written) and a body. */
    void answer(String path, String statusLine, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(statusLine).append("\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        answers.put(path, out.toByteArray());
    }

    /** The request heads received, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                String head = readHead(s.getInputStream());
                requests.add(head);
                String path = head.isEmpty() ? "/" : head.split(" ", 3)[1];
                byte[] answer = answers.getOrDefault(path,
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                OutputStream out = s.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException | RuntimeException e) {
                // a client that went away; the next one is served
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0D0A0D0A && head.size() < 64 * 1024 && (b = in.read()) >= 0) {
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
