package vn.portalassessor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePortalServerTest {

    static SamplePortalServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = SamplePortalServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bundlesNineAgenciesThreePerGroupWithSixServiceSites() {
        SampleCatalogue c = server.catalogue();
        assertThat(c.agencies()).hasSize(9);
        assertThat(c.agencies().stream().filter(a -> a.group().equals("PROVINCE"))).hasSize(3);
        assertThat(c.sites().values().stream().filter(s -> s.kind().equals("SERVICES"))).hasSizeGreaterThanOrEqualTo(6);
        for (SampleAgency a : c.agencies()) {
            SampleSite portal = c.sites().get(a.portalSite());
            long pages = portal.files().keySet().stream().filter(p -> SamplePortalServer.contentType(p).startsWith("text/html")).count();
            assertThat(pages).as(a.id() + " pages").isGreaterThanOrEqualTo(15);
            assertThat(c.labels(a.portalSite())).as(a.id() + " labels").hasSize(30);
        }
    }

    @Test
    void servesCmsStylePathsIgnoringQueryStrings() throws Exception {
        URI liferay = server.baseUrl("tinh-son-lam");
        HttpResponse<String> page = get(liferay + "/web/guest/gioi-thieu?p_p_id=101&p_p_lifecycle=0");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get(server.baseUrl("vien-khoa-hoc-ung-dung") + "/node/2").statusCode()).isEqualTo(200);
        assertThat(get(server.baseUrl("bo-tai-nguyen-bien") + "/Pages/SoDoCong.aspx").statusCode()).isEqualTo(200);
        assertThat(get(liferay + "/khong-co-trang-nay").statusCode()).isEqualTo(404);
    }

    @Test
    void linksBetweenSitesPointAtTheirLoopbackPorts() throws Exception {
        String home = get(server.baseUrl("tinh-son-lam") + "/").body();
        assertThat(home).doesNotContain("{{site:").contains(server.baseUrl("dvc-tinh-son-lam").toString());
    }

    @Test
    void workingSearchFindsAPageByItsTextAndEmptySearchNeverDoes() throws Exception {
        SampleSite.Search search = server.catalogue().sites().get("tinh-son-lam").search();
        String found = get(server.baseUrl("tinh-son-lam") + search.path() + "?" + search.param() + "="
                + URLEncoder.encode("Điều kiện tự nhiên", StandardCharsets.UTF_8)).body();
        assertThat(found).contains("class=\"search-results\"").doesNotContain("Không tìm thấy kết quả nào");

        SampleSite.Search empty = server.catalogue().sites().get("bo-phat-trien-nong-thon").search();
        assertThat(empty.mode()).isEqualTo("EMPTY");
        String none = get(server.baseUrl("bo-phat-trien-nong-thon") + empty.path() + "?" + empty.param() + "=tin").body();
        assertThat(none).contains("Không tìm thấy kết quả nào");
    }

    @Test
    void writesTheAgencyListWithServiceSitesOnlyWhereDeclared(@TempDir Path dir) throws Exception {
        Path file = server.writeAgencyList(dir.resolve("agencies.csv"));
        Map<String, String> lines = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file)) {
            lines.put(line.split(",")[0], line);
        }
        assertThat(lines.get("tinh-son-lam")).endsWith(server.baseUrl("dvc-tinh-son-lam") + "/");
        assertThat(lines.get("bo-phat-trien-nong-thon")).endsWith(",");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
