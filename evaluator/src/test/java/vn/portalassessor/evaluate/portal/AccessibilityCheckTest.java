package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.render.AccessibilityScanner.Report;
import vn.portalassessor.crawl.render.AccessibilityScanner.Violation;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/**
 * §8 C3.29: lang, alt texts, heading structure, labelled inputs — all → MET, some → PARTIAL, none →
 * NOT_MET; other axe-core findings are evidence only. (Before §8 this check failed any portal with a
 * serious axe finding and abstained without a browser; those tests were replaced by these.)
 */
@DisplayName("C3.29 Hỗ trợ người khuyết tật")
class AccessibilityCheckTest {

    @TempDir
    Path run;

    private static final Violation CONTRAST = new Violation("color-contrast", "serious", List.of("wcag2aa", "wcag143"),
            "Elements must meet minimum color contrast ratio thresholds", 4, List.of(".footer a"));
    private static final Violation LINK_IN_TEXT = new Violation("link-in-text-block", "serious", List.of("wcag2a", "wcag141"),
            "Links must be distinguishable without relying on color", 2, List.of("main p a"));

    /** A live source whose browser answers every page with the same axe-core violations. */
    private static PageSource scanning(List<Violation> violations) {
        return new PageSource() {
            @Override
            public Optional<StoredPage> page(URI url) {
                return Optional.empty();
            }

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public Optional<Report> accessibility(URI url) {
                return Optional.of(new Report(url, Instant.parse("2016-12-31T03:00:00Z"), violations, 40));
            }
        };
    }

    private SiteEvidence accessiblePortal(PageSource probes) {
        return PortalFixture.in(run)
                .page("/", "<main><h1>Cổng thông tin điện tử tỉnh</h1><img src=\"/banner.png\" alt=\"Toàn cảnh thành phố\"></main>")
                .page("/hoi-dap", "<main><h1>Hỏi đáp</h1><form><label for=\"q\">Câu hỏi</label><input id=\"q\" name=\"q\"></form></main>")
                .build(probes);
    }

    @Test
    @DisplayName("contrast and link-in-text findings are evidence, not a failure, when the four requirements hold")
    void seriousContrastFindingsDoNotFailTheCriterion() {
        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), accessiblePortal(scanning(List.of(CONTRAST, LINK_IN_TEXT))));

        assertThat(v.status()).as("C3.29, lang+alt+headings+labels, contrast findings only").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("color-contrast").contains("link-in-text-block").contains("không tính vào kết quả");
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.snippet()).startsWith("color-contrast"));
    }

    @Test
    @DisplayName("an axe image-alt violation fails the alt requirement only: PARTIAL")
    void anAxeImageAltViolationFailsThatRequirementOnly() {
        var imageAlt = new Violation("image-alt", "critical", List.of("cat.text-alternatives", "wcag2a", "wcag111"),
                "Images must have alternative text", 2, List.of("main > img"));

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), accessiblePortal(scanning(List.of(imageAlt, CONTRAST))));

        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isEqualTo(0.75);
        assertThat(v.explanation()).contains("Chưa đạt: văn bản thay thế cho ảnh (alt)").contains("image-alt");
    }

    @Test
    @DisplayName("re-scoring from the archive, without a browser, decides from the captured HTML")
    void theArchiveAloneDecidesFromTheCapturedPages() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", "<main><h1>Trang chủ</h1><img src=\"/banner.png\"><img src=\"/logo.png\"></main>")
                .page("/hoi-dap", "<main><h1>Hỏi đáp</h1><form><input name=\"q\"></form></main>")
                .build();

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), site);

        assertThat(v.status()).as("lang and headings, no alt, no labels").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isEqualTo(0.5);
        assertThat(v.explanation()).contains("2/2 ảnh thiếu alt").contains("1 ô nhập thiếu nhãn");
    }

    @Test
    @DisplayName("no lang, no alt texts, no headings, unlabelled inputs: NOT_MET")
    void nothingOfTheFourIsNotMet() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", "<!DOCTYPE html><html><head><title>UBND tỉnh</title></head><body><div class=\"main\">"
                        + "<img src=\"/a.jpg\"><div class=\"big\">Tin tức</div><input name=\"tu-khoa\"></div></body></html>")
                .build();

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("thuộc tính lang").contains("không có thẻ tiêu đề");
    }
}
