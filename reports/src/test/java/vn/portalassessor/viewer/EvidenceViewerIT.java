package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.report.SampleRun;

/** An agency opens the link it was given in a real browser: token once, then a cookie. */
class EvidenceViewerIT {

    @TempDir
    Path run;

    @Test
    void anAgencyLinkLogsInOnceShowsItsScreenshotsAndIsRefusedAnotherAgencysPage() throws Exception {
        SampleRun.write(run);
        ViewerTokens tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        try (EvidenceViewer viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             BrowserPool browsers = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true))) {
            URI link = viewer.address().resolve("/report/agency/tinh-quang-binh.html?token=" + tokens.agencies().get("tinh-quang-binh"));

            List<Object> seen = browsers.withPage(link, d -> {
                String landed = d.getCurrentUrl();
                String heading = d.findElement(By.tagName("h1")).getText();
                WebElement thumb = d.findElement(By.cssSelector("img.thumb"));
                Object width = ((JavascriptExecutor) d).executeAsyncScript(
                        "var img = arguments[0], done = arguments[arguments.length - 1]; img.scrollIntoView();"
                        + " if (img.complete && img.naturalWidth) { done(img.naturalWidth); }"
                        + " else { img.addEventListener('load', function () { done(img.naturalWidth); });"
                        + " img.addEventListener('error', function () { done(0); }); }", thumb);
                d.get(viewer.address().resolve("/report/agency/tinh-ha-giang.html").toString());
                String other = d.findElement(By.tagName("body")).getText();
                d.get(viewer.address().resolve("/evidence/tinh-ha-giang/screenshots/co-cau.png").toString());
                String otherShot = d.findElement(By.tagName("body")).getText();
                return List.of(landed, heading, width, other, otherShot);
            });

            assertThat((String) seen.get(0)).as("the token leaves the address bar").endsWith("/report/agency/tinh-quang-binh.html");
            assertThat(seen.get(1)).isEqualTo("Tỉnh Quảng Bình");
            assertThat(seen.get(2)).as("its own screenshot loads").isEqualTo(400L);
            // issue 13: the refusal is a page in Vietnamese with a way back
            assertThat((String) seen.get(3)).startsWith("Không có quyền xem (403)").contains("Không có quyền xem nội dung này.",
                    "← Về bảng xếp hạng chung");
            assertThat((String) seen.get(4)).startsWith("Không có quyền xem (403)").contains("Không có quyền xem nội dung này.");
        }
    }
}
