package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.RunLayout;

/**
 * Scheduling by host (issue 15): an agency's portal and online-service site are crawled at the
 * same time, each host takes up to two requests at once while its delay between request starts is
 * kept, so one slow page does not stall the host, and neither the agency's page budget nor the
 * run's connection cap is exceeded by requests in flight.
 */
class HostSchedulingTest {

    @TempDir
    Path run;

    private final List<Site> sites = new ArrayList<>();

    /** One host on 127.0.0.1: a news portal of an agency, every request recorded with when it arrived. */
    private final class Site implements AutoCloseable {
        record Request(String path, long startNanos, long endNanos) {
        }

        final HttpServer server;
        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inFlight;
        final AtomicInteger peak;

        /**
         * @param pages   news pages linked from the home page (/tin-1.html ...)
         * @param latency how long each answer takes, by path
         * @param inFlight requests being answered, shared by sites that count together
         */
        Site(int pages, Function<String, Duration> latency, AtomicInteger inFlight, AtomicInteger peak) throws IOException {
            this.inFlight = inFlight;
            this.peak = peak;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", ex -> answer(ex, pages, latency));
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            sites.add(this);
        }

        private void answer(HttpExchange ex, int pages, Function<String, Duration> latency) throws IOException {
            long start = System.nanoTime();
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            String path = ex.getRequestURI().getPath();
            try {
                Thread.sleep(latency.apply(path).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = 200;
            StringBuilder html = new StringBuilder("<html lang=\"vi\"><head><title>Cổng thông tin điện tử</title></head><body>");
            if (path.equals("/")) {
                html.append("<h1>Sở Thông tin và Truyền thông</h1><ul>");
                for (int i = 1; i <= pages; i++) {
                    html.append("<li><a href=\"/tin-").append(i).append(".html\">Tin hoạt động số ").append(i).append("</a></li>");
                }
                html.append("</ul>");
            } else if (path.matches("/tin-\\d+\\.html")) {
                html.append("<h1>Hội nghị triển khai chuyển đổi số ").append(path).append("</h1><p>Sáng nay, Sở đã tổ chức hội nghị.</p>");
            } else {
                status = 404; // robots.txt and sitemap.xml: none
            }
            byte[] body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            inFlight.decrementAndGet();
            requests.add(new Request(path, start, System.nanoTime()));
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }

        URI home() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        List<Request> sorted() {
            synchronized (requests) {
                List<Request> all = new ArrayList<>(requests);
                all.sort(java.util.Comparator.comparingLong(Request::startNanos));
                return all;
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private Site site(int pages, Duration latency) throws IOException {
        return new Site(pages, p -> latency, new AtomicInteger(), new AtomicInteger());
    }

    @org.junit.jupiter.api.AfterEach
    void stopSites() {
        sites.forEach(Site::close);
    }

    private static CrawlPolicy.Builder policy() {
        return CrawlPolicy.builder().allowPrivateAddresses(true).maxDepth(3);
    }

    @Test
    void aPortalAndItsServiceSiteAreCrawledAtTheSameTime() throws Exception {
        Site portal = site(8, Duration.ofMillis(20));
        Site services = site(8, Duration.ofMillis(20));
        CrawlTarget soTTTT = new CrawlTarget("so-tttt", List.of(portal.home(), services.home()), List.of());

        try (Crawler crawler = Crawler.create(policy().delayPerHost(Duration.ofMillis(150)).build())) {
            CrawlSummary done = crawler.crawl(soTTTT, run, false, CrawlListener.NONE);
            assertThat(done.status()).isEqualTo(SiteStatus.OK);
        }

        List<Site.Request> a = portal.sorted();
        List<Site.Request> b = services.sorted();
        assertThat(a).filteredOn(r -> r.path().startsWith("/tin-")).hasSize(8);
        assertThat(b).filteredOn(r -> r.path().startsWith("/tin-")).hasSize(8);
        long aFirst = a.get(0).startNanos();
        long aLast = a.get(a.size() - 1).startNanos();
        long servicesDuringPortal = b.stream().filter(r -> r.startNanos() > aFirst && r.startNanos() < aLast).count();
        // each host alone takes ≥ 10 × 150 ms; one after the other, none of b's would fall inside a's span
        assertThat(servicesDuringPortal).as("service-site requests while the portal was being crawled").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aSlowPageHoldsOneConnectionWhileTheHostGoesOnAtItsDelay() throws Exception {
        Duration delay = Duration.ofMillis(250);
        Site portal = new Site(12, p -> p.equals("/tin-1.html") ? Duration.ofSeconds(3) : Duration.ofMillis(10),
                new AtomicInteger(), new AtomicInteger());
        CrawlTarget so = new CrawlTarget("so-xay-dung", List.of(portal.home()), List.of());

        try (Crawler crawler = Crawler.create(policy().delayPerHost(delay).maxConnectionsPerHost(2).build())) {
            assertThat(crawler.crawl(so, run, false, CrawlListener.NONE).status()).isEqualTo(SiteStatus.OK);
        }

        List<Site.Request> requests = portal.sorted();
        Site.Request slow = requests.stream().filter(r -> r.path().equals("/tin-1.html")).findFirst().orElseThrow();
        long during = requests.stream().filter(r -> r != slow && r.startNanos() > slow.startNanos()
                && r.startNanos() < slow.endNanos()).count();
        // 3 s at one start per 250 ms: about 11 other pages could start; with one request at a time, none would
        assertThat(during).as("requests the host received while the slow page was answered").isGreaterThanOrEqualTo(6);
        assertThat(portal.peak.get()).as("requests in flight on the host at once").isEqualTo(2);
        long span = requests.get(requests.size() - 1).startNanos() - requests.get(0).startNanos();
        assertThat(Duration.ofNanos(span)).as("first to last start of " + requests.size() + " requests")
                .isGreaterThanOrEqualTo(delay.multipliedBy(requests.size() - 1).minusMillis(50));
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).startNanos() - requests.get(i - 1).startNanos();
            // read where the server got the request: later than the client's start by the TCP
            // handshake on a new connection and by scheduling on a loaded machine (up to ~100 ms seen
            // with 2 cores at load 20), so only a gross breach shows here; the exact bound is
            // HostThrottleTest's, on the starts themselves
            assertThat(Duration.ofNanos(gap)).as("gap before " + requests.get(i).path())
                    .isGreaterThanOrEqualTo(delay.dividedBy(2));
        }
    }

    @Test
    void twoRequestsInFlightNeverTakeTheAgencyPastItsPageBudget() throws Exception {
        Site portal = site(40, Duration.ofMillis(120));
        CrawlTarget so = new CrawlTarget("so-giao-duc", List.of(portal.home()), List.of());

        try (Crawler crawler = Crawler.create(policy().delayPerHost(Duration.ZERO).maxPagesPerSite(7)
                .maxConnectionsPerHost(2).build())) {
            CrawlSummary done = crawler.crawl(so, run, false, CrawlListener.NONE);
            assertThat(done.status()).isEqualTo(SiteStatus.PARTIAL);
            assertThat(done.notes()).anyMatch(n -> n.startsWith("đạt giới hạn 7 trang"));
        }

        List<Capture> captures = CaptureIndex.read(RunLayout.captureIndex(run, "so-giao-duc"));
        assertThat(captures).filteredOn(c -> c.answered() && c.status() == 200).hasSize(7);
        assertThat(portal.sorted()).filteredOn(r -> r.path().equals("/") || r.path().startsWith("/tin-"))
                .as("pages the server was asked for").hasSize(7);
        assertThat(portal.peak.get()).as("the budget was reached two at a time").isEqualTo(2);
    }

    @Test
    void theRunNeverHasMoreRequestsInFlightThanItsConnectionCap() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<CrawlTarget> province = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Site portal = new Site(6, p -> Duration.ofMillis(80), inFlight, peak);
            Site services = new Site(6, p -> Duration.ofMillis(80), inFlight, peak);
            province.add(new CrawlTarget("huyen-" + i, List.of(portal.home(), services.home()), List.of()));
        }

        try (Crawler crawler = Crawler.create(policy().delayPerHost(Duration.ZERO).maxConnections(3).build())) {
            List<CrawlSummary> done = crawler.crawlAll(province, run, false, CrawlListener.NONE);
            assertThat(done).extracting(CrawlSummary::status).containsOnly(SiteStatus.OK);
            assertThat(done).extracting(CrawlSummary::id).containsExactly("huyen-1", "huyen-2", "huyen-3", "huyen-4",
                    "huyen-5", "huyen-6");
        }

        assertThat(peak.get()).as("requests the 12 hosts served at once, counted on the server side").isEqualTo(3);
        assertThat(sites).allSatisfy(s -> assertThat(s.sorted()).filteredOn(r -> r.path().startsWith("/tin-")).hasSize(6));
    }

    @Test
    void agenciesWithTheLargestExpectedWorkStartFirst() throws Exception {
        Site a = site(2, Duration.ZERO);
        Site b = site(2, Duration.ZERO);
        Site c = site(2, Duration.ZERO);
        Site d = site(2, Duration.ZERO);
        CrawlTarget portalOnly = new CrawlTarget("xa-nho", List.of(a.home()), List.of());
        CrawlTarget withServices = new CrawlTarget("so-tai-chinh", List.of(b.home(), c.home()), List.of());
        CrawlTarget largePreviously = new CrawlTarget("ubnd-tinh", List.of(d.home()), List.of());
        List<String> startOrder = Collections.synchronizedList(new ArrayList<>());
        CrawlListener listener = new CrawlListener() {
            @Override
            public void started(CrawlTarget target) {
                startOrder.add(target.id());
            }
        };

        try (Crawler crawler = Crawler.create(policy().delayPerHost(Duration.ZERO).maxConnections(1).build())) {
            List<CrawlSummary> done = crawler.crawlAll(List.of(portalOnly, withServices, largePreviously),
                    t -> t.id().equals("ubnd-tinh") ? 280 : 0, run, false, listener);
            assertThat(done).extracting(CrawlSummary::id).as("summaries in the file's order")
                    .containsExactly("xa-nho", "so-tai-chinh", "ubnd-tinh");
        }

        // 280 pages last time first, then the agency with a declared service site, then the portal alone
        assertThat(startOrder).containsExactly("ubnd-tinh", "so-tai-chinh", "xa-nho");
    }
}
