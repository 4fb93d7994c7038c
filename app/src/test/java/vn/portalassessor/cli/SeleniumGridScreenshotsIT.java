package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import picocli.CommandLine;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.samples.SamplePortalServer;

/**
 * Issue 15, "beyond one machine": a run's evidence screenshots are taken through a real Selenium
 * Grid (the Grid server from Maven Central, Debian's chromedriver as its node) chosen with
 * {@code --selenium-url}, and the Grid's browser is sent through the assessor's guarded proxy bound
 * with {@code --browser-proxy}, so a portal page cannot make it reach an address the crawl refuses.
 * The Grid runs on 127.0.0.1; if it cannot start, the test fails (it never skips).
 */
class SeleniumGridScreenshotsIT {

    private static SeleniumGridStandalone grid;
    private static SamplePortalServer samples;
    private static HttpServer contactPortal;
    /** Requests that reached the "router admin page" the contact page points the browser at. */
    private static final AtomicInteger routerHits = new AtomicInteger();

    @TempDir
    static Path gridDir;

    @TempDir
    Path run;

    @BeforeAll
    static void startGridAndPortals() throws Exception {
        samples = SamplePortalServer.start();
        contactPortal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = contactPortal.getAddress().getPort();
        contactPortal.createContext("/lien-he", ex -> {
            // a portal page whose banner points at an address on the inspector's own network
            byte[] body = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Liên hệ</title></head>"
                    + "<body><h1 id=\"lien-he\">Liên hệ Văn phòng UBND tỉnh Trà Giang</h1>"
                    + "<p>Địa chỉ: số 1 Trần Hưng Đạo, thành phố Trà Giang. Điện thoại: 0232 3822 123.</p>"
                    + "<img src=\"http://127.0.0.1:" + port + "/router/anh.png\"></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        contactPortal.createContext("/router", ex -> {
            routerHits.incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        contactPortal.setExecutor(Executors.newFixedThreadPool(4));
        contactPortal.start();
        grid = SeleniumGridStandalone.start(gridDir);
    }

    @AfterAll
    static void stopGridAndPortals() throws Exception {
        try {
            if (grid != null) {
                grid.close();
            }
        } finally {
            if (contactPortal != null) {
                contactPortal.stop(0);
            }
            if (samples != null) {
                samples.close();
            }
        }
    }

    @BeforeEach
    void resetRouter() {
        routerHits.set(0);
    }

    /** The settings the command line makes of {@code --selenium-url} and {@code --browser-proxy}. */
    private static BrowserSettings gridBrowsers() {
        CrawlOptions options = CommandLine.populateCommand(new CrawlOptions(),
                "--selenium-url", grid.url().toString(), "--browser-proxy", "127.0.0.1:0", "--screenshots", "on");
        assertThat(options.screenshotsOn()).isTrue();
        // one browser: the Grid's node has one slot, and the machine running the tests two cores
        return options.browserSettings().withBrowsers(1).withPageTimeout(Duration.ofSeconds(60));
    }

    /** The portals are visited by name, as a crawl of an intranet host allowed by name would; 127.0.0.1 stays refused. */
    private static CrawlPolicy policy() {
        return CrawlPolicy.builder().privateHostsAllowed(Set.of("localhost")).delayPerHost(Duration.ZERO).build();
    }

    private static String byName(URI base, String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    @Test
    void evidenceScreenshotsAreTakenThroughTheGridAndArchivedWhileItsBrowserStaysBehindTheGuard() throws Exception {
        String home = byName(samples.baseUrl("tinh-tra-giang"), "/");
        String contact = byName(URI.create("http://127.0.0.1:" + contactPortal.getAddress().getPort()), "/lien-he");
        Evidence homePage = new Evidence(home, Instant.parse("2016-12-20T02:00:00Z"),
                "<urn:uuid:6c2d8d2f-0000-4000-8000-000000000001>", null, "Cổng thông tin điện tử tỉnh Trà Giang", "#menu");
        Evidence contactPage = new Evidence(contact, Instant.parse("2016-12-20T02:00:01Z"),
                "<urn:uuid:6c2d8d2f-0000-4000-8000-000000000002>", null, "Liên hệ", "#lien-he");
        CategoryResult cat3 = new CategoryResult("3", "Trang/Cổng thông tin điện tử", 4, 4, 1.0, 1, 1, Level.TOT, List.of(
                met("C3.01", homePage), met("C3.02", contactPage)));
        Assessment assessment = new Assessment(1, new Assessment.MethodologyRef("2016-reconstructed", "2", "", ""),
                LocalDate.of(2016, 12, 31), List.of(new AgencyResult("tinh-tra-giang", "Tỉnh Trà Giang", Group.PROVINCE,
                home, new CrawlInfo(2, 0, "OK", List.of()), List.of(cat3), null)));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        EvidenceScreenshots.Outcome outcome = EvidenceScreenshots.take(assessment, run, gridBrowsers(), policy(),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("trên Selenium Grid " + grid.url());
        assertThat(outcome.failed()).as("notes: %s", outcome.assessment().agencies().get(0).crawl().notes()).isZero();
        assertThat(outcome.taken()).isEqualTo(2);
        List<CriterionResult> criteria = outcome.assessment().agencies().get(0).categories().get(0).criteria();
        for (CriterionResult c : criteria) {
            String shot = c.evidence().get(0).screenshot();
            assertThat(shot).as(c.id()).startsWith("evidence/tinh-tra-giang/screenshots/").endsWith(".png");
            byte[] png = Files.readAllBytes(run.resolve(shot));
            assertThat(Arrays.copyOf(png, 8)).as("PNG signature of %s", shot)
                    .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            assertThat(png.length).as("a rendered page, not a blank image").isGreaterThan(10_000);
        }
        assertThat(screenshotRecords(run.resolve("evidence/tinh-tra-giang")))
                .containsExactlyInAnyOrder("screenshot:" + home, "screenshot:" + contact);
        assertThat(routerHits).as("the Grid's browser never reached the inspector's router").hasValue(0);
        assertThat(grid.log()).contains("Session created");
    }

    @Test
    void accessibilityScansRunInAGridPoolBehindTheSameGuard() throws Exception {
        String contact = byName(URI.create("http://127.0.0.1:" + contactPortal.getAddress().getPort()), "/lien-he");

        try (BrowserPool pool = new BrowserPool(gridBrowsers(), policy().addressGuard())) {
            AccessibilityScanner.Report report = new AccessibilityScanner(pool).scan(URI.create(contact));

            assertThat(report.violations()).extracting(AccessibilityScanner.Violation::rule).contains("image-alt");
            assertThat(pool.refusedRequests()).singleElement().asString()
                    .startsWith("127.0.0.1 (127.0.0.1 resolves to 127.0.0.1, a loopback/private/link-local address");
        }
        assertThat(routerHits).hasValue(0);
    }

    /** The target URIs of the screenshot resource records in an agency's WARC files. */
    private static List<String> screenshotRecords(Path evidenceDir) throws IOException {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(evidenceDir)) {
            for (Path warc : files.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList()) {
                try (WarcReader reader = new WarcReader(warc)) {
                    for (WarcRecord record : reader) {
                        if (record instanceof WarcResource resource && resource.target().startsWith("screenshot:")) {
                            assertThat(resource.contentType().base()).hasToString("image/png");
                            targets.add(resource.target());
                        }
                    }
                }
            }
        }
        return targets;
    }

    private static CriterionResult met(String id, Evidence e) {
        return new CriterionResult(id, "Tiêu chí " + id, Status.MET, 2, 2, Source.CRAWLER, 0.9, "Tìm thấy", List.of(e),
                RuleType.PRESENCE, 1.0, null, null, null);
    }
}
