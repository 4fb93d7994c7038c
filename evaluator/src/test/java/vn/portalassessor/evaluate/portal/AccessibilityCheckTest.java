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

@DisplayName("C3.29 Hỗ trợ người khuyết tật")
class AccessibilityCheckTest {

    @TempDir
    Path run;

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

    private SiteEvidence portal(PageSource probes) {
        return PortalFixture.in(run)
                .page("/", "<main><h1>Trang chủ</h1><img src=\"/banner.png\"></main>")
                .page("/hoi-dap", "<main><h1>Hỏi đáp</h1><form><input name=\"q\"></form></main>")
                .build(probes);
    }

    @Test
    void imagesWithoutTextAlternativesAreALevelAFailure() {
        var imageAlt = new Violation("image-alt", "critical", List.of("cat.text-alternatives", "wcag2a", "wcag111"),
                "Images must have alternative text", 2, List.of("main > img"));
        var contrast = new Violation("color-contrast", "serious", List.of("wcag2aa", "wcag143"),
                "Elements must meet minimum color contrast ratio thresholds", 4, List.of(".footer a"));

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), portal(scanning(List.of(imageAlt, contrast))));

        assertThat(v.status()).as("C3.29, image-alt on every page").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("image-alt (critical, wcag111) × 4").contains("color-contrast");
        assertThat(v.evidence().get(0).selector()).isEqualTo("main > img");
        assertThat(v.evidence().get(0).snippet()).startsWith("image-alt");
    }

    @Test
    void onlyAContrastProblemAtLevelAaIsMetWithTheProblemListed() {
        var contrast = new Violation("color-contrast", "serious", List.of("wcag2aa", "wcag143"),
                "Elements must meet minimum color contrast ratio thresholds", 3, List.of(".footer a"));

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), portal(scanning(List.of(contrast))));

        assertThat(v.status()).as("C3.29, AA contrast only").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("color-contrast");
    }

    @Test
    void theArchiveAloneCannotRunABrowserSoAPersonMustReview() {
        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), portal(null));

        assertThat(v.status()).as("C3.29, re-scoring from the archive").isEqualTo(Status.NEEDS_REVIEW);
        assertThat(v.explanation()).contains("bản lưu trữ").contains("1 ảnh thiếu alt").contains("1 ô nhập thiếu nhãn");
    }
}
