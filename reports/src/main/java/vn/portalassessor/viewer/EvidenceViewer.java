package vn.portalassessor.viewer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence viewer's HTTP server ({@code assessor serve}, contract §4), on the JDK's HttpServer.
 * Every request needs a token from {@link ViewerTokens}: an {@code Authorization: Bearer} header, or a
 * {@code token} query parameter once, which is exchanged for an HttpOnly, SameSite=Strict session
 * cookie and a redirect to the same path without the token (so it leaves no trace in history or
 * referrers). No token or an unknown one answers 401; a path the viewer may not read answers 403
 * and is written to {@code viewer-access.log} in the run directory and to the log. Only GET and HEAD.
 * Files are checked again after symbolic links are resolved, so a link cannot lead outside the
 * viewer's own folders. Close it to stop serving.
 *
 * <p>Bounds, so one slow or hostile client cannot starve the others: {@link #WORKERS} worker threads;
 * a request's line, headers and body must arrive within {@link #REQUEST_SECONDS} s and a response be
 * taken within {@link #RESPONSE_SECONDS} s, or the connection is closed; at most
 * {@link #MAX_CONNECTIONS} connections at once; idle keep-alive connections closed after
 * {@link #IDLE_SECONDS} s; TCP_NODELAY on every connection (without it, a keep-alive request waits
 * ~40 ms for the delayed ACK). Sessions end as {@link ViewerSessions} says. The JDK server reads these
 * as {@code sun.net.httpserver.*} and {@code jdk.httpserver.maxConnections} system properties once per JVM, so they are set before the first
 * server is created, unless the operator set them on the command line.
 */
public final class EvidenceViewer implements Closeable {

    public static final String ACCESS_LOG = "viewer-access.log";
    static final String COOKIE = "assessor_session";
    static final int WORKERS = 16;
    static final int REQUEST_SECONDS = 10;
    static final int RESPONSE_SECONDS = 300;
    static final int MAX_CONNECTIONS = 256;
    static final int IDLE_SECONDS = 30;

    static {
        serverDefault("sun.net.httpserver.nodelay", "true");
        serverDefault("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        serverDefault("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
        serverDefault("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
        serverDefault("sun.net.httpserver.idleInterval", String.valueOf(IDLE_SECONDS));
    }

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceViewer.class);
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "png", "image/png",
            "gz", "application/gzip",
            "json", "application/json",
            "csv", "text/csv; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "svg", "image/svg+xml");

    private final Path runDir;
    private final ViewerTokens tokens;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ViewerSessions sessions;
    private volatile ArchivedCopies archivedCopies;

    private EvidenceViewer(Path runDir, ViewerTokens tokens, HttpServer server, ExecutorService executor, Clock clock) {
        this.runDir = runDir;
        this.tokens = tokens;
        this.server = server;
        this.executor = executor;
        this.sessions = new ViewerSessions(clock);
    }

    private static void serverDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Starts serving {@code runDir} on {@code address} (port 0 picks a free port).
     *
     * @throws IOException when the address cannot be bound or the run has no report
     */
    public static EvidenceViewer start(Path runDir, ViewerTokens tokens, InetSocketAddress address) throws IOException {
        return start(runDir, tokens, address, Clock.systemUTC());
    }

    /** As {@link #start(Path, ViewerTokens, InetSocketAddress)}, with the clock sessions expire by. */
    static EvidenceViewer start(Path runDir, ViewerTokens tokens, InetSocketAddress address, Clock clock) throws IOException {
        Path real = runDir.toRealPath();
        if (!Files.isRegularFile(real.resolve("report").resolve("index.html"))) {
            throw new IOException(runDir + " has no report/index.html; run 'assessor report --run " + runDir + "' first");
        }
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "assessor-viewer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        EvidenceViewer viewer = new EvidenceViewer(real, tokens, server, executor, clock);
        server.createContext("/", viewer::handle);
        server.setExecutor(executor);
        server.start();
        return viewer;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "Chỉ hỗ trợ GET và HEAD.");
                return;
            }
            URI uri = ex.getRequestURI();
            // "//evidence/x" parses as an authority; keep it as spelled so the policy refuses it.
            String rawPath = uri.getScheme() == null && uri.getRawAuthority() != null
                    ? "//" + uri.getRawAuthority() + uri.getRawPath() : uri.getRawPath();
            String queryToken = queryToken(uri.getRawQuery());
            Optional<Viewer> viewer;
            if (queryToken != null) {
                viewer = tokens.viewerOf(queryToken);
                if (viewer.isPresent()) {
                    String session = sessions.open(viewer.get());
                    ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
                    ex.getResponseHeaders().set("Location", localRedirect(rawPath));
                    send(ex, 303, "");
                    return;
                }
            } else {
                viewer = bearer(ex).flatMap(tokens::viewerOf).or(() -> cookie(ex).flatMap(sessions::viewerOf));
            }
            if (viewer.isEmpty()) {
                audit(ex, 401, "-", rawPath, "no valid token");
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"assessor\"");
                send(ex, 401, "Cần mã truy cập (token) do thanh tra cấp.");
                return;
            }
            if (rawPath.equals("/") || rawPath.equals("/report") || rawPath.equals("/report/")) {
                ex.getResponseHeaders().set("Location", "/report/index.html");
                send(ex, 302, "");
                return;
            }
            AccessPolicy.Decision decision = AccessPolicy.decide(viewer.get(), rawPath);
            switch (decision.kind()) {
                case FORBIDDEN -> {
                    audit(ex, 403, viewer.get().toString(), rawPath, decision.reason());
                    send(ex, 403, "Không có quyền xem nội dung này.");
                }
                case NOT_FOUND -> send(ex, 404, "Không tìm thấy.");
                case ALLOW -> {
                    if (decision.path().startsWith("archive/")) {
                        serveArchivedCopy(ex, decision.path());
                    } else if (!viewer.get().inspector() && OwnRows.FILES.contains(decision.path())) {
                        serveOwnRows(ex, viewer.get(), decision.path());
                    } else {
                        serveFile(ex, viewer.get(), rawPath, decision.path());
                    }
                }
            }
        }
    }

    private void serveFile(HttpExchange ex, Viewer viewer, String rawPath, String relative) throws IOException {
        Path file = runDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            send(ex, 404, "Không tìm thấy.");
            return;
        }
        Path real = file.toRealPath();
        Path allowedRoot = !viewer.inspector() && relative.startsWith("evidence/")
                ? runDir.resolve("evidence").resolve(viewer.agencyId())
                : relative.indexOf('/') < 0 ? runDir : runDir.resolve(relative.substring(0, relative.indexOf('/')));
        if (!real.startsWith(allowedRoot.toRealPath())) {
            audit(ex, 403, viewer.toString(), rawPath, "a link leading outside the viewer's folders");
            send(ex, 403, "Không có quyền xem nội dung này.");
            return;
        }
        String name = real.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        if (ext.equals("gz") || ext.equals("xlsx") || relative.indexOf('/') < 0) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        securityHeaders(ex);
        long length = Files.size(real);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(length));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, length == 0 ? -1 : length);
        try (InputStream in = Files.newInputStream(real); OutputStream out = ex.getResponseBody()) {
            in.transferTo(out);
        }
    }

    /**
     * An archived copy ({@code archive/<agency>/<record uuid>}, see {@link ArchivedCopies}): HTML under
     * a CSP that allows no script at all, other content as a download.
     */
    private void serveArchivedCopy(HttpExchange ex, String relative) throws IOException {
        String[] parts = relative.split("/");
        if (parts.length != 3) {
            send(ex, 404, "Không tìm thấy bản lưu.");
            return;
        }
        ArchivedCopies copies = archivedCopies;
        if (copies == null) {
            copies = new ArchivedCopies(runDir);
            archivedCopies = copies;
        }
        Optional<ArchivedCopies.Copy> copy;
        try {
            copy = copies.copy(parts[1], parts[2]);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot read archived copy {}: {}", relative, e.getMessage());
            send(ex, 500, "Không đọc được bản lưu từ tệp WARC: " + e.getMessage());
            return;
        }
        if (copy.isEmpty()) {
            send(ex, 404, "Không có bản lưu này trong kho lưu trữ của cơ quan.");
            return;
        }
        securityHeaders(ex);
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; "
                + "style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
        ex.getResponseHeaders().set("Content-Type", copy.get().contentType());
        if (!copy.get().html()) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + copy.get().fileName() + "\"");
        }
        sendBody(ex, copy.get().body());
    }

    /** An agency's own rows of a CSV data file. */
    private void serveOwnRows(HttpExchange ex, Viewer viewer, String relative) throws IOException {
        Path file = runDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            send(ex, 404, "Không tìm thấy.");
            return;
        }
        securityHeaders(ex);
        ex.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + viewer.agencyId() + "-" + relative + "\"");
        sendBody(ex, OwnRows.of(file, viewer.agencyId()));
    }

    private static void sendBody(HttpExchange ex, byte[] body) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Where to send a browser after a token login: the same path on this viewer, never another host.
     * Leading slashes and backslashes collapse to one slash ({@code //other-host/x} would be a
     * scheme-relative address); a path with a backslash, a control character or anything outside
     * printable ASCII goes to the national ranking instead.
     */
    static String localRedirect(String rawPath) {
        String rest = rawPath == null ? "" : rawPath.replaceFirst("^[/\\\\]+", "");
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return "/report/index.html";
            }
        }
        return "/" + rest;
    }

    private static Optional<String> bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(h.substring(7).trim());
        }
        return Optional.empty();
    }

    private static Optional<String> cookie(HttpExchange ex) {
        for (String header : ex.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=")) {
                    return Optional.of(p.substring(COOKIE.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static String queryToken(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("token=")) {
                return java.net.URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void securityHeaders(HttpExchange ex) {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'");
    }

    private static void send(HttpExchange ex, int status, String text) throws IOException {
        securityHeaders(ex);
        byte[] body = (status >= 400 && !text.isEmpty() ? ErrorPage.html(status, text) : text).getBytes(StandardCharsets.UTF_8);
        if (body.length == 0 || ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", status >= 400 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized void audit(HttpExchange ex, int status, String who, String rawPath, String reason) {
        String line = Instant.now() + " " + status + " " + who + " " + ex.getRemoteAddress().getAddress().getHostAddress()
                + " " + ex.getRequestMethod() + " " + rawPath + " (" + reason + ")";
        LOG.warn("viewer refused: {}", line);
        try {
            Files.writeString(runDir.resolve(ACCESS_LOG), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.error("cannot write the viewer access log in {}: {}", runDir, e.getMessage());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
