package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.samples.SamplePortalServer;

/** Menus built by JavaScript are found without a browser too, from the scripts' text (issue 4). */
class ScriptNavigationTest {

    private static final String MENU_ARRAY = """
            <html lang="vi"><body><ul id="menu-list"></ul><a href="/lanh-dao.php">Lãnh đạo Bộ</a>
            <script>
              var menuItems = [{text: "Giới thiệu", href: "/gioi-thieu.php"}, {text: "Văn bản", href: "/van-ban.php"},
                               {text: "Lãnh đạo", href: "/lanh-dao.php"}];
              var ul = document.getElementById("menu-list");
              for (var i = 0; i < menuItems.length; i++) {
                var a = document.createElement("a"); a.setAttribute("href", menuItems[i].href); ul.appendChild(a);
              }
            </script></body></html>""";

    @TempDir
    Path run;

    @Test
    void menuArrayBuiltByScriptNamesThePagesTheStaticHtmlDoesNotLink() {
        Document page = Jsoup.parse(MENU_ARRAY, "http://bvhcd.gov.vn/index.php");

        assertThat(ScriptNavigation.scriptUrls(page, LinkExtractor.links(page)))
                .containsExactly("http://bvhcd.gov.vn/gioi-thieu.php", "http://bvhcd.gov.vn/van-ban.php");
    }

    @Test
    void scriptThatBuildsNoDomIsNotNavigation() {
        Document page = Jsoup.parse("""
                <html><body><a href="/">Trang chủ</a><script>
                  var config = {api: "/api/thoi-tiet.php", anh: "/images/logo.png", trang: "/tin-tuc.php"};
                  console.log(config);
                </script></body></html>""", "http://bvhcd.gov.vn/");

        assertThat(ScriptNavigation.scriptUrls(page, LinkExtractor.links(page))).isEmpty();
    }

    @Test
    void scriptsAndStylesheetsNamedInScriptsAreNotPages() {
        Document page = Jsoup.parse("""
                <html><body><script>
                  document.write('<script src="/js/menu.js"></scr' + 'ipt><link href="/css/menu.css">');
                  document.write('<a href="/hoi-dap.php">Hỏi đáp</a>');
                </script></body></html>""", "http://bvhcd.gov.vn/");

        assertThat(ScriptNavigation.scriptUrls(page, LinkExtractor.links(page))).containsExactly("http://bvhcd.gov.vn/hoi-dap.php");
    }

    @Test
    void crawlWithoutBrowserReachesPagesOnlyTheScriptMenuLinks() throws Exception {
        try (SamplePortalServer portals = SamplePortalServer.start();
             Crawler crawler = Crawler.create(CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true).build())) {
            URI home = URI.create(portals.baseUrl("bo-van-hoa-cong-dong") + "/");
            CrawlSummary summary = crawler.crawl(new CrawlTarget("bo-van-hoa-cong-dong", List.of(home), List.of()),
                    run, false, CrawlListener.NONE);

            assertThat(summary.status()).isEqualTo(SiteStatus.OK);
            assertThat(PageStore.open(run, "bo-van-hoa-cong-dong").capture(home.resolve("/gioi-thieu.php")))
                    .get().extracting(Capture::status).isEqualTo(200);
            assertThat(summary.notes()).anyMatch(n -> n.startsWith("menu dựng bằng JavaScript") && n.contains("đọc từ mã JavaScript"));
        }
    }

    @Test
    void renderingCanBeTurnedOffInThePolicy() throws Exception {
        try (SamplePortalServer portals = SamplePortalServer.start();
             Crawler crawler = Crawler.create(CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                     .renderScriptNavigation(false).build())) {
            URI home = URI.create(portals.baseUrl("bo-van-hoa-cong-dong") + "/");
            CrawlSummary summary = crawler.crawl(new CrawlTarget("bo-van-hoa-cong-dong", List.of(home), List.of()),
                    run, false, CrawlListener.NONE);

            assertThat(summary.notes()).noneMatch(n -> n.startsWith("menu dựng bằng JavaScript"));
        }
    }
}
