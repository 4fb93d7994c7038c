package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.CrawlPolicy;
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

/** The screenshot step against a portal whose news page hangs: that page is noted, the others captured. */
class EvidenceScreenshotsIT {

    @TempDir
    Path run;

    private HttpServer portal;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/gioi-thieu", ex -> {
            byte[] body = """
                    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giới thiệu</title></head>
                    <body><h1 id="tieu-de">Giới thiệu Sở Tư pháp tỉnh Quảng Bình</h1><p>Chức năng, nhiệm vụ...</p></body></html>
                    """.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        portal.createContext("/tin-tuc", ex -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        portal.setExecutor(Executors.newFixedThreadPool(4));
        portal.start();
        base = "http://127.0.0.1:" + portal.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
    }

    @Test
    void aHangingEvidencePageIsAbandonedAndNotedWhileTheOthersAreCaptured() throws Exception {
        Evidence about = new Evidence(base + "/gioi-thieu", Instant.parse("2016-12-20T02:00:00Z"),
                "<urn:uuid:5b1c7c1e-0000-4000-8000-000000000001>", null, "Giới thiệu", "#tieu-de");
        Evidence news = new Evidence(base + "/tin-tuc", Instant.parse("2016-12-20T02:00:01Z"),
                "<urn:uuid:5b1c7c1e-0000-4000-8000-000000000002>", null, "Tin tức", "#tin-moi");
        Evidence missing = new Evidence(base + "/lich-cong-tac", Instant.parse("2016-12-20T02:00:02Z"),
                "<urn:uuid:5b1c7c1e-0000-4000-8000-000000000003>", null, "Lịch", null);
        CategoryResult cat3 = new CategoryResult("3", "Trang/Cổng thông tin điện tử", 5, 10, 0.5, 1, 1, Level.KHA, List.of(
                met("C3.01", about), met("C3.05", news),
                new CriterionResult("C3.09", "Lịch làm việc", Status.NOT_MET, 0, 2, Source.CRAWLER, 0.8,
                        "Lịch tuần trước", List.of(missing), RuleType.PRESENCE, 0.0, null, null, null)));
        Assessment assessment = new Assessment(1, new Assessment.MethodologyRef("2016-reconstructed", "2", "", ""),
                LocalDate.of(2016, 12, 31), List.of(new AgencyResult("tinh-quang-binh", "Tỉnh Quảng Bình", Group.PROVINCE,
                base + "/", new CrawlInfo(3, 0, "OK", List.of()), List.of(cat3), null)));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        EvidenceScreenshots.Outcome outcome = EvidenceScreenshots.take(assessment, run,
                BrowserSettings.local().withBrowsers(1).withPageTimeout(Duration.ofSeconds(3)),
                CrawlPolicy.builder().allowPrivateAddresses(true).delayPerHost(Duration.ZERO).build(),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        AgencyResult a = outcome.assessment().agencies().get(0);
        List<CriterionResult> criteria = a.categories().get(0).criteria();
        String shot = criteria.get(0).evidence().get(0).screenshot();
        assertThat(shot).startsWith("evidence/tinh-quang-binh/screenshots/").endsWith(".png");
        assertThat(Files.size(run.resolve(shot))).isGreaterThan(1000);
        assertThat(criteria.get(1).evidence().get(0).screenshot()).as("the hanging page has none").isNull();
        assertThat(criteria.get(2).evidence().get(0).screenshot()).as("NOT_MET evidence is not captured").isNull();
        assertThat(a.crawl().notes()).singleElement().asString()
                .startsWith("Không chụp được ảnh " + base + "/tin-tuc: ")
                .contains("did not load within 3 s");
        assertThat(outcome.taken()).isEqualTo(1);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Chụp 2 ảnh bằng chứng");
        try (var files = Files.list(run.resolve("evidence/tinh-quang-binh"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("tinh-quang-binh-00000.warc.gz");
        }
    }

    private static CriterionResult met(String id, Evidence e) {
        return new CriterionResult(id, "Tiêu chí " + id, Status.MET, 2, 2, Source.CRAWLER, 0.9, "Tìm thấy", List.of(e),
                RuleType.PRESENCE, 1.0, null, null, null);
    }
}
