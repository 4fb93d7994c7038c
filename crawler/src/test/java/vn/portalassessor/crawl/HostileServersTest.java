package vn.portalassessor.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;

/**
 * How the crawler behaves against servers that are slow, busy, broken or hostile: one named WireMock
 * stub per behaviour, each test asserting what the crawl recorded (issue 4).
 */
class HostileServersTest {

    private static final String HTML = "text/html; charset=utf-8";

    private WireMockServer server;
    private String base;
    @TempDir
    Path run;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .globalTemplating(true).containerThreads(20));
        server.start();
        base = "http://localhost:" + server.port();
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static CrawlPolicy.Builder quick() {
        return CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(1))
                .maxRetryAfter(Duration.ofSeconds(5)).maxPagesPerSite(100);
    }

    private CrawlSummary crawl(CrawlPolicy policy, String... seeds) throws Exception {
        List<URI> uris = java.util.Arrays.stream(seeds).map(URI::create).toList();
        try (Crawler crawler = Crawler.create(policy)) {
            return crawler.crawl(new CrawlTarget("so-thu-nghiem", uris, List.of()), run, false, CrawlListener.NONE);
        }
    }

    private List<Capture> captures() {
        return PageStore.open(run, "so-thu-nghiem").captures();
    }

    private List<Capture> capturesOf(String path) {
        return captures().stream().filter(c -> c.url().getPath().startsWith(path)).toList();
    }

    private void page(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<!DOCTYPE html><html lang=\"vi\"><head><title>Sở Tư pháp</title></head><body>" + body + "</body></html>")));
    }

    @Test
    void robotsDisallowIsHonoured() throws Exception {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nDisallow: /quan-tri/\n")));
        page("/", "<a href=\"/gioi-thieu.html\">Giới thiệu</a> <a href=\"/quan-tri/dang-nhap.html\">Quản trị</a>");
        page("/gioi-thieu.html", "<h1>Giới thiệu Sở Tư pháp</h1>");

        CrawlSummary summary = crawl(quick().build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        server.verify(0, getRequestedFor(urlPathMatching("/quan-tri/.*")));
        assertThat(capturesOf("/quan-tri/")).singleElement().extracting(Capture::failure).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(capturesOf("/gioi-thieu.html")).singleElement().extracting(Capture::status).isEqualTo(200);
    }

    @Test
    void busyAnswerIsAskedAgainAfterItsRetryAfter() throws Exception {
        page("/", "<a href=\"/tin-tuc.html\">Tin tức</a>");
        server.stubFor(get(urlEqualTo("/tin-tuc.html")).inScenario("ban").whenScenarioStateIs(STARTED)
                .willSetStateTo("het-ban")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1").withBody("Máy chủ đang bận")));
        server.stubFor(get(urlEqualTo("/tin-tuc.html")).inScenario("ban").whenScenarioStateIs("het-ban")
                .willReturn(aResponse().withHeader("Content-Type", HTML).withBody("<h1>Tin tức – Sự kiện</h1>")));

        long t0 = System.nanoTime();
        CrawlSummary summary = crawl(quick().build(), base + "/");
        long elapsedMillis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(elapsedMillis).as("waited the second Retry-After asked for").isGreaterThanOrEqualTo(1000);
        server.verify(2, getRequestedFor(urlEqualTo("/tin-tuc.html")));
        assertThat(PageStore.open(run, "so-thu-nghiem").capture(URI.create(base + "/tin-tuc.html")))
                .get().extracting(Capture::status).isEqualTo(200);
    }

    @Test
    void retryAfterBeyondTheBoundIsRecordedNotWaitedFor() throws Exception {
        page("/", "<a href=\"/tin-tuc.html\">Tin tức</a>");
        server.stubFor(get(urlEqualTo("/tin-tuc.html")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        CrawlSummary summary = crawl(quick().build(), base + "/");

        server.verify(1, getRequestedFor(urlEqualTo("/tin-tuc.html")));
        assertThat(summary.notes()).anyMatch(n -> n.contains("3600 s"));
    }

    @Test
    void redirectLoopIsCutWhereItCloses() throws Exception {
        page("/", "<a href=\"/a\">Vòng</a>");
        server.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        server.stubFor(get(urlEqualTo("/b")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));

        CrawlSummary summary = crawl(quick().build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        server.verify(1, getRequestedFor(urlEqualTo("/a")));
        server.verify(1, getRequestedFor(urlEqualTo("/b")));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("vòng chuyển hướng"));
        assertThat(Files.readString(run.resolve("crawl-state/so-thu-nghiem/crawl.log"))).contains("vòng chuyển hướng");
    }

    @Test
    void calendarTrapsAreDetectedAndBounded() throws Exception {
        page("/", "<a href=\"/lich?thang=12\">Lịch công tác</a> <a href=\"/su-kien/thang-sau/\">Sự kiện</a>");
        // each "next day" link adds a parameter to the current query: an endless calendar
        server.stubFor(get(urlPathEqualTo("/lich")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<h2>Lịch công tác tuần</h2><a href=\"{{request.url}}&amp;ngay=1\">Ngày sau</a>")));
        // a relative link that repeats a path segment on every visit
        server.stubFor(get(urlPathMatching("/su-kien/.*")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<h2>Sự kiện tháng</h2><a href=\"thang-sau/\">Tháng sau</a>")));

        CrawlSummary summary = crawl(quick().maxDepth(50).build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(capturesOf("/lich")).hasSizeLessThanOrEqualTo(3);
        assertThat(capturesOf("/su-kien/")).hasSizeLessThanOrEqualTo(2);
        assertThat(summary.notes()).anyMatch(n -> n.contains("bẫy thu thập") && n.contains("ngay"))
                .anyMatch(n -> n.contains("bẫy thu thập") && n.contains("thang-sau"));
    }

    @Test
    void twentySecondPageTimesOutAndIsRecorded() throws Exception {
        page("/", "<a href=\"/cham.html\">Trang chậm</a>");
        server.stubFor(get(urlEqualTo("/cham.html")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<p>Trả lời sau 20 giây</p>").withFixedDelay(20_000)));

        long t0 = System.nanoTime();
        CrawlSummary summary = crawl(quick().build(), base + "/");

        assertThat((System.nanoTime() - t0) / 1_000_000).as("bounded by the 1 s response timeout").isLessThan(10_000);
        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(capturesOf("/cham.html")).singleElement().extracting(Capture::failure).isEqualTo("TIMEOUT");
    }

    @Test
    void fiveMegabytePageIsTruncatedAndRecorded() throws Exception {
        page("/", "<a href=\"/bao-cao.html\">Báo cáo</a>");
        byte[] big = ("<html><body>" + "<p>Báo cáo tổng kết công tác tư pháp năm 2016.</p>".repeat(110_000) + "</body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(5_000_000);
        server.stubFor(get(urlEqualTo("/bao-cao.html")).willReturn(aResponse().withHeader("Content-Type", HTML).withBody(big)));

        CrawlSummary summary = crawl(quick().responseTimeout(Duration.ofSeconds(15)).maxResponseBytes(1 << 20).build(), base + "/");

        Capture c = capturesOf("/bao-cao.html").get(0);
        assertThat(c.truncated()).isTrue();
        assertThat(c.length()).isEqualTo(1 << 20);
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("nội dung bị cắt"));
        assertThat(PageStore.open(run, "so-thu-nghiem").page(c.url()).orElseThrow().document().text())
                .startsWith("Báo cáo tổng kết");
    }

    @Test
    void refusedConnectionMakesTheSiteUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CrawlSummary summary = crawl(quick().build(), "http://localhost:" + closedPort + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.UNREACHABLE);
        assertThat(summary.notes()).anyMatch(n -> n.contains("REFUSED"));
    }

    @Test
    void hostFailingFiveTimesInARowIsStopped() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            links.append("<a href=\"/van-ban/").append(i).append(".html\">Văn bản ").append(i).append("</a> ");
        }
        page("/", links.toString());
        server.stubFor(get(urlPathMatching("/van-ban/.*")).willReturn(aResponse().withStatus(500).withBody("Lỗi máy chủ")));

        CrawlSummary summary = crawl(quick().maxConsecutiveFailuresPerHost(5).build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.PARTIAL);
        server.verify(5, getRequestedFor(urlPathMatching("/van-ban/.*")));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("dừng thu thập máy chủ localhost:" + server.port()));
    }

    @Test
    void botChallengeOnTheHomePageIsBlocked() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(503).withHeader("Content-Type", HTML)
                .withBody("<html><head><title>Just a moment...</title></head><body><div id=\"cf-challenge-running\">"
                        + "Checking your browser before accessing</div></body></html>")));

        CrawlSummary summary = crawl(quick().build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.BLOCKED);
        server.verify(1, getRequestedFor(urlEqualTo("/")));
    }

    @Test
    void forbiddenWallOnTheHomePageIsBlocked() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(403).withHeader("Content-Type", HTML)
                .withBody("<html><body><h1>Truy cập bị từ chối</h1></body></html>")));

        assertThat(crawl(quick().build(), base + "/").status()).isEqualTo(SiteStatus.BLOCKED);
    }

    @Test
    void redirectToLoopbackIsRefusedOnTheHop() throws Exception {
        // Only the name "localhost" may be private here, as an intranet portal crawled on purpose
        // would be. A redirect hop to 127.0.0.1 (put in scope by a second seed, so the hop is
        // followed) is checked again by the address guard and refused: nothing reaches /quan-tri.
        page("/", "<a href=\"/dang-nhap\">Đăng nhập</a>");
        server.stubFor(get(urlEqualTo("/dang-nhap")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/quan-tri/bang-dieu-khien")));
        page("/quan-tri/bang-dieu-khien", "<h1>Quản trị nội bộ</h1>");
        CrawlPolicy policy = quick().allowPrivateAddresses(false).privateHostsAllowed(Set.of("localhost")).build();

        crawl(policy, base + "/", "http://127.0.0.1:" + server.port() + "/lien-he");

        server.verify(0, getRequestedFor(urlPathMatching("/quan-tri/.*")));
        assertThat(capturesOf("/dang-nhap")).singleElement().extracting(Capture::status).isEqualTo(302);
        assertThat(capturesOf("/quan-tri/bang-dieu-khien")).singleElement()
                .satisfies(c -> assertThat(c.failure()).isEqualTo("ADDRESS_REFUSED"))
                .satisfies(c -> assertThat(c.detail()).contains("127.0.0.1").contains("--allow-private-addresses"));
    }

    @Test
    void privateAddressesAreRefusedByDefault() throws Exception {
        page("/", "<h1>Sở Tư pháp</h1>");

        CrawlSummary summary = crawl(quick().allowPrivateAddresses(false).build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.UNREACHABLE);
        server.verify(0, getRequestedFor(urlEqualTo("/")));
        assertThat(summary.notes()).anyMatch(n -> n.contains("ADDRESS_REFUSED"));
    }

    @Test
    void windows1258PageIsDecoded() throws Exception {
        Charset cp1258 = Charset.forName("windows-1258");
        // windows-1258 writes ở as ơ + combining hook above
        String title = "S\u01A1\u0309 T\u01B0 ph\u00E1p";
        byte[] body = ("<html><head><title>" + title + "</title></head><body><p>Gi\u01A1\u0301i thi\u00EA\u0323u</p></body></html>")
                .getBytes(cp1258);
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=windows-1258").withBody(body)));

        crawl(quick().build(), base + "/");

        var page = PageStore.open(run, "so-thu-nghiem").page(URI.create(base + "/")).orElseThrow();
        assertThat(Normalizer.normalize(page.document().title(), Normalizer.Form.NFC)).isEqualTo("Sở Tư pháp");
        assertThat(Normalizer.normalize(page.document().text(), Normalizer.Form.NFC)).contains("Giới thiệu");
    }

    @Test
    void selfSignedCertificateIsRecordedAndThePageStillFetched() throws Exception {
        page("/", "<h1>Cổng dịch vụ công</h1>");
        String https = "https://localhost:" + server.httpsPort() + "/";

        CrawlSummary summary = crawl(quick().build(), https);

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        Capture home = PageStore.open(run, "so-thu-nghiem").capture(URI.create(https)).orElseThrow();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.detail()).startsWith("TLS:");
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("chứng thư TLS không hợp lệ"));
    }

    @Test
    void documentsAreRecordedWithTypeAndSize() throws Exception {
        page("/", "<a href=\"/van-ban/quyet-dinh-12.pdf\">Quyết định 12/QĐ-STP</a> <a href=\"/van-ban/ke-hoach.docx\">Kế hoạch</a>");
        server.stubFor(get(urlEqualTo("/van-ban/quyet-dinh-12.pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(new byte[123_456])));
        server.stubFor(get(urlEqualTo("/van-ban/ke-hoach.docx")).willReturn(aResponse()
                .withHeader("Content-Type", "application/octet-stream").withBody(new byte[2_048])));

        CrawlSummary summary = crawl(quick().build(), base + "/");

        assertThat(capturesOf("/van-ban/quyet-dinh-12.pdf")).singleElement()
                .satisfies(c -> assertThat(c.documentType()).contains("pdf"))
                .extracting(Capture::length).isEqualTo(123_456L);
        assertThat(capturesOf("/van-ban/ke-hoach.docx")).singleElement()
                .satisfies(c -> assertThat(c.documentType()).contains("docx"));
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("2 tài liệu"));
    }

    @Test
    void opaqueWebSphereUrlsOfOnePageAreFollowedOnce() throws Exception {
        page("/", "<a href=\"/wps/portal/stp/!ut/p/z1/a1/\">Thủ tục hành chính</a>");
        // every visit links to the same page under a new opaque name
        server.stubFor(get(urlPathMatching("/wps/portal/stp/!ut/p/z1/.*")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<h1>Thủ tục hành chính</h1><a href=\"{{request.path}}x1/\">Thủ tục hành chính</a>")));

        CrawlSummary summary = crawl(quick().maxDepth(30).build(), base + "/");

        assertThat(capturesOf("/wps/portal/")).hasSize(2);
        assertThat(summary.notes()).anyMatch(n -> n.contains("WebSphere trùng nội dung"));
    }

    @Test
    void wallTimePerSiteStopsTheCrawlAsPartial() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            links.append("<a href=\"/tin/").append(i).append(".html\">Tin ").append(i).append("</a> ");
        }
        page("/", links.toString());
        server.stubFor(get(urlPathMatching("/tin/.*")).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<p>Tin</p>").withFixedDelay(300)));

        CrawlSummary summary = crawl(quick().maxWallTimePerSite(Duration.ofSeconds(1)).build(), base + "/");

        assertThat(summary.status()).isEqualTo(SiteStatus.PARTIAL);
        assertThat(summary.notes()).anyMatch(n -> n.startsWith("hết thời gian 1 giây"));
        // 1 s at 300 ms a page with up to 2 requests in flight on the host: about 7, never the 20 linked
        assertThat(capturesOf("/tin/").size()).isBetween(1, 10);
    }
}
