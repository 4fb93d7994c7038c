package vn.portalassessor.crawl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.warc.ArchivedRecord;
import vn.portalassessor.crawl.warc.WarcArchive;

/** An agency's captures read back, as they stood when its crawl ended (issue 15: a run and its re-score judge the same pages). */
class PageStoreTest {

    private static final Instant CRAWLED = Instant.parse("2016-12-28T03:15:00Z");
    private static final Instant CRAWL_ENDED = Instant.parse("2016-12-28T03:20:00Z");
    private static final Instant PROBED = Instant.parse("2016-12-28T03:25:00Z");

    @TempDir
    Path run;

    @Test
    void asOfTheCrawlsEndItLeavesOutWhatProbesFetchedAfterAndKeepsTheCrawledCaptureOfARefetchedPage() throws Exception {
        try (WarcArchive archive = new WarcArchive(RunLayout.evidenceDir(run, "so-tu-phap"), "so-tu-phap", WarcArchive.DEFAULT_ROTATE_BYTES);
             CaptureIndex index = CaptureIndex.openForAppend(RunLayout.captureIndex(run, "so-tu-phap"))) {
            capture(archive, index, "/", "Trang chủ Sở Tư pháp", CRAWLED);
            capture(archive, index, "/gioi-thieu.html", "Giới thiệu", CRAWLED);
            capture(archive, index, "/tim-kiem?q=lich", "Kết quả tìm kiếm", PROBED);
            capture(archive, index, "/", "Trang chủ Sở Tư pháp (đã sửa)", PROBED);
        }
        PageStore all = PageStore.open(run, "so-tu-phap");

        PageStore crawled = all.until(CRAWL_ENDED);

        assertThat(all.htmlPages()).as("every capture, latest of each URL").hasSize(3);
        assertThat(crawled.htmlPages()).extracting(p -> p.url().getPath())
                .as("the crawl's pages only").containsExactly("/", "/gioi-thieu.html");
        assertThat(crawled.page(URI.create("http://sotuphap.gov.vn/")).orElseThrow().document().title())
                .as("the home page as the crawl captured it").isEqualTo("Trang chủ Sở Tư pháp");
        assertThat(all.until(PROBED)).as("nothing after: the same store").isSameAs(all);
    }

    private static void capture(WarcArchive archive, CaptureIndex index, String path, String title, Instant at) throws Exception {
        URI url = URI.create("http://sotuphap.gov.vn" + path);
        byte[] body = ("<html><head><title>" + title + "</title></head><body><p>Tin hoạt động của Sở.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ArchivedRecord where = archive.write(new FetchedResponse(url, at, 200, "OK", "HTTP/1.1",
                List.of(Map.entry("Content-Type", "text/html; charset=utf-8")), List.of(Map.entry("Host", "sotuphap.gov.vn")),
                body, false, "203.162.1.10", ""));
        index.append(new Capture(url, 1, at, 200, "text/html; charset=utf-8", body.length, false, "", where.file(),
                where.offset(), where.recordId(), "203.162.1.10", "", ""));
    }
}
