package vn.portalassessor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.report.SampleRun;
import vn.portalassessor.report.json.ResultsJson;

/** The written report opened from disk in headless chromium, as an inspector opens it. */
class HtmlReportIT {

    @TempDir
    static Path run;

    private static BrowserPool browsers;

    @BeforeAll
    static void write() throws Exception {
        SampleRun.write(run);
        browsers = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
    }

    @AfterAll
    static void close() {
        browsers.close();
    }

    @Test
    void nationalAndAgencyPagesOpenWithoutAnyConsoleError() throws Exception {
        List<String> pages = new ArrayList<>();
        pages.add(run.resolve("report/index.html").toUri().toString());
        for (String id : SampleRun.AGENCIES) {
            pages.add(run.resolve("report/agency/" + id + ".html").toUri().toString());
        }
        for (String page : pages) {
            List<String> errors = browsers.withPage(java.net.URI.create(page), d -> PageErrors.load(d, page));
            assertThat(errors).as(page).isEmpty();
        }
    }

    @Test
    void theErrorListenerWouldSeeABrokenScreenshotLink() throws Exception {
        Path broken = run.resolve("report/broken-test.html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=\"vi\"><body><img src=\"../evidence/khong-co.png\" alt=\"ảnh\"></body></html>");
        String page = broken.toUri().toString();
        try {
            List<String> errors = browsers.withPage(java.net.URI.create(page), d -> PageErrors.load(d, page));
            assertThat(errors).singleElement().asString().startsWith("resource failed: ").endsWith("/evidence/khong-co.png");
        } finally {
            java.nio.file.Files.delete(broken);
        }
    }

    @Test
    void theAgencyPageCountsItsEvidencePagesScreenshotsAndCrawlErrors() throws Exception {
        String page = run.resolve("report/agency/tinh-ha-giang.html").toUri().toString();

        List<String> stats = browsers.withPage(java.net.URI.create(page), d -> d.findElements(
                By.cssSelector("#thong-ke-thu-thap tr")).stream().map(WebElement::getText).toList());

        assertThat(stats).containsExactly("Trạng thái Đã thu thập", "Số trang đã lưu (WARC) 120", "Yêu cầu lỗi 3",
                "Trang làm bằng chứng 2", "Ảnh chụp bằng chứng 1");
    }

    @Test
    void rankingRowsMatchResultsJson() throws Exception {
        Assessment results = ResultsJson.read(run.resolve("results.json"));
        String index = run.resolve("report/index.html").toUri().toString();

        List<String> shown = browsers.withPage(java.net.URI.create(index), d -> {
            List<String> rows = new ArrayList<>();
            for (WebElement table : d.findElements(By.cssSelector("table.ranking"))) {
                for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
                    List<WebElement> td = tr.findElements(By.tagName("td"));
                    rows.add(table.getAttribute("data-category") + "|" + table.getAttribute("data-group") + "|"
                            + td.get(0).getText() + "|" + td.get(1).getText() + "|" + td.get(2).getText().trim() + "|"
                            + td.get(4).getText());
                }
            }
            return rows;
        });

        List<String> expected = new ArrayList<>();
        for (String category : List.of("3", "4")) {
            for (vn.portalassessor.criteria.Group g : vn.portalassessor.criteria.Group.values()) {
                results.agencies().stream().filter(a -> a.group() == g)
                        .sorted(java.util.Comparator.comparingInt((AgencyResult a) -> a.category(category).orElseThrow().rank()))
                        .forEach(a -> {
                            CategoryResult c = a.category(category).orElseThrow();
                            expected.add(category + "|" + g.name() + "|" + c.rank() + "/" + c.rankOf() + "|" + a.name() + "|"
                                    + String.format(java.util.Locale.ROOT, "%.3f", c.index()).replace('.', ',') + "|"
                                    + c.level().vietnamese());
                        });
            }
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(shown).contains("3|MINISTRY|1/2|Bộ Tư pháp|0,756|Khá", "4|PROVINCE|1/2|Tỉnh Hà Giang|0,700|Khá");
    }

    @Test
    void theDistributionChartCountsEveryAgencyOfTheGroup() throws Exception {
        String index = run.resolve("report/index.html").toUri().toString();

        List<String> counts = browsers.withPage(java.net.URI.create(index), d -> d.findElements(
                        By.cssSelector("svg.distribution[data-group='PROVINCE'] rect[data-count]")).stream()
                .map(r -> r.getAttribute("data-count")).toList());

        // Category 3: Quảng Bình 0.873 and Hà Giang 0.601, bins 0,8–0,9 and 0,6–0,7.
        assertThat(counts.subList(0, 10)).containsExactly("0", "0", "0", "0", "0", "0", "1", "0", "1", "0");
    }

    @Test
    void aThumbnailShowsAndOpensItsScreenshotFullSize() throws Exception {
        String page = run.resolve("report/agency/bo-tu-phap.html").toUri().toString();

        List<Object> seen = browsers.withPage(java.net.URI.create(page), d -> {
            WebElement thumb = d.findElement(By.cssSelector("tr#C3\\.01 img.thumb"));
            Object natural = ((JavascriptExecutor) d).executeAsyncScript(
                        "var img = arguments[0], done = arguments[arguments.length - 1]; img.scrollIntoView();"
                        + " if (img.complete && img.naturalWidth) { done(img.naturalWidth); }"
                        + " else { img.addEventListener('load', function () { done(img.naturalWidth); });"
                        + " img.addEventListener('error', function () { done(0); }); }", thumb);
            thumb.click();
            String type = (String) ((JavascriptExecutor) d).executeScript("return document.contentType;");
            return List.of(natural, d.getCurrentUrl(), type);
        });

        assertThat(seen.get(0)).as("thumbnail loaded").isEqualTo(400L);
        assertThat(seen).hasSize(3);
        assertThat((String) seen.get(1)).endsWith("/evidence/bo-tu-phap/screenshots/co-cau.png");
        assertThat(seen.get(2)).isEqualTo("image/png");
    }
}
