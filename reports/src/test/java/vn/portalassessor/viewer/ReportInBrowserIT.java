package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.RunOutputs;
import vn.portalassessor.report.SampleRun;
import vn.portalassessor.report.json.ResultsJson;

/**
 * Issue 13, in real Chromium through the viewer (so its CSP applies): every page type of the report
 * reflows at 390 px without sideways scrolling and passes axe-core (WCAG 2.1 A/AA); the overview
 * sorts and filters with the report's script and shows every row without it; an archived copy opens
 * from an agency page with its banner and is refused to another agency.
 */
@DisplayName("The report as inspectors and agencies use it, in Chromium")
class ReportInBrowserIT {

    @TempDir
    static Path run;

    private static EvidenceViewer viewer;
    private static ViewerTokens tokens;
    private static BrowserPool browsers;
    private static ArchivedPortal archived;

    @BeforeAll
    static void start() throws Exception {
        SampleRun.write(run);
        archived = ArchivedPortal.write(run);
        // Bộ Tư pháp's C3.01 rests on its organisation page: point its evidence at the archived record.
        String json = Files.readString(run.resolve("results.json"), StandardCharsets.UTF_8)
                .replace("<urn:uuid:0000-bo-tu-phap>", "<urn:uuid:" + archived.introUuid() + ">");
        Path edited = run.resolve("edited-results.json");
        Files.writeString(edited, json, StandardCharsets.UTF_8);
        Assessment assessment = ResultsJson.read(edited);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày đánh giá", "31/12/2016");
        RunOutputs.write(run, assessment, facts);
        tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        browsers = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
        if (viewer != null) {
            viewer.close();
        }
    }

    private static URI login(String token, String path) {
        return viewer.address().resolve(path + "?token=" + token);
    }

