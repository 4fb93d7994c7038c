package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.report.SampleRun;

/**
 * Issue 13: "Bản lưu" — the page as the crawler archived it, served from the run's WARC with a banner,
 * its links leading to other archived pages of the same agency, no script, and only to the agency
 * itself (and the inspector).
 */
@DisplayName("assessor serve: archived copies and data files")
class ArchivedCopyTest {

    private static final String HOME = ArchivedPortal.HOME;

    @TempDir
    static Path run;

    private static EvidenceViewer viewer;
    private static ViewerTokens tokens;
    private static String homeUuid;
    private static String introUuid;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        SampleRun.write(run);
        ArchivedPortal archived = ArchivedPortal.write(run);
        homeUuid = archived.homeUuid();
        introUuid = archived.introUuid();
        tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        viewer.close();
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
