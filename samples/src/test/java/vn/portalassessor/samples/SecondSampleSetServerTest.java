package vn.portalassessor.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second sample set is served: its CMS-style URLs, its dead links and its services site that is down. */
class SecondSampleSetServerTest {

    static SamplePortalServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = SamplePortalServer.start(SampleSet.named("second"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void holdsTwelveAgenciesOfEveryGroupWithAtLeastFourProvinces() {
        SampleCatalogue c = server.catalogue();
        assertThat(c.agencies()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(c.agencies().stream().filter(a -> a.group().equals("PROVINCE"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(c.agencies().stream().map(SampleAgency::group).distinct()).contains("MINISTRY", "GOV_AGENCY", "PROVINCE");
        assertThat(c.selfReportedCsv()).startsWith("agency_id,criterion_id,value,note");
    }

    @Test
    void everyPortalAndEveryLiveServicesSiteAnswersItsHomePage() throws Exception {
        for (SampleAgency a : server.catalogue().agencies()) {
            assertThat(get(server.baseUrl(a.portalSite()) + "/").statusCode()).as(a.portalSite()).isEqualTo(200);
            if (a.services().isPresent() && !server.catalogue().sites().get(a.servicesSite()).down()) {
                assertThat(get(server.baseUrl(a.servicesSite()) + "/").statusCode()).as(a.servicesSite()).isEqualTo(200);
            }
        }
    }

    @Test
    void joomlaArticlesAreChosenByTheirQueryAndAnUnknownArticleIsNotFound() throws Exception {
        URI joomla = server.baseUrl("bo-giao-thong-thuy");
        HttpResponse<String> article = get(joomla + "/index.php?option=com_content&view=article&id=201&catid=74&Itemid=105");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017");
        HttpResponse<String> other = get(joomla + "/index.php?option=com_content&view=article&id=202&Itemid=105");
        assertThat(other.body()).contains("Thông xe kỹ thuật luồng tàu biển vào cảng Cái Mép").doesNotContain("<h1 class=\"article-title\">Hội nghị tổng kết");
        assertThat(get(joomla + "/index.php?option=com_content&view=article&id=999").statusCode()).isEqualTo(404);
        assertThat(get(joomla + "/index.php").statusCode()).isEqualTo(200);
    }

    @Test
    void theDeadLinksOfTheOldNewsBlockAnswer404WhileTheRealPagesAnswer200() throws Exception {
        URI portal = server.baseUrl("bo-lao-dong-viec-lam");
        String home = get(portal + "/").body();
        Matcher links = Pattern.compile("href=\"(/Default\\.aspx\\?tabid=\\d+(?:&amp;ArticleId=\\d+)?)\"").matcher(home);
        int dead = 0;
        int alive = 0;
        while (links.find()) {
            int status = get(portal + links.group(1).replace("&amp;", "&")).statusCode();
            if (status == 404) {
                dead++;
            } else if (status == 200) {
                alive++;
            }
        }
        assertThat(dead).as("dead links on the home page").isGreaterThanOrEqualTo(25);
        assertThat(alive).as("real pages linked from the home page").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theServicesSiteThatIsDownRefusesConnections() {
        URI down = server.baseUrl("dvc-bo-khoa-hoc-doi-moi");
        assertThat(down.getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> get(down + "/")).isInstanceOf(ConnectException.class);
    }

    @Test
    void thePortalLinksToItsServicesSiteThatIsDown() throws Exception {
        String home = get(server.baseUrl("bo-khoa-hoc-doi-moi") + "/").body();
        assertThat(home).doesNotContain("{{site:").contains(server.baseUrl("dvc-bo-khoa-hoc-doi-moi") + "/");
    }

    @Test
    void searchResultsOnAQueryRoutedSiteLinkToPagesThatAnswer() throws Exception {
        URI portal = server.baseUrl("bo-giao-thong-thuy");
        SampleSite.Search search = server.catalogue().sites().get("bo-giao-thong-thuy").search();
        String results = get(portal + search.path() + "?" + search.param() + "="
                + URLEncoder.encode("Thông xe kỹ thuật luồng tàu biển", StandardCharsets.UTF_8)).body();
        Matcher hit = Pattern.compile("<li><a href=\"(/index\\.php\\?view=article&(?:amp;)?id=\\d+)\">Thông xe").matcher(results);
        assertThat(hit.find()).as(results).isTrue();
        assertThat(get(portal + hit.group(1).replace("&amp;", "&")).body()).contains("Thông xe kỹ thuật luồng tàu biển vào cảng Cái Mép");
    }

    @Test
    void theAgencyListPointsAtTheDownPortForADeclaredServicesSite(@TempDir Path dir) throws Exception {
        String csv = Files.readString(server.writeAgencyList(dir.resolve("agencies.csv")));
        assertThat(csv).contains("bo-khoa-hoc-doi-moi,").contains(server.baseUrl("dvc-bo-khoa-hoc-doi-moi") + "/");
    }

    @Test
    void anUnknownSetIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> SampleSet.named("third")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first, second");
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
