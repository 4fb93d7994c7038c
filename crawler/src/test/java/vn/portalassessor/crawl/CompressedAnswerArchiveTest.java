package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.RunLayout;

/**
 * A gzip-encoded answer is archived exactly as the server sent it: the response record holds the
 * encoded bytes under their {@code Content-Encoding}, the request record every header that went out
 * ({@code Accept-Encoding} included), and the crawl and the evaluator still read the page decoded
 * (issue 14, row 10). Read back with jwarc here; {@code CompressedAnswerWarcioIT} reads it with warcio.
 */
class CompressedAnswerArchiveTest {

    static final String HOME = "<!DOCTYPE html><html lang=\"vi\"><head><title>Cổng thông tin điện tử Sở Tư pháp</title></head>"
            + "<body><h1>Sở Tư pháp tỉnh</h1>" + "<p>Công khai thủ tục hành chính, chứng thực bản sao từ bản chính.</p>".repeat(200)
            + "</body></html>";

    @TempDir
    Path run;

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Serves a portal whose home page is gzip-encoded; crawls it into {@code run}; returns the server. */
    static RawHttpServer crawlGzippedPortal(Path run, byte[] encodedHome) throws Exception {
        RawHttpServer server = new RawHttpServer();
        server.answer("/", "HTTP/1.1 200 OK", List.of("Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip",
                "Vary: Accept-Encoding"), encodedHome);
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .responseTimeout(Duration.ofSeconds(5)).build();
        try (Crawler crawler = Crawler.create(policy)) {
            crawler.crawl(new CrawlTarget("so-tu-phap", List.of(URI.create(server.base() + "/")), List.of()), run, false,
                    CrawlListener.NONE);
        }
        return server;
    }

    static Path warcFile(Path run) throws IOException {
        try (var files = Files.list(RunLayout.evidenceDir(run, "so-tu-phap"))) {
            return files.filter(f -> f.toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        }
    }

    @Test
    void gzipAnswerIsArchivedEncodedUnderItsContentEncodingAndReadDecoded() throws Exception {
        byte[] encoded = gzip(HOME);
        WarcResponse response = null;
        WarcRequest request = null;
        byte[] archivedBody = null;
        byte[] decodedBody = null;
        String requestBlock = null;
        try (RawHttpServer server = crawlGzippedPortal(run, encoded);
             WarcReader reader = new WarcReader(warcFile(run))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r && r.target().equals(server.base() + "/")) {
                    response = r;
                    archivedBody = r.http().body().stream().readAllBytes();
                } else if (record instanceof WarcRequest q && q.target().equals(server.base() + "/")) {
                    request = q;
                    requestBlock = new String(q.body().stream().readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
            assertThat(response).as("a response record for the home page").isNotNull();
            assertThat(response.http().headers().first("Content-Encoding")).contains("gzip");
            assertThat(archivedBody).as("the bytes the server sent").isEqualTo(encoded);
            assertThat(response.http().headers().first("Content-Length")).contains(String.valueOf(encoded.length));

            assertThat(request).as("a request record for the home page").isNotNull();
            List<String> sentLines = headerLines(requestBlock);
            List<String> receivedLines = headerLines(server.requests().stream()
                    .filter(h -> h.startsWith("GET / ")).findFirst().orElseThrow());
            assertThat(sentLines).as("every header that went out, as the server received them")
                    .containsExactlyInAnyOrderElementsOf(receivedLines);
            assertThat(sentLines).contains("Accept-Encoding: gzip, deflate");
        }
        try (WarcReader reader = new WarcReader(warcFile(run))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r && r.http().status() == 200) {
                    decodedBody = r.http().bodyDecoded().stream().readAllBytes();
                }
            }
        }
        assertThat(new String(decodedBody, StandardCharsets.UTF_8)).as("jwarc decodes it by its Content-Encoding").isEqualTo(HOME);
        var page = PageStore.open(run, "so-tu-phap").htmlPages().get(0);
        assertThat(page.document().title()).isEqualTo("Cổng thông tin điện tử Sở Tư pháp");
        assertThat(page.capture().length()).as("the decoded size").isEqualTo(HOME.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void gzipBombIsDecodedOnlyUpToTheSizeCapAndArchivedAsSent() throws Exception {
        byte[] bomb = gzip("<html><body>" + "A".repeat(40 * 1024 * 1024) + "</body></html>");
        try (RawHttpServer server = crawlGzippedPortal(run, bomb)) {
            var capture = PageStore.open(run, "so-tu-phap").capture(URI.create(server.base() + "/")).orElseThrow();
            assertThat(capture.truncated()).isTrue();
            assertThat(capture.length()).isEqualTo(5L * 1024 * 1024);
            assertThat(PageStore.open(run, "so-tu-phap").page(capture.url()).orElseThrow().body()).hasSize(5 * 1024 * 1024);
        }
    }

    private static List<String> headerLines(String head) {
        List<String> lines = new ArrayList<>(Arrays.asList(head.split("\r\n")));
        lines.remove(0); // the request line
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
