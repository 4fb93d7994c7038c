package vn.portalassessor.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Measures what a gzipped sitemap of N URLs costs one agency's crawl (issue 14, row 8): run under
 * {@code /usr/bin/time -v} for the peak RSS, {@code HugeSitemapBench <urls> [maxPagesPerSite]}. The
 * sitemap is generated here, streamed into gzip (about 2.5 bytes a URL), served from 127.0.0.1 with
 * every page it lists; the crawl uses the default policy except for the pause between requests.
 */
public final class HugeSitemapBench {

    private HugeSitemapBench() {
    }

    public static void main(String[] args) throws Exception {
        int urls = Integer.parseInt(args[0]);
        int maxPages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] sitemap = sitemap(base, urls);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type = "text/html; charset=utf-8";
            int status = 200;
            if (path.equals("/sitemap.xml")) {
                body = sitemap;
                type = "application/x-gzip";
            } else if (path.equals("/robots.txt")) {
                body = new byte[0];
                status = 404;
            } else {
                body = ("<html lang=\"vi\"><head><title>Tin tức</title></head><body><h1>Tin " + path
                        + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Path run = Files.createTempDirectory("sitemap-bench");
        long t0 = System.nanoTime();
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .maxPagesPerSite(maxPages).build();
        CrawlSummary summary;
        try (Crawler crawler = Crawler.create(policy)) {
            summary = crawler.crawl(new CrawlTarget("so-ban-do-lon", List.of(URI.create(base + "/")), List.of()), run, false,
                    CrawlListener.NONE);
        } finally {
            server.stop(0);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("urls=%d sitemap=%d bytes gz, crawl %d ms, status %s, %d answers%n", urls, sitemap.length, millis,
                summary.status(), summary.pagesFetched());
        summary.notes().forEach(n -> System.out.println("  note: " + n));
    }

    private static byte[] sitemap(String base, int urls) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int i = 0; i < urls; i++) {
                w.write("<url><loc>" + base + "/tin-tuc/" + i + ".html</loc></url>\n");
            }
            w.write("</urlset>\n");
        }
        return out.toByteArray();
    }
}
