package vn.portalassessor.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;

/**
 * A portal's online-service site on another host is crawled when the portal links it in an unfamiliar
 * way (a banner image with no text, alt text or title), and a services site that refuses connections is
 * recorded as such, for the evaluator to report UNREACHABLE. Issue 12.
 */
@DisplayName("Cổng dịch vụ công trên máy chủ khác")
class ServiceSiteDiscoveryTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final List<String> NAMES = List.of("Dịch vụ công trực tuyến", "Dịch vụ công", "dichvucong", "dvc");

    private WireMockServer portal;
    private WireMockServer services;
    @TempDir
    Path run;

    @BeforeEach
    void start() {
        portal = new WireMockServer(wireMockConfig().dynamicPort());
        services = new WireMockServer(wireMockConfig().dynamicPort());
        portal.start();
        services.start();
        for (WireMockServer s : List.of(portal, services)) {
            s.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
        }
    }

    @AfterEach
    void stop() {
        portal.stop();
        services.stop();
    }

    private static void page(WireMockServer server, String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tỉnh Thử Nghiệm</title></head><body>"
                        + body + "</body></html>")));
    }

    private List<Capture> crawl(CrawlTarget target) throws Exception {
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(2)).maxPagesPerSite(50).build();
        try (Crawler crawler = Crawler.create(policy)) {
            crawler.crawl(target, run, false, CrawlListener.NONE);
        }
        return PageStore.open(run, target.id()).captures();
    }

    @Test
    @DisplayName("a banner image named only by its file name leads the crawl to the services site")
    void aBannerImageNamedByItsFileNameLeadsToTheServicesSite() throws Exception {
        String dvc = "http://127.0.0.1:" + services.port();
        page(portal, "/", """
                <header><h1>Cổng thông tin điện tử tỉnh Thử Nghiệm</h1></header>
                <main><p>Tin tức, sự kiện.</p>
                <aside class="banner"><a href="%s/"><img src="/Upload/banner/banner-dich-vu-cong-truc-tuyen.png"></a></aside></main>"""
                .formatted(dvc));
        page(services, "/", "<main><h1>Cổng dịch vụ công trực tuyến</h1><a href=\"/danh-muc\">Danh mục thủ tục</a></main>");
        page(services, "/danh-muc", "<main><h1>Danh mục thủ tục</h1><p>Cấp giấy phép xây dựng — Mức độ 3</p></main>");

        List<Capture> captures = crawl(new CrawlTarget("tinh-thu-nghiem",
                List.of(URI.create("http://localhost:" + portal.port() + "/")), NAMES));

        assertThat(captures).filteredOn(c -> c.url().getPort() == services.port() && c.isHtmlPage())
                .extracting(c -> c.url().getPath()).contains("/", "/danh-muc");
    }

    @Test
    @DisplayName("a declared services site that refuses connections is recorded as REFUSED")
    void aDeclaredServicesSiteThatRefusesConnectionsIsRecordedAsRefused() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        page(portal, "/", "<main><h1>Cổng thông tin điện tử tỉnh Thử Nghiệm</h1></main>");

        List<Capture> captures = crawl(new CrawlTarget("tinh-thu-nghiem", List.of(
                URI.create("http://localhost:" + portal.port() + "/"), URI.create("http://127.0.0.1:" + closed + "/")), NAMES));

        assertThat(captures).filteredOn(c -> c.url().getPort() == closed)
                .isNotEmpty().allSatisfy(c -> assertThat(c.answered()).isFalse())
                .extracting(Capture::failure).contains("REFUSED");
    }
}
