package vn.portalassessor.crawl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.portalassessor.crawl.scope.AddressGuard;

/** Real headless chromium: the test command installs it, so this never skips. */
class ScreenshotterIT {

    /** The organisation chart sits at a known place so the outline can be found in the image. */
    private static final String ORG_PAGE = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cơ cấu tổ chức</title>
            <style>body { margin: 0; background: #fff; } #co-cau { position: absolute; left: 100px; top: 300px;
            width: 400px; height: 100px; background: #f4f4f4; }</style></head>
            <body><h1>Sở Thông tin và Truyền thông</h1>
            <div id="co-cau"><h2>Cơ cấu tổ chức</h2><p>Giám đốc Sở: Nguyễn Văn An</p></div>
            <div style="height: 2400px"></div></body></html>
            """;

    private static final String TALL_PAGE = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head>
            <body style="margin:0"><div style="height: 6000px; background: linear-gradient(#fff, #ccd)">Tin tức sự kiện</div></body></html>
            """;

    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        route("/co-cau-to-chuc.html", ORG_PAGE);
        route("/tin-tuc.html", TALL_PAGE);
        server.createContext("/treo", ex -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void route(String path, String html) {
        server.createContext(path, ex -> HtmlAnswer.send(ex, html));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void capturesTheWholePageWithTheMatchedElementOutlinedAndAStampedMargin() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            Screenshotter.Shot shot = new Screenshotter(pool).capture(base.resolve("/co-cau-to-chuc.html"), "#co-cau");

            BufferedImage img = ImageIO.read(new ByteArrayInputStream(shot.png()));
            assertThat(shot.outlined()).isTrue();
            assertThat(shot.cut()).isFalse();
            assertThat(shot.pageHeight()).isGreaterThan(2400);
            assertThat(img.getHeight()).as("whole page below a margin, not only the 900 px viewport")
                    .isGreaterThan(2400).isLessThan(3200);
            int margin = img.getHeight() - shot.pageHeight();
            assertThat(margin).isBetween(30, 60);
            // The outline is drawn 2 px outside the box's left edge (x = 100), 4 px wide.
            Color outline = new Color(img.getRGB(96, margin + 350));
            assertThat(outline.getRed()).as("outline pixel").isGreaterThan(200);
            assertThat(outline.getGreen()).isLessThan(60);
            Color inside = new Color(img.getRGB(300, margin + 380));
            assertThat(inside.getRed()).as("inside the element stays the page's colour").isLessThan(250).isGreaterThan(230);
            assertThat(darkPixels(img, margin)).as("the stamp's text is in the margin").isGreaterThan(200);
        }
    }

    @Test
    void onePageLoadGivesOneShotPerElementEachWithOnlyItsOwnOutline() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            java.util.List<Screenshotter.Shot> shots = new Screenshotter(pool)
                    .captureEach(base.resolve("/co-cau-to-chuc.html"), java.util.Arrays.asList("#co-cau", "h1", null));

            assertThat(shots).extracting(Screenshotter.Shot::outlined).containsExactly(true, true, false);
            BufferedImage first = ImageIO.read(new ByteArrayInputStream(shots.get(0).png()));
            BufferedImage second = ImageIO.read(new ByteArrayInputStream(shots.get(1).png()));
            int margin = first.getHeight() - shots.get(0).pageHeight();
            assertThat(new Color(first.getRGB(96, margin + 350)).getGreen()).as("#co-cau outlined in the first").isLessThan(60);
            assertThat(new Color(second.getRGB(96, margin + 350)).getGreen()).as("and no longer in the second").isGreaterThan(200);
        }
    }

    @Test
    void stampSaysUrlCaptureTimeAndCutWhenThePageIsTooTall() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            Screenshotter.Shot shot = new Screenshotter(pool, 2000).capture(base.resolve("/tin-tuc.html"), null);

            BufferedImage img = ImageIO.read(new ByteArrayInputStream(shot.png()));
            assertThat(shot.cut()).isTrue();
            assertThat(shot.pageHeight()).isGreaterThanOrEqualTo(6000);
            assertThat(img.getHeight()).isBetween(2030, 2060);
            assertThat(Screenshotter.stampParts(base.resolve("/tin-tuc.html"), shot.capturedAt(), false, true, 6000))
                    .first().isEqualTo(base.resolve("/tin-tuc.html").toString());
            assertThat(String.join(" ", Screenshotter.stampParts(base, shot.capturedAt(), false, true, 6000)))
                    .contains("Chụp lúc ").contains("UTC").contains("ảnh bị cắt");
        }
    }

    @Test
    void aPageThatHangsIsAbandonedAndTheNextIsCaptured() throws Exception {
        BrowserSettings settings = BrowserSettings.local().withBrowsers(1).withPageTimeout(Duration.ofSeconds(3));
        try (BrowserPool pool = new BrowserPool(settings, new AddressGuard(true))) {
            Screenshotter shooter = new Screenshotter(pool);
            assertThatThrownBy(() -> shooter.capture(base.resolve("/treo"), "#noi-dung"))
                    .isInstanceOf(PageTimeoutException.class)
                    .hasMessageContaining("/treo did not load within 3 s");

            Screenshotter.Shot next = shooter.capture(base.resolve("/co-cau-to-chuc.html"), "#khong-co");
            assertThat(next.outlined()).as("no element matches #khong-co").isFalse();
            assertThat(next.png()).isNotEmpty();
        }
    }

    /** chromedriver on its own is a WebDriver remote end, as a Selenium Grid node is: --selenium-url's path. */
    @Test
    void capturesThroughARemoteWebDriverEndpointAsWithSeleniumGrid() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process driver = new ProcessBuilder(BrowserSettings.DEBIAN_CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            java.net.URL remote = URI.create("http://127.0.0.1:" + port).toURL();
            for (int i = 0; i < 50 && !listening(port); i++) {
                Thread.sleep(100);
            }
            try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1).withGrid(remote), new AddressGuard(true))) {
                Screenshotter.Shot shot = new Screenshotter(pool).capture(base.resolve("/co-cau-to-chuc.html"), "#co-cau");

                BufferedImage img = ImageIO.read(new ByteArrayInputStream(shot.png()));
                assertThat(shot.outlined()).isTrue();
                assertThat(img.getHeight()).as("full page through DevTools over the remote end").isGreaterThan(2400);
            }
        } finally {
            driver.destroy();
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int darkPixels(BufferedImage img, int margin) {
        int n = 0;
        for (int y = 0; y < margin; y++) {
            for (int x = 0; x < Math.min(img.getWidth(), 600); x++) {
                if (new Color(img.getRGB(x, y)).getRed() < 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
