package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.samples.SamplePortalServer;

/**
 * A script-built menu is rendered in headless chromium and its links followed (issue 4). Runs the
 * real browser: the test command installs chromium, so this never skips.
 */
class ScriptBuiltMenuIT {

    /** Links computed at run time: no literal in the script names them, only the rendered DOM does. */
    private static final String COMPUTED_MENU = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Sở Tư pháp</title></head><body>
            <div id="menu"></div>
            <script>
              var muc = ["gioi-thieu", "lanh-dao", "van-ban"];
              var html = "";
              for (var i = 0; i < muc.length; i++) { html += '<a href="/' + muc[i] + '.html">' + muc[i] + '</a> '; }
              document.getElementById("menu").innerHTML = html;
              var ghiChu = ["/tin-tuc.html", "/hoi-dap.html"]; // also named literally
            </script>
            <iframe src="/khung/lich-cong-tac.html" title="Lịch công tác"></iframe>
            </body></html>""";

    @TempDir
    Path run;

    private static CrawlPolicy policy() {
        return CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true).build();
    }

    @Test
    void samplePortalMenuBuiltByScriptIsRenderedAndFollowed() throws Exception {
        try (SamplePortalServer portals = SamplePortalServer.start();
             BrowserPool browsers = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
             Crawler crawler = Crawler.create(policy(), browsers)) {
            URI home = URI.create(portals.baseUrl("bo-van-hoa-cong-dong") + "/");
            CrawlSummary summary = crawler.crawl(new CrawlTarget("bo-van-hoa-cong-dong", List.of(home), List.of()),
                    run, false, CrawlListener.NONE);

            assertThat(PageStore.open(run, "bo-van-hoa-cong-dong").capture(home.resolve("/gioi-thieu.php")))
                    .get().extracting(Capture::status).isEqualTo(200);
            assertThat(summary.notes()).anyMatch(n -> n.startsWith("menu dựng bằng JavaScript") && n.contains("trình duyệt"));
        }
    }

    @Test
    void linksComputedByScriptAreTakenFromTheRenderedPageAndIframesFollowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> pages = Map.of(
                "/", COMPUTED_MENU,
                "/gioi-thieu.html", "<html><body><h1>Giới thiệu Sở Tư pháp</h1></body></html>",
                "/khung/lich-cong-tac.html", "<html><body><h2>Lịch công tác tuần</h2></body></html>");
        server.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] bytes = (body == null ? "<html><body>Không tìm thấy</body></html>" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        URI home = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        try (BrowserPool browsers = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
             Crawler crawler = Crawler.create(policy(), browsers)) {
            crawler.crawl(new CrawlTarget("so-tu-phap", List.of(home), List.of()), run, false, CrawlListener.NONE);
        } finally {
            server.stop(0);
        }

        PageStore store = PageStore.open(run, "so-tu-phap");
        assertThat(store.capture(home.resolve("/gioi-thieu.html"))).as("only the rendered DOM links it")
                .get().extracting(Capture::status).isEqualTo(200);
        assertThat(store.capture(home.resolve("/khung/lich-cong-tac.html"))).get().extracting(Capture::status).isEqualTo(200);
    }

}
