package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C3.29 Hỗ trợ người khuyết tật: automated WCAG checks with axe-core in headless Chromium, on the home
 * page and a small sample of pages (one with a form, one with images), asked of the crawler's
 * {@link vn.portalassessor.crawl.PageSource#accessibility}. NOT_MET when any sampled page breaks a WCAG
 * level-A rule of {@value #BLOCKING_IMPACTS} impact (images without text alternatives, no page
 * language, unlabelled form fields...); MET otherwise, with the lesser violations listed by rule.
 * When only the archive is available (re-scoring without a browser) the verdict is NEEDS_REVIEW, with
 * what the archived HTML shows (lang, alt, labels) for the inspector.
 */
public final class AccessibilityCheck implements Check {

    static final String BLOCKING_IMPACTS = "critical/serious";
    static final int SAMPLE_PAGES = 3;
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    @Override
    public String name() {
        return "accessibility";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        List<StoredPage> sample = sample(site);
        if (sample.isEmpty()) {
            return Verdict.needsReview("Không có trang nào của cổng để kiểm tra khả năng tiếp cận", List.of());
        }
        Map<StoredPage, AccessibilityScanner.Report> reports = new LinkedHashMap<>();
        for (StoredPage page : sample) {
            site.probes().accessibility(page.url()).ifPresent(r -> reports.put(page, r));
        }
        if (reports.isEmpty()) {
            return Verdict.needsReview("Chưa quét được khả năng tiếp cận bằng trình duyệt (axe-core) — "
                    + (site.probes().live() ? "trình duyệt không chạy được" : "đánh giá lại từ bản lưu trữ, không có trình duyệt")
                    + "; cần thu thập lại hoặc thanh tra viên kiểm tra. Mã HTML đã lưu cho thấy: "
                    + String.join("; ", htmlSigns(sample)), List.of(site.evidence(sample.get(0), null, "Trang chủ")));
        }
        Map<String, Integer> blocking = new LinkedHashMap<>();
        Map<String, Integer> other = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<StoredPage, AccessibilityScanner.Report> e : reports.entrySet()) {
            for (AccessibilityScanner.Violation v : e.getValue().violations()) {
                boolean blocks = v.levelA() && BLOCKING.contains(v.impact());
                (blocks ? blocking : other).merge(v.rule() + " (" + v.impact() + ", "
                        + v.tags().stream().filter(t -> t.matches("wcag\\d{3,}")).collect(Collectors.joining(",")) + ")",
                        v.nodes(), Integer::sum);
                if (blocks && evidence.size() < 6) {
                    StoredPage page = e.getKey();
                    evidence.add(new Evidence(page.url().toString(), page.capture().fetchedAt(), page.capture().recordId(),
                            null, v.rule() + ": " + v.help() + " — " + v.nodes() + " phần tử",
                            v.targets().isEmpty() ? null : v.targets().get(0)));
                }
            }
        }
        String scanned = "quét " + reports.size() + " trang bằng axe-core (WCAG 2.1 A/AA)";
        if (!blocking.isEmpty()) {
            return Verdict.notMet("Vi phạm WCAG mức A nghiêm trọng (" + scanned + "): " + describe(blocking)
                    + (other.isEmpty() ? "" : "; vi phạm khác: " + describe(other)), evidence);
        }
        StoredPage home = reports.keySet().iterator().next();
        return Verdict.met("Không có vi phạm WCAG mức A nghiêm trọng (" + scanned + ")"
                        + (other.isEmpty() ? "" : "; vi phạm nhẹ hơn cần khắc phục: " + describe(other)),
                List.of(site.evidence(home, null, "axe-core: " + reports.get(home).passedRules() + " quy tắc đạt")));
    }

    private static String describe(Map<String, Integer> rules) {
        return rules.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining("; "));
    }

    /** The home page, then a page with a form and a page with images, in crawl order. */
    static List<StoredPage> sample(SiteEvidence site) {
        List<StoredPage> sample = new ArrayList<>();
        site.home().ifPresent(sample::add);
        List<StoredPage> portal = site.pages().stream().filter(p -> site.onPortal(p.url()) && !sample.contains(p)).toList();
        firstWith(portal, "form input:not([type=hidden]), form textarea", sample).ifPresent(sample::add);
        firstWith(portal, "main img, #content img, article img, img", sample).ifPresent(sample::add);
        portal.stream().filter(p -> !sample.contains(p)).limit(Math.max(0, SAMPLE_PAGES - sample.size())).forEach(sample::add);
        return sample.subList(0, Math.min(SAMPLE_PAGES, sample.size()));
    }

    private static Optional<StoredPage> firstWith(List<StoredPage> pages, String selector, List<StoredPage> taken) {
        return pages.stream().filter(p -> !taken.contains(p) && p.document().selectFirst(selector) != null).findFirst();
    }

    /** What the archived HTML shows of the commonest level-A problems. */
    static List<String> htmlSigns(List<StoredPage> pages) {
        List<String> signs = new ArrayList<>();
        for (StoredPage page : pages) {
            Document d = page.document();
            String lang = d.selectFirst("html") == null ? "" : d.selectFirst("html").attr("lang");
            long noAlt = d.select("img:not([alt])").size();
            long unlabelled = d.select("input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select").stream()
                    .filter(i -> i.attr("aria-label").isBlank() && i.attr("title").isBlank()
                            && (i.id().isBlank() || d.selectFirst("label[for=" + i.id() + "]") == null)
                            && i.closest("label") == null)
                    .count();
            signs.add(page.url().getPath() + ": " + (lang.isBlank() ? "thiếu thuộc tính lang" : "lang=" + lang)
                    + ", " + noAlt + " ảnh thiếu alt, " + unlabelled + " ô nhập thiếu nhãn");
        }
        return signs;
    }
}
