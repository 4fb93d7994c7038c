package vn.portalassessor.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generated corpus of {@code sites} sites of {@code pagesPerSite} pages each, served from memory
 * by the JDK HttpServer on 127.0.0.1, one port per site. Page {@code i} links to pages
 * {@code 10i+1..10i+10} (a tree every page of which a breadth-first crawl reaches within depth 3),
 * to the home page and to five menu pages, with relative links so every site serves the same bytes;
 * about 11 KB of Vietnamese text per page. robots.txt and sitemap.xml answer 404. Thread-safe.
 */
final class Corpus implements Closeable {

    private final int pagesPerSite;
    private final byte[][] pages;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private final AtomicLong served = new AtomicLong();

    Corpus(int sites, int pagesPerSite, int serverThreads) throws IOException {
        this.pagesPerSite = pagesPerSite;
        this.pages = new byte[pagesPerSite][];
        for (int i = 0; i < pagesPerSite; i++) {
            pages[i] = page(i).getBytes(StandardCharsets.UTF_8);
        }
        this.executor = Executors.newFixedThreadPool(serverThreads, r -> {
            Thread t = new Thread(r, "corpus");
            t.setDaemon(true);
            return t;
        });
        for (int s = 0; s < sites; s++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            server.createContext("/", this::handle);
            server.setExecutor(executor);
            server.start();
            servers.add(server);
        }
    }

    /** Every site's home page URL. */
    List<URI> homes() {
        return servers.stream().map(s -> URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/")).toList();
    }

    long served() {
        return served.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int index = -1;
        if (path.equals("/")) {
            index = 0;
        } else if (path.startsWith("/tin/") && path.endsWith(".html")) {
            try {
                index = Integer.parseInt(path.substring(5, path.length() - 5));
            } catch (NumberFormatException e) {
                index = -1;
            }
        }
        byte[] body;
        int status;
        if (index >= 0 && index < pagesPerSite) {
            body = pages[index];
            status = 200;
            served.incrementAndGet();
        } else {
            body = "<html><body>Không tìm thấy trang</body></html>".getBytes(StandardCharsets.UTF_8);
            status = 404;
        }
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private String page(int i) {
        StringBuilder html = new StringBuilder(12_000)
                .append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tin số ").append(i)
                .append(" | Sở Văn hóa, Thể thao và Du lịch</title></head><body><div id=\"menu\"><a href=\"/\">Trang chủ</a>");
        for (int m = 1; m <= 5; m++) {
            html.append(" <a href=\"/tin/").append(m).append(".html\">Chuyên mục ").append(m).append("</a>");
        }
        html.append("</div><h1>Hội nghị tổng kết công tác văn hóa năm 2016, bài ").append(i).append("</h1>");
        for (int p = 0; p < 28; p++) {
            html.append("<p>Ngày 28/12/2016, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết phong trào ")
                    .append("\"Toàn dân đoàn kết xây dựng đời sống văn hóa\" ở khu dân cư; đoạn ").append(p).append(".</p>");
        }
        html.append("<ul class=\"lien-quan\">");
        for (int k = 10 * i + 1; k <= Math.min(pagesPerSite - 1, 10 * i + 10); k++) {
            html.append("<li><a href=\"/tin/").append(k).append(".html\">Tin liên quan ").append(k).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
