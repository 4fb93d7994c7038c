package vn.portalassessor.crawl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.portalassessor.crawl.scope.AddressGuard;

/** Runs Debian's headless chromium for real: the test command installs it, so this never skips. */
class BrowserPoolIT {

    private static final String SCRIPT_MENU = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bộ Văn hóa Cộng đồng</title></head>
            <body><ul id="menu"></ul>
            <script>
              var items = [{t: "Giới thiệu", h: "/gioi-thieu.php"}, {t: "Văn bản", h: "/van-ban.php"}];
              var ul = document.getElementById("menu");
              items.forEach(function (i) {
                var li = document.createElement("li"); var a = document.createElement("a");
                a.href = i.h; a.textContent = i.t; li.appendChild(a); ul.appendChild(li);
              });
            </script></body></html>
            """;

    private static HttpServer server;
    private static URI base;
    /** Requests that reached the "router admin page" a portal's page points the browser at. */
    private static final java.util.concurrent.atomic.AtomicInteger routerHits = new java.util.concurrent.atomic.AtomicInteger();
    /** When each request for the menu page arrived (System.nanoTime). */
    private static final List<Long> menuRequests = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/menu", ex -> {
            menuRequests.add(System.nanoTime());
            HtmlAnswer.send(ex, SCRIPT_MENU);
        });
        // a portal page whose image points at an address on the inspector's own network
        server.createContext("/lien-he", ex -> HtmlAnswer.send(ex, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Liên hệ</title></head><body><p>Địa chỉ: số 1 Trần Hưng Đạo</p>"
                + "<img src=\"http://127.0.0.1:" + server.getAddress().getPort() + "/router/anh.png\"></body></html>"));
        server.createContext("/router", ex -> {
            routerHits.incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void seesLinksThatOnlyAScriptBuilds() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            List<String> links = pool.withPage(base.resolve("/menu"),
                    d -> d.findElements(By.cssSelector("#menu a")).stream().map(WebElement::getText).toList());

            assertThat(links).containsExactly("Giới thiệu", "Văn bản");
        }
    }

    @Test
    void abandonsAPageThatHangsAndKeepsServing() throws Exception {
        BrowserSettings settings = BrowserSettings.local().withBrowsers(1).withPageTimeout(Duration.ofSeconds(3));
        try (BrowserPool pool = new BrowserPool(settings, new AddressGuard(true))) {
            assertThatThrownBy(() -> pool.withPage(base.resolve("/slow"), d -> d.getTitle()))
                    .isInstanceOf(PageTimeoutException.class)
                    .hasMessageContaining("/slow did not load within 3 s");

            String title = pool.withPage(base.resolve("/menu"), d -> d.getTitle());
            assertThat(title).isEqualTo("Bộ Văn hóa Cộng đồng");
        }
    }

    @Test
    void replacesABrowserAfterItsPageBudget() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1).withPagesPerBrowser(1), new AddressGuard(true))) {
            String first = pool.withPage(base.resolve("/menu"), d -> ((org.openqa.selenium.remote.RemoteWebDriver) d).getSessionId().toString());
            String second = pool.withPage(base.resolve("/menu"), d -> ((org.openqa.selenium.remote.RemoteWebDriver) d).getSessionId().toString());

            assertThat(second).isNotEqualTo(first);
        }
    }

    @Test
    void pageCannotLeadTheBrowserToAnAddressTheCrawlRefuses() throws Exception {
        // the portal is crawled by name on purpose (an intranet host allowed by name); 127.0.0.1 is not
        AddressGuard guard = new AddressGuard(false, java.util.Set.of("localhost"));
        URI portal = URI.create("http://localhost:" + server.getAddress().getPort() + "/lien-he");
        routerHits.set(0);

        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), guard)) {
            String title = pool.withPage(portal, d -> d.getTitle());

            assertThat(title).isEqualTo("Liên hệ");
            assertThat(routerHits).hasValue(0);
            assertThat(pool.refusedRequests()).singleElement().asString()
                    .startsWith("127.0.0.1 (127.0.0.1 resolves to 127.0.0.1, a loopback/private/link-local address");
        }
    }

    @Test
    void sameImageIsFetchedWhenPrivateAddressesAreAllowed() throws Exception {
        routerHits.set(0);
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            pool.withPage(URI.create("http://localhost:" + server.getAddress().getPort() + "/lien-he"), d -> d.getTitle());

            assertThat(routerHits).hasValue(1);
            assertThat(pool.refusedRequests()).isEmpty();
        }
    }

    @Test
    void visitsToOneHostWaitForItsPoliteDelay() throws Exception {
        menuRequests.clear();
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true),
                new vn.portalassessor.crawl.frontier.HostThrottle(), Duration.ofMillis(1_500))) {
            // a first visit under another name warms the browser, so both measured visits start alike
            pool.withPage(URI.create("http://localhost:" + server.getAddress().getPort() + "/lien-he"), d -> d.getTitle());
            pool.withPage(base.resolve("/menu"), d -> d.getTitle());
            pool.withPage(base.resolve("/menu?lan=2"), d -> d.getTitle());
        }

        assertThat(menuRequests).hasSize(2);
        assertThat(Duration.ofNanos(menuRequests.get(1) - menuRequests.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
    }
}
