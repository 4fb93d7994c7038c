package vn.portalassessor.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;

/**
 * A portal given by an IPv6 literal is crawled like any other and guarded like IPv4; a failure
 * inside one agency's crawl ends that agency, never the run (issue 14, row 7).
 */
class Ipv6AndIsolationTest {

    private WireMockServer server;
    @TempDir
    Path run;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("::"));
        server.start();
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
        page("/", "<h1>Sở Tư pháp</h1><a href=\"/gioi-thieu.html\">Giới thiệu</a>");
        page("/gioi-thieu.html", "<h1>Giới thiệu Sở Tư pháp</h1><p>Chức năng, nhiệm vụ</p>");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void page(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html lang=\"vi\"><head><title>Sở Tư pháp</title></head><body>" + body + "</body></html>")));
    }

    private static CrawlPolicy.Builder quick() {
        return CrawlPolicy.builder().delayPerHost(Duration.ZERO).connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(10));
    }

    @Test
    void ipv6LiteralPortalIsCrawledThroughAndItsLinksFollowed() throws Exception {
        String base = "http://[::1]:" + server.port();
        CrawlSummary summary;
        try (Crawler crawler = Crawler.create(quick().allowPrivateAddresses(true).build())) {
            summary = crawler.crawl(new CrawlTarget("so-tu-phap-v6", List.of(URI.create(base + "/")), List.of()),
                    run, false, CrawlListener.NONE);
        }

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        assertThat(PageStore.open(run, "so-tu-phap-v6").captures()).extracting(c -> c.url().toString(), Capture::status)
                .contains(org.assertj.core.groups.Tuple.tuple(base + "/", 200),
                        org.assertj.core.groups.Tuple.tuple(base + "/gioi-thieu.html", 200));
    }

    @Test
    void ipv6LoopbackIsRefusedLikeIpv4LoopbackWithoutEndingTheRun() throws Exception {
        List<CrawlTarget> targets = List.of(
                new CrawlTarget("v6-loopback", List.of(URI.create("http://[::1]:" + server.port() + "/")), List.of()),
                new CrawlTarget("v4-mapped", List.of(URI.create("http://[::ffff:127.0.0.1]:" + server.port() + "/")), List.of()));
        List<CrawlSummary> summaries;
        try (Crawler crawler = Crawler.create(quick().build())) {
            summaries = crawler.crawlAll(targets, run, false, CrawlListener.NONE);
        }

        assertThat(summaries).extracting(CrawlSummary::status).containsExactly(SiteStatus.UNREACHABLE, SiteStatus.UNREACHABLE);
        assertThat(summaries).allSatisfy(s -> assertThat(String.join("\n", s.notes())).contains("loopback/private/link-local"));
        assertThat(server.getAllServeEvents()).as("nothing sent to a refused address").isEmpty();
    }

    @Test
    void ipv6RangesAreJudgedAsTheirIpv4OrPrivateKin() throws Exception {
        AddressGuard guard = new AddressGuard(false);
        for (String refused : List.of("::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "::ffff:10.0.0.1",
                "::ffff:192.168.1.1", "64:ff9b::7f00:1", "::", "ff02::1")) {
            assertThat(guard.permits(InetAddress.getByName(refused))).as(refused).isFalse();
        }
        for (String allowed : List.of("2001:4860:4860::8888", "2405:4800::1", "::ffff:203.162.4.190", "64:ff9b::808:808")) {
            assertThat(guard.permits(InetAddress.getByName(allowed))).as(allowed).isTrue();
        }
    }

    @Test
    void ipv6LiteralHasOneCanonicalForm() {
        UrlCanonicalizer canonical = new UrlCanonicalizer();
        assertThat(canonical.canonical("HTTP://[2405:4800::ABCD]:8080/tin-tuc/../gioi-thieu.html?jsessionid=1#top"))
                .contains(URI.create("http://[2405:4800::abcd]:8080/gioi-thieu.html"));
        assertThat(canonical.canonical("http://[::1]/")).contains(URI.create("http://[::1]/"));
    }

    @Test
    void anExceptionInsideOneAgencysCrawlEndsThatAgencyAndTheOthersAreCrawled() throws Exception {
        String base = "http://localhost:" + server.port();
        List<CrawlTarget> targets = List.of(
                new CrawlTarget("so-hong", List.of(URI.create(base + "/")), List.of()),
                new CrawlTarget("so-lanh", List.of(URI.create(base + "/gioi-thieu.html")), List.of()));
        CrawlListener failingForOne = new CrawlListener() {
            @Override
            public void fetched(CrawlTarget target, URI url, int status, int pagesSoFar, int maxPages) {
                if (target.id().equals("so-hong")) {
                    throw new IllegalStateException("lỗi dựng sẵn trong lúc thu thập so-hong");
                }
            }
        };
        List<CrawlSummary> summaries;
        try (Crawler crawler = Crawler.create(quick().allowPrivateAddresses(true).concurrency(1).build())) {
            summaries = crawler.crawlAll(targets, run, false, failingForOne);
        }

        assertThat(summaries).extracting(CrawlSummary::id, CrawlSummary::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("so-hong", SiteStatus.UNREACHABLE),
                org.assertj.core.groups.Tuple.tuple("so-lanh", SiteStatus.OK));
        assertThat(summaries.get(0).notes()).anyMatch(n -> n.contains("lỗi không lường trước")
                && n.contains("lỗi dựng sẵn trong lúc thu thập so-hong"));
        assertThat(Crawler.readSummary(run, "so-hong")).get().extracting(CrawlSummary::status).isEqualTo(SiteStatus.UNREACHABLE);
    }
}
