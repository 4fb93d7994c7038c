package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.SiteStatus;

/**
 * The console's page counter at the end of a crawl is the number of responses the agencies'
 * summaries say were archived, not the number of pages reported along the way (issue 15: the
 * console showed 7,875 where 8,267 were fetched, because robots.txt, sitemaps and error answers
 * are archived without being reported as pages).
 */
class ConsoleProgressTest {

    @Test
    void theFinalCounterIsTheSumOfTheSummariesNotOfThePagesReported() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CrawlTarget soTuPhap = new CrawlTarget("so-tu-phap", List.of(URI.create("http://stp.example.gov.vn/")), List.of());
        CrawlTarget soYTe = new CrawlTarget("so-y-te", List.of(URI.create("http://soyte.example.gov.vn/"),
                URI.create("http://dichvucong.soyte.example.gov.vn/")), List.of());
        try (ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 600, false)) {
            progress.started(soTuPhap);
            progress.started(soYTe);
            for (int i = 1; i <= 3; i++) {
                progress.fetched(soTuPhap, URI.create("http://stp.example.gov.vn/tin-" + i), 200, i, 300);
            }
            progress.fetched(soYTe, URI.create("http://soyte.example.gov.vn/"), 200, 1, 300);
            assertThat(progress.pages()).as("while crawling: the pages reported").isEqualTo(4);

            // robots.txt, /sitemap.xml and a dead link were archived too: 6 responses, 3 pages
            progress.finished(soTuPhap, summary("so-tu-phap", 6));
            assertThat(progress.pages()).as("one agency done, one still running").isEqualTo(6 + 1);
            progress.fetched(soYTe, URI.create("http://dichvucong.soyte.example.gov.vn/"), 200, 2, 300);
            progress.finished(soYTe, summary("so-y-te", 5));
            assertThat(progress.pages()).as("at the end: exactly the summaries' 6 + 5").isEqualTo(11);
            assertThat(progress.statusLine()).startsWith("  thu thập: 11 trang");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("[1/2] so-tu-phap: OK, 6 trang")
                .contains("[2/2] so-y-te: OK, 5 trang");
    }

    @Test
    void evaluationAndScreenshotsShowTheirOwnCountsAndLinesPrintedMeanwhileStayWhole() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CrawlTarget soTuPhap = new CrawlTarget("so-tu-phap", List.of(URI.create("http://stp.example.gov.vn/")), List.of());
        CrawlTarget soYTe = new CrawlTarget("so-y-te", List.of(URI.create("http://soyte.example.gov.vn/")), List.of());
        try (ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 600, false)) {
            progress.started(soTuPhap);
            progress.started(soYTe);
            progress.fetched(soTuPhap, URI.create("http://stp.example.gov.vn/"), 200, 1, 300);
            progress.finished(soTuPhap, summary("so-tu-phap", 4));
            progress.evaluated("so-tu-phap");
            progress.queued(5);
            progress.captured(2);

            assertThat(progress.statusLine()).contains("đang thu thập: so-y-te (0)", "\n  đánh giá: 1/2 cơ quan",
                    "\n  chụp ảnh: 2/5 ảnh bằng chứng");
            assertThat(progress.shotsWaiting()).isEqualTo(3);

            PrintStream console = progress.console();
            console.print("Kết quả: /tmp/ket-qua/");
            console.println("results.json");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("[1/2] so-tu-phap: OK, 4 trang")
                .contains("  [1/2] đã đánh giá so-tu-phap\n")
                .contains("Kết quả: /tmp/ket-qua/results.json\n");
    }

    private static CrawlSummary summary(String id, int responses) {
        return new CrawlSummary(id, SiteStatus.OK, responses, 1, List.of(), Instant.now(), Instant.now());
    }
}
