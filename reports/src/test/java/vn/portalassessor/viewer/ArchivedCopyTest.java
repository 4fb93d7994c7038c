package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.portalassessor.report.SampleRun;

/**
 * Issue 13: "Bản lưu" — the page as the crawler archived it, served from the run's WARC with a banner,
 * its links leading to other archived pages of the same agency, no script, and only to the agency
 * itself (and the inspector).
 */
@DisplayName("assessor serve: archived copies and data files")
class ArchivedCopyTest {

    private static final String HOME = "https://bo-tu-phap.gov.vn/";
    private static final String INTRO = "https://bo-tu-phap.gov.vn/gioi-thieu/co-cau-to-chuc";

    @TempDir
    static Path run;

    private static EvidenceViewer viewer;
    private static ViewerTokens tokens;
    private static String homeUuid;
    private static String introUuid;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        SampleRun.write(run);
        archive();
        tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        viewer.close();
    }

    /** Bộ Tư pháp's home page and its organisation page, as two WARC response records and their capture index. */
    private static void archive() throws IOException {
        Path dir = run.resolve("evidence/bo-tu-phap");
        Path warc = dir.resolve("bo-tu-phap-00001.warc.gz");
        List<String> index = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            homeUuid = write(writer, index, HOME, Instant.parse("2016-12-20T03:10:00Z"), """
                    <!DOCTYPE html><html lang="vi"><head><title>Bộ Tư pháp</title>
                    <script>document.title = 'đã chạy';</script></head>
                    <body onload="alert(1)"><ul><li><a href="/gioi-thieu/co-cau-to-chuc#top">Cơ cấu tổ chức</a></li>
                    <li><a href="/tin-tuc/">Tin tức</a></li></ul><img src="/logo.png" alt="Quốc huy"></body></html>
                    """);
            introUuid = write(writer, index, INTRO, Instant.parse("2016-12-20T03:15:00Z"), """
                    <!DOCTYPE html><html lang="vi"><head><title>Cơ cấu tổ chức</title></head>
                    <body><h1>Cơ cấu tổ chức</h1><p>Vụ Pháp chế, Vụ Tổ chức cán bộ, Văn phòng Bộ</p>
                    <a href="/">Trang chủ</a></body></html>
                    """);
        }
        Path state = run.resolve("crawl-state/bo-tu-phap");
        Files.createDirectories(state);
        Files.write(state.resolve("captures.jsonl"), index, StandardCharsets.UTF_8);
    }

    private static String write(WarcWriter writer, List<String> index, String url, Instant at, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
        WarcResponse response = new WarcResponse.Builder(URI.create(url)).date(at).body(MediaType.HTTP_RESPONSE, http).build();
        long offset = writer.position();
        writer.write(response);
        String id = "<" + response.id() + ">";
        index.add("{\"url\":\"" + url + "\",\"depth\":0,\"fetchedAt\":\"" + at + "\",\"status\":200,"
                + "\"contentType\":\"text/html; charset=utf-8\",\"length\":" + body.length + ",\"truncated\":false,"
                + "\"location\":\"\",\"warcFile\":\"bo-tu-phap-00001.warc.gz\",\"offset\":" + offset + ",\"recordId\":\""
                + id + "\",\"remoteAddress\":\"127.0.0.1\",\"failure\":\"\",\"detail\":\"\"}");
        return response.id().toString().substring("urn:uuid:".length());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(viewer.address().resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theAgencyOpensItsArchivedPageWithABannerGivingCaptureTimeAndLiveUrl() throws Exception {
        HttpResponse<String> r = get("/archive/bo-tu-phap/" + homeUuid, tokens.agencies().get("bo-tu-phap"));

        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body(), viewer.address().toString());
        assertThat(page.selectFirst("div[role=note]").text())
                .contains("Bản lưu", "10:10:00 ngày 20/12/2016", HOME);
        assertThat(page.select("div[role=note] a").attr("href")).isEqualTo(HOME);
    }

    @Test
    void linksLeadToOtherArchivedPagesOfTheAgencyAndOtherwiseToTheLiveSite() throws Exception {
        Document page = Jsoup.parse(get("/archive/bo-tu-phap/" + homeUuid, tokens.inspector()).body());

        assertThat(page.select("li a").eachAttr("href"))
                .containsExactly("/archive/bo-tu-phap/" + introUuid, "https://bo-tu-phap.gov.vn/tin-tuc/");
        assertThat(page.select("img").attr("src")).as("an image never archived is not fetched live").isEmpty();
        assertThat(page.select("img").attr("alt")).isEqualTo("Quốc huy");
    }

    @Test
    void anArchivedPageRunsNoScript() throws Exception {
        HttpResponse<String> r = get("/archive/bo-tu-phap/" + homeUuid, tokens.inspector());

        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").doesNotContain("script-src");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.body().hasAttr("onload")).isFalse();
    }

    @Test
    void anotherAgencysTokenIsRefusedTheArchivedCopy() throws Exception {
        HttpResponse<String> r = get("/archive/bo-tu-phap/" + introUuid, tokens.agencies().get("bo-y-te"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Jsoup.parse(r.body()).select("h1").text()).startsWith("Không có quyền xem");
        assertThat(Jsoup.parse(r.body()).select("a[href=/report/index.html]")).as("a way back").hasSize(1);
    }

    @Test
    void anUnknownRecordIsNotFound() throws Exception {
        assertThat(get("/archive/bo-tu-phap/00000000-0000-0000-0000-000000000000", tokens.inspector()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theInspectorDownloadsTheRunsDataFiles() throws Exception {
        for (String file : List.of("results.json", "results.csv", "ranking.xlsx", "services.csv")) {
            assertThat(get("/" + file, tokens.inspector()).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(get("/results.csv", tokens.inspector()).body()).contains("bo-tu-phap,", "bo-y-te,");
    }

    @Test
    void anAgencyDownloadsOnlyItsOwnRows() throws Exception {
        String csv = get("/results.csv", tokens.agencies().get("bo-y-te")).body();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("agency_id");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.startsWith("bo-y-te,"));
        assertThat(get("/results.json", tokens.agencies().get("bo-y-te")).statusCode()).isEqualTo(403);
        assertThat(get("/ranking.xlsx", tokens.agencies().get("bo-y-te")).statusCode()).isEqualTo(403);
    }
}
