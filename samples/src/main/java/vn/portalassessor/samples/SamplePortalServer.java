package vn.portalassessor.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Serves every bundled sample site on its own free port on 127.0.0.1, as the sample-portals README
 * describes: paths map to files (query strings ignored, {@code .html} and {@code index.html} tried),
 * {@code {{site:ID}}} tokens become the other sites' base URLs, and each site's search endpoint
 * answers with real results (or none, for a search box that does not work). Sites of kind {@code DOWN}
 * get a loopback port that is held but never listens, so connecting to them is refused. CMSs that pick
 * the page by a query parameter ({@code index.php?view=article&id=12}) are served from files named
 * after the parameters the site's {@code query_keys} list. Binds to loopback only.
 * Close it to free the ports.
 */
public final class SamplePortalServer implements Closeable {

    private static final Pattern SITE_TOKEN = Pattern.compile("\\{\\{site:([a-z0-9-]+)}}");

    private final SampleCatalogue catalogue;
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final List<Socket> closedPorts = new ArrayList<>();
    private final Map<String, URI> baseUrls = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "sample-portals");
        t.setDaemon(true);
        return t;
    });

    private SamplePortalServer(SampleCatalogue catalogue) throws IOException {
        this.catalogue = catalogue;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (SampleSite site : catalogue.sites().values()) {
            if (site.down()) {
                // Bound but never listening: the port stays ours, and every connection to it is refused.
                Socket reserved = new Socket();
                reserved.bind(new InetSocketAddress(loopback, 0));
                closedPorts.add(reserved);
                baseUrls.put(site.id(), URI.create("http://127.0.0.1:" + reserved.getLocalPort()));
                continue;
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
            server.createContext("/", exchange -> handle(site, exchange));
            server.setExecutor(executor);
            servers.put(site.id(), server);
            baseUrls.put(site.id(), URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        }
        servers.values().forEach(HttpServer::start);
    }

    /** Starts the bundled sample sites. */
    public static SamplePortalServer start() throws IOException {
        return new SamplePortalServer(SampleCatalogue.load());
    }

    /** Starts the sites of one of the bundled sets. */
    public static SamplePortalServer start(SampleSet set) throws IOException {
        return new SamplePortalServer(SampleCatalogue.load(set));
    }

    /** Starts the sites of a given catalogue. */
    public static SamplePortalServer start(SampleCatalogue catalogue) throws IOException {
        return new SamplePortalServer(catalogue);
    }

    public SampleCatalogue catalogue() {
        return catalogue;
    }

    /** A site's base URL, {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUrl(String siteId) {
        URI base = baseUrls.get(siteId);
        if (base == null) {
            throw new IllegalArgumentException("no sample site \"" + siteId + "\"; known: " + baseUrls.keySet());
        }
        return base;
    }

    /**
     * Writes the agency list the assessor reads ({@code id,name,group,portal_url,services_url}) with
     * this server's URLs; a service site the agency does not declare is left for discovery.
     */
    public Path writeAgencyList(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("id,name,group,portal_url,services_url\n");
        for (SampleAgency a : catalogue.agencies()) {
            String services = a.servicesDeclared() ? a.services().map(s -> baseUrl(s) + "/").orElse("") : "";
            csv.append(a.id()).append(',').append('"').append(a.name()).append('"').append(',').append(a.group())
                    .append(',').append(baseUrl(a.portalSite())).append("/,").append(services).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    private void handle(SampleSite site, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())
                    && !"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
            if (site.search() != null && decoded.equals(site.search().path())) {
                String query = queryParameter(exchange.getRequestURI().getRawQuery(), site.search().param()).orElse("");
                send(exchange, 200, "text/html; charset=utf-8", searchPage(site, query).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> file = resolve(site, decoded, exchange.getRequestURI().getRawQuery());
            if (file.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8",
                        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404 - Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1></body></html>"
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = contentType(file.get());
            byte[] body = site.files().get(file.get());
            if (type.startsWith("text/") || type.contains("xml")) {
                body = substitute(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : body);
        }
    }

    private static Optional<String> resolve(SampleSite site, String path, String rawQuery) {
        String p = path.isEmpty() ? "/" : path;
        StringBuilder routed = new StringBuilder();
        for (String key : site.queryKeys()) {
            queryParameter(rawQuery, key).ifPresent(v -> routed.append('@').append(key).append('-').append(v));
        }
        if (!routed.isEmpty()) {
            // A page chosen by its query (index.php?view=article&id=12): that page or nothing.
            String candidate = p + routed;
            return List.of(candidate, candidate + ".html").stream().filter(site.files()::containsKey).findFirst();
        }
        for (String candidate : List.of(p, p + ".html", (p.endsWith("/") ? p : p + "/") + "index.html")) {
            if (site.files().containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private String substitute(String text) {
        Matcher m = SITE_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            URI base = baseUrls.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(base == null ? m.group() : base.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String searchPage(SampleSite site, String query) {
        String q = fold(query);
        List<String[]> hits = new ArrayList<>();
        if ("WORKING".equals(site.search().mode()) && !q.isBlank()) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(site.files()).entrySet()) {
                if (!contentType(f.getKey()).startsWith("text/html")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
                if (fold(doc.body() == null ? "" : doc.body().text()).contains(q)) {
                    String link = routedLink(site, f.getKey().replaceAll("(/index)?\\.html$", ""));
                    hits.add(new String[] {link.isEmpty() ? "/" : link, doc.title()});
                }
            }
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Kết quả tìm kiếm</title></head><body><h1>Kết quả tìm kiếm</h1>");
        String shown = org.jsoup.nodes.Entities.escape(query);
        if (hits.isEmpty()) {
            html.append("<p class=\"search-empty\">Không tìm thấy kết quả nào cho từ khóa \"").append(shown).append("\".</p>");
        } else {
            html.append("<p class=\"search-count\">Tìm thấy ").append(hits.size()).append(" kết quả cho từ khóa \"")
                    .append(shown).append("\"</p><ul class=\"search-results\">");
            for (String[] hit : hits) {
                html.append("<li><a href=\"").append(hit[0]).append("\">")
                        .append(org.jsoup.nodes.Entities.escape(hit[1])).append("</a></li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    /** The URL of a query-routed file ({@code /index.php@view-article@id-12} → {@code /index.php?view=article&id=12}). */
    private static String routedLink(SampleSite site, String file) {
        int at = file.indexOf('@');
        if (at < 0 || site.queryKeys().isEmpty()) {
            return file;
        }
        StringBuilder query = new StringBuilder();
        for (String part : file.substring(at + 1).split("@")) {
            int dash = part.indexOf('-');
            if (dash > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(part, 0, dash).append('=')
                        .append(java.net.URLEncoder.encode(part.substring(dash + 1), StandardCharsets.UTF_8).replace("%2F", "/"));
            }
        }
        return file.substring(0, at) + query;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static Optional<String> queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (!name.contains(".") || p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".aspx") || p.endsWith(".php")
                || p.endsWith(".asp") || p.endsWith(".jsp") || p.endsWith(".jspx") || p.endsWith(".do")) {
            return "text/html; charset=utf-8";
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "xml" -> "application/xml; charset=utf-8";
            case "rss" -> "application/rss+xml; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "application/javascript; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        servers.values().forEach(s -> s.stop(0));
        for (Socket reserved : closedPorts) {
            try {
                reserved.close();
            } catch (IOException e) {
                // the port is freed when the process ends
            }
        }
        executor.shutdownNow();
    }
}