    private static void narrow(WebDriver d, int width) {
        ((HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    private static long scrollWidth(WebDriver d) {
        return (Long) ((JavascriptExecutor) d).executeScript("return document.documentElement.scrollWidth;");
    }

    private static List<String> violations(WebDriver d) {
        Results results = new AxeBuilder().withTags(AccessibilityScanner.WCAG_TAGS).analyze(d);
        List<String> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            out.add(r.getId() + " (" + r.getNodes().size() + "): " + r.getNodes().get(0).getTarget());
        }
        return out;
    }

    @Test
    void everyPageTypeReflowsAt390PxAndPassesAxe() throws Exception {
        List<String> pages = List.of("/report/index.html", "/report/matrix.html", "/report/method.html",
                "/report/criterion/C3.01.html", "/report/agency/bo-tu-phap.html",
                "/report/agency/tinh-ha-giang.html");
        Map<String, Object> seen = browsers.withPage(login(tokens.inspector(), "/report/index.html"), d -> {
            Map<String, Object> out = new LinkedHashMap<>();
            narrow(d, 390);
            for (String page : pages) {
                d.get(viewer.address().resolve(page).toString());
                out.put(page + " width", scrollWidth(d));
                out.put(page + " axe", violations(d));
                out.put(page + " main", d.findElements(By.tagName("main")).size());
            }
            return out;
        });

        for (String page : pages) {
            assertThat((Long) seen.get(page + " width")).as(page + ": no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
            assertThat((List<?>) seen.get(page + " axe")).as(page + ": axe-core WCAG 2.1 A/AA").isEmpty();
            assertThat(seen.get(page + " main")).as(page + ": a main landmark").isEqualTo(1);
        }
    }

    @Test
    void theErrorPageAnAgencyGetsReflowsPassesAxeAndLeadsBack() throws Exception {
        Map<String, Object> seen = browsers.withPage(login(tokens.agencies().get("bo-y-te"), "/report/agency/bo-y-te.html"), d -> {
            narrow(d, 390);
            d.get(viewer.address().resolve("/report/matrix.html").toString());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("h1", d.findElement(By.tagName("h1")).getText());
            out.put("back", d.findElement(By.cssSelector("a[href='/report/index.html']")).getText());
            out.put("width", scrollWidth(d));
            out.put("axe", violations(d));
            return out;
        });

        assertThat((String) seen.get("h1")).startsWith("Không có quyền xem");
        assertThat((String) seen.get("back")).contains("bảng xếp hạng chung");
        assertThat((Long) seen.get("width")).isLessThanOrEqualTo(390L);
        assertThat((List<?>) seen.get("axe")).isEmpty();
    }

    @Test
    void theOverviewSortsByACategoryAndFiltersByGroupAndText() throws Exception {
        Map<String, List<String>> seen = browsers.withPage(login(tokens.inspector(), "/report/index.html"), d -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put("initial", visibleAgencies(d));
            WebElement category3 = d.findElement(By.xpath("//table[@id='bang-tong-quan']//th[normalize-space()='HM 3']/button"));
            category3.click();
            out.put("by category 3, high to low", visibleAgencies(d));
            category3.click();
            out.put("by category 3, low to high", visibleAgencies(d));
            new Select(d.findElement(By.cssSelector("form[data-filter-for=bang-tong-quan] select[name=group]")))
                    .selectByValue("PROVINCE");
            out.put("provinces", visibleAgencies(d));
            WebElement text = d.findElement(By.cssSelector("form[data-filter-for=bang-tong-quan] input[name=text]"));
            text.sendKeys("quang binh");
            out.put("provinces matching 'quang binh'", visibleAgencies(d));
            out.put("count", List.of(d.findElement(By.cssSelector("form[data-filter-for=bang-tong-quan] output")).getText()));
            return out;
        });

        assertThat(seen.get("initial")).containsExactly("bo-tu-phap", "bo-y-te", "tinh-ha-giang", "tinh-quang-binh");
        // category 3: Quảng Bình 0,873, Bộ Tư pháp 0,756, Hà Giang 0,601, Bộ Y tế 0,512
        assertThat(seen.get("by category 3, high to low"))
                .containsExactly("tinh-quang-binh", "bo-tu-phap", "tinh-ha-giang", "bo-y-te");
        assertThat(seen.get("by category 3, low to high"))
                .containsExactly("bo-y-te", "tinh-ha-giang", "bo-tu-phap", "tinh-quang-binh");
        assertThat(seen.get("provinces")).containsExactlyInAnyOrder("tinh-ha-giang", "tinh-quang-binh");
        assertThat(seen.get("provinces matching 'quang binh'")).as("typed without diacritics").containsExactly("tinh-quang-binh");
        assertThat(seen.get("count")).containsExactly("Hiển thị 1/4 dòng");
    }

    @Test
    void withoutTheScriptEveryRowIsThereAndTheUselessFormStaysHidden() throws Exception {
        Map<String, Object> seen = browsers.withPage(login(tokens.inspector(), "/report/index.html"), d -> {
            ((HasCdp) d).executeCdpCommand("Network.enable", Map.of());
            ((HasCdp) d).executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*report.js")));
            try {
                d.get(viewer.address().resolve("/report/index.html").toString());
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("rows", visibleAgencies(d));
                out.put("form shown", d.findElement(By.cssSelector("form[data-filter-for=bang-tong-quan]")).isDisplayed());
                out.put("sort buttons", d.findElements(By.cssSelector("#bang-tong-quan th button")).size());
                return out;
            } finally {
                ((HasCdp) d).executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            }
        });

        assertThat((List<?>) seen.get("rows")).hasSize(4);
        assertThat(seen.get("form shown")).isEqualTo(false);
        assertThat(seen.get("sort buttons")).isEqualTo(0);
    }

    @Test
    void anArchivedCopyOpensFromTheAgencyPageWithItsBannerAndIsRefusedToAnotherAgency() throws Exception {
        String ownToken = tokens.agencies().get("bo-tu-phap");
        Map<String, Object> seen = browsers.withPage(login(ownToken, "/report/agency/bo-tu-phap.html"), d -> {
            Map<String, Object> out = new LinkedHashMap<>();
            WebElement link = d.findElement(By.cssSelector("tr#C3\\.01 a.archive"));
            String href = link.getAttribute("href");
            out.put("href", href);
            link.click();
            out.put("banner", d.findElement(By.cssSelector("div[role=note]")).getText());
            out.put("heading", d.findElement(By.tagName("h1")).getText());
            out.put("title not changed by its script", d.getTitle());
            // another agency signs in in the same browser and asks for the same copy
            d.get(login(tokens.agencies().get("bo-y-te"), "/report/agency/bo-y-te.html").toString());
            d.get(href);
            out.put("other agency sees", d.findElement(By.tagName("h1")).getText());
            out.put("other agency status", ((JavascriptExecutor) d).executeScript(
                    "return performance.getEntriesByType('navigation')[0].responseStatus;"));
            return out;
        });

        assertThat((String) seen.get("href")).endsWith("/archive/bo-tu-phap/" + archived.introUuid());
        assertThat((String) seen.get("banner")).contains("Bản lưu", "10:15:00 ngày 20/12/2016", ArchivedPortal.INTRO);
        assertThat(seen.get("heading")).isEqualTo("Cơ cấu tổ chức");
        assertThat((String) seen.get("other agency sees")).startsWith("Không có quyền xem");
        assertThat(seen.get("other agency status")).isEqualTo(403L);
    }

    private static List<String> visibleAgencies(WebDriver d) {
        return d.findElements(By.cssSelector("#bang-tong-quan tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(tr -> tr.getAttribute("data-agency")).toList();
    }
}
