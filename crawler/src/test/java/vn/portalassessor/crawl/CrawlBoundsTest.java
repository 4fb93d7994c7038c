package vn.portalassessor.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;

/**
 * What bounds one agency's crawl, and what does not: a huge sitemap is read only as far as the page
 * budget, a Crawl-delay beyond the bound is a pace (reported), dead links do not eat the page budget,
 * and a home page that redirects is fetched once (issue 14 rows 8, 20, 23; issue 12 item 9).
 */
class CrawlBoundsTest {

    private static final String HTML = "text/html; charset=utf-8";

    private WireMockServer server;
    private String base;
    @TempDir
    Path run;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));
        server.start();
        base = "http://localhost:" + server.port();
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathMatching("/tin-tuc/.*")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<html lang=\"vi\"><head><title>Tin tức</title></head><body><h1>Hội nghị tổng kết công tác tư pháp</h1></body></html>")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static CrawlPolicy.Builder quick() {
        return CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(5));
    }

    private CrawlSummary crawl(CrawlPolicy policy) throws Exception {
        try (Crawler crawler = Crawler.create(policy)) {
            return crawler.crawl(new CrawlTarget("so-tu-phap", List.of(URI.create(base + "/")), List.of()), run, false,
                    CrawlListener.NONE);
        }
    }

    private void page(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<!DOCTYPE html><html lang=\"vi\"><head><title>Sở Tư pháp</title></head><body>" + body + "</body></html>")));
    }

    private List<Capture> captures() {
        return PageStore.open(run, "so-tu-phap").captures();
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String urlset(int from, int count) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = from; i < from + count; i++) {
            xml.append("<url><loc>").append(base).append("/tin-tuc/").append(i).append(".html</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    @Test
    void gzippedSitemapOfFourHundredThousandUrlsQueuesNoMoreThanThePageBudget() throws Exception {
        page("/", "<h1>Sở Tư pháp</h1>");
        byte[] sitemap = gzip(urlset(0, 400_000));
        server.stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/x-gzip").withBody(sitemap)));

        CrawlSummary summary = crawl(quick().maxPagesPerSite(20).build());

        assertThat(summary.notes()).anyMatch(n -> n.startsWith("sơ đồ trang liệt kê nhiều URL hơn số trang còn được thu thập, chỉ lấy 18 URL đầu"));
        server.verify(18, getRequestedFor(urlPathMatching("/tin-tuc/.*")));
        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(captures().stream().filter(c -> c.url().getPath().startsWith("/tin-tuc/")))
                .extracting(c -> c.url().getPath()).as("the sitemap's first 18 URLs, in whatever order two connections finish them")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 18).mapToObj(i -> "/tin-tuc/" + i + ".html").toList());
    }

    @Test
    void sitemapIndexIsFollowedOnlyTwoLevelsDeep() throws Exception {
        page("/", "<h1>Sở Tư pháp</h1>");
        String index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + base + "/sitemap-tin-tuc.xml</loc></sitemap>"
                + "<sitemap><loc>" + base + "/sitemap-long.xml</loc></sitemap></sitemapindex>";
        String nested = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + base + "/sitemap-sau.xml</loc></sitemap></sitemapindex>";
        server.stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(index)));
        server.stubFor(get(urlEqualTo("/sitemap-tin-tuc.xml")).willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(urlset(0, 3))));
        server.stubFor(get(urlEqualTo("/sitemap-long.xml")).willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(nested)));
        server.stubFor(get(urlEqualTo("/sitemap-sau.xml")).willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(urlset(100, 3))));

        CrawlSummary summary = crawl(quick().build());

        server.verify(3, getRequestedFor(urlPathMatching("/tin-tuc/.*")));
        server.verify(0, getRequestedFor(urlEqualTo("/sitemap-sau.xml")));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("chỉ mục sơ đồ trang lồng quá 2 cấp, bỏ qua 1 tệp con"));
    }

    @Test
    void sitemapAboveTheProtocolsFiftyThousandUrlsIsCutThere() {
        byte[] xml = urlset(0, 50_010).getBytes(StandardCharsets.UTF_8);

        var listing = vn.portalassessor.crawl.sitemap.SitemapReader.read(URI.create(base + "/sitemap.xml"), xml,
                "application/xml", Integer.MAX_VALUE);

        assertThat(listing.pages()).hasSize(50_000);
        assertThat(listing.cut()).contains("hơn 50000 URL");
    }

    @Test
    void crawlDelayOfADayIsAPaceNotARefusalAndIsReportedAsWritten() throws Exception {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nCrawl-delay: 86400\nDisallow: /quan-tri/\n")));
        page("/", "<a href=\"/tin-tuc/1.html\">Tin tức</a>");

        long t0 = System.nanoTime();
        CrawlSummary summary = crawl(quick().maxCrawlDelay(Duration.ofSeconds(1)).build());
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(summary.notes()).noneMatch(n -> n.contains("cấm"));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("robots.txt yêu cầu giãn cách 86400 giây giữa hai lần truy cập localhost:"
                + server.port()) && n.endsWith("quá giới hạn 1 giây: thu thập với giãn cách 1 giây"));
        server.verify(1, getRequestedFor(urlEqualTo("/tin-tuc/1.html")));
        assertThat(millis).as("paced at the bound between requests").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void homePageThatRedirectsIsFetchedAndArchivedOnce() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(302).withHeader("Location", "/Pages/default.aspx")));
        page("/Pages/default.aspx", "<h1>Sở Tư pháp</h1><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/1.html\">Tin tức</a>");

        CrawlSummary summary = crawl(quick().build());

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        server.verify(1, getRequestedFor(urlEqualTo("/")));
        server.verify(1, getRequestedFor(urlEqualTo("/Pages/default.aspx")));
        assertThat(captures()).filteredOn(c -> c.url().getPath().equals("/Pages/default.aspx")).hasSize(1);
    }

    private void homeWithDeadLinksFirst(int dead, int real) {
        StringBuilder links = new StringBuilder("<h1>Sở Tư pháp</h1>");
        for (int i = 0; i < dead; i++) {
            links.append("<a href=\"/van-ban-cu/").append(i).append(".html\">Văn bản cũ ").append(i).append("</a>\n");
        }
        for (int i = 0; i < real; i++) {
            links.append("<a href=\"/tin-tuc/").append(i).append(".html\">Tin ").append(i).append("</a>\n");
        }
        page("/", links.toString());
        server.stubFor(get(urlPathMatching("/van-ban-cu/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", HTML).withBody("<h1>Không tìm thấy trang</h1>")));
    }

    @Test
    void deadLinksListedBeforeTheRealPagesDoNotEatThePageBudget() throws Exception {
        homeWithDeadLinksFirst(200, 30);

        CrawlSummary summary = crawl(quick().maxPagesPerSite(20).build());

        server.verify(200, getRequestedFor(urlPathMatching("/van-ban-cu/.*")));
        assertThat(captures()).filteredOn(c -> c.status() == 200 && c.url().getPath().startsWith("/tin-tuc/"))
                .as("the home page and 19 real pages: the budget of 20 pages").hasSize(19);
        assertThat(summary.status()).isEqualTo(SiteStatus.PARTIAL);
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("đạt giới hạn 20 trang"));
    }

    @Test
    void deadLinksAreBoundedByTheSeparateRequestCap() throws Exception {
        homeWithDeadLinksFirst(200, 30);

        CrawlSummary summary = crawl(quick().maxPagesPerSite(20).maxRequestsPerSite(60).build());

        assertThat(summary.status()).isEqualTo(SiteStatus.PARTIAL);
        server.verify(0, getRequestedFor(urlPathMatching("/tin-tuc/.*")));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("đạt giới hạn 60 yêu cầu (1 trang, 59 liên kết hỏng"));
    }
}
