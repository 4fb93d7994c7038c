package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A province's departments often share one server: however many agencies are crawled at once, the
 * host never sees more connections than the policy allows (issue 4).
 */
class PerHostConnectionsTest {

    @TempDir
    Path run;

    @ParameterizedTest(name = "{0} connection(s) per host")
    @CsvSource({"1", "2"})
    void agenciesSharingAHostStayWithinItsConnectionBound(int perHost) throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", ex -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String path = ex.getRequestURI().getPath();
            StringBuilder html = new StringBuilder("<html><body><h1>Phòng ban ").append(path).append("</h1>");
            if (path.matches("/so-\\d+/")) {
                for (int i = 1; i <= 6; i++) {
                    html.append("<a href=\"").append(path).append("tin-").append(i).append(".html\">Tin ").append(i).append("</a>");
                }
            }
            byte[] body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(path.equals("/robots.txt") || path.equals("/sitemap.xml") ? 404 : 200, body.length);
            inFlight.decrementAndGet();
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<CrawlTarget> departments = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            departments.add(new CrawlTarget("so-" + i, List.of(URI.create(base + "/so-" + i + "/")), List.of()));
        }
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .concurrency(4).maxConnectionsPerHost(perHost).build();
        try (Crawler crawler = Crawler.create(policy)) {
            List<CrawlSummary> done = crawler.crawlAll(departments, run, false, CrawlListener.NONE);
            assertThat(done).extracting(CrawlSummary::status).containsOnly(SiteStatus.OK);
            assertThat(done).extracting(CrawlSummary::pagesFetched).containsOnly(9);
        } finally {
            server.stop(0);
        }

        assertThat(peak.get()).as("requests the shared host served at once").isLessThanOrEqualTo(perHost);
        if (perHost > 1) {
            assertThat(peak.get()).as("four agencies do run in parallel").isGreaterThan(1);
        }
    }
}
