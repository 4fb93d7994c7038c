package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C3.29 Hỗ trợ người khuyết tật, decided as §8 says: four things an inspector checks on the home page
 * and a small sample of pages (one with a form, one with images) — the page language ({@code lang}),
 * text alternatives of images, a heading structure, labelled form fields. All four → MET, some →
 * PARTIAL (their share of the points), none → NOT_MET. They are read from the pages as captured
 * (so re-scoring from the archive decides as the live run did) and from the axe-core scans of the
 * same pages when there are any ({@link vn.portalassessor.crawl.PageSource#accessibility}, live or
 * archived): an axe violation of one of these four rules fails that aspect too. Every other axe
 * finding (contrast, link in a text block...) is listed as evidence for the agency to fix; it does not
 * by itself fail the criterion.
 */
public final class AccessibilityCheck implements Check {

    static final int SAMPLE_PAGES = 3;
    /** Share of images that must carry an {@code alt} (an empty one marks a decorative image). */
    static final double MIN_ALT_SHARE = 0.9;
    private static final Map<String, String> AXE_RULES = Map.of(
            "html-has-lang", "lang", "html-lang-valid", "lang",
            "image-alt", "alt", "input-image-alt", "alt", "area-alt", "alt", "role-img-alt", "alt",
            "label", "label", "select-name", "label");
    private static final List<String> ASPECTS = List.of("lang", "alt", "heading", "label");
    private static final Map<String, String> NAMES = Map.of(
            "lang", "khai báo ngôn ngữ trang (lang)", "alt", "văn bản thay thế cho ảnh (alt)",
            "heading", "cấu trúc tiêu đề (h1–h6)", "label", "nhãn cho ô nhập liệu");

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
        Map<String, List<String>> failures = new LinkedHashMap<>();
        ASPECTS.forEach(a -> failures.put(a, new ArrayList<>()));
        List<Evidence> evidence = new ArrayList<>();
        int images = 0;
        int withAlt = 0;
        int imageLinks = 0;
        boolean fields = false;
        for (StoredPage page : sample) {
            Document d = page.document();
            String path = page.url().getPath().isEmpty() ? "/" : page.url().getPath();
            Element html = d.selectFirst("html");
            if (html == null || html.attr("lang").isBlank()) {
                failures.get("lang").add(path + ": thẻ html không có thuộc tính lang");
            }
            for (Element img : d.select("img")) {
                if (img.attr("role").equals("presentation") || img.attr("aria-hidden").equals("true")) {
                    continue;
                }
                images++;
                Element link = img.closest("a");
                // an image that is all a link says must say it: alt="" leaves the link without a name
                boolean named = link != null && link.text().isBlank() && link.attr("aria-label").isBlank()
                        && link.attr("title").isBlank();
                if (named ? !img.attr("alt").isBlank() : (img.hasAttr("alt") || !img.attr("aria-label").isBlank())) {
                    withAlt++;
                } else if (named) {
                    imageLinks++;
                }
            }
            if (!d.select("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), "
                    + "textarea, select").isEmpty()) {
                fields = true;
            }
            headingProblem(d).ifPresent(problem -> failures.get("heading").add(path + ": " + problem));
            long unlabelled = unlabelled(d);
            if (unlabelled > 0) {
                failures.get("label").add(path + ": " + unlabelled + " ô nhập thiếu nhãn");
            }
        }
        if (images > 0 && (withAlt < MIN_ALT_SHARE * images || imageLinks > 0)) {
            failures.get("alt").add((images - withAlt) + "/" + images + " ảnh thiếu alt"
                    + (imageLinks > 0 ? " (" + imageLinks + " liên kết chỉ là ảnh không có alt)" : ""));
        }
        Map<String, Integer> other = new LinkedHashMap<>();
        int scanned = 0;
        for (StoredPage page : sample) {
            Optional<AccessibilityScanner.Report> report = site.probes().accessibility(page.url());
            if (report.isEmpty()) {
                continue;
            }
            scanned++;
            for (AccessibilityScanner.Violation v : report.get().violations()) {
                String aspect = AXE_RULES.get(v.rule());
                String label = v.rule() + " (" + v.impact() + ", "
                        + v.tags().stream().filter(t -> t.matches("wcag\\d{3,}")).collect(Collectors.joining(",")) + ")";
                if (aspect != null) {
                    failures.get(aspect).add(page.url().getPath() + ": axe-core " + v.rule() + " × " + v.nodes());
                } else {
                    other.merge(label, v.nodes(), Integer::sum);
                }
                if (evidence.size() < 6) {
                    evidence.add(new Evidence(page.url().toString(), page.capture().fetchedAt(), page.capture().recordId(),
                            null, v.rule() + ": " + v.help() + " — " + v.nodes() + " phần tử"
                            + (aspect == null ? " (ghi nhận để khắc phục, không tính vào kết quả)" : ""),
                            v.targets().isEmpty() ? null : v.targets().get(0)));
                }
            }
        }
        // a requirement with nothing to apply to (no image, no form field in the sample) is not counted
        List<String> applicable = new ArrayList<>(ASPECTS);
        if (images == 0 && failures.get("alt").isEmpty()) {
            applicable.remove("alt");
        }
        if (!fields && failures.get("label").isEmpty()) {
            applicable.remove("label");
        }
        List<String> met = applicable.stream().filter(a -> failures.get(a).isEmpty()).map(NAMES::get).toList();
        List<String> missed = applicable.stream().filter(a -> !failures.get(a).isEmpty())
                .map(a -> NAMES.get(a) + " — " + String.join("; ", failures.get(a).stream().limit(3).toList())).toList();
        evidence.add(0, site.evidence(sample.get(0), null, "Kiểm tra " + sample.size() + " trang: "
                + met.size() + "/" + applicable.size() + " yêu cầu đạt"));
        String text = (met.isEmpty() ? "Không đạt yêu cầu nào" : "Đạt: " + String.join(", ", met))
                + (missed.isEmpty() ? "" : ". Chưa đạt: " + String.join(". ", missed))
                + " (kiểm tra " + sample.size() + " trang" + (scanned > 0 ? ", " + scanned + " trang quét bằng axe-core" : "") + ")"
                + (other.isEmpty() ? "" : ". Lỗi khác do axe-core phát hiện, cần khắc phục nhưng không tính vào kết quả: "
                        + describe(other));
        return Verdict.share((double) met.size() / applicable.size(), text, evidence);
    }

    private static String describe(Map<String, Integer> rules) {
        return rules.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining("; "));
    }

    /**
     * What is wrong with a page's heading structure, if anything: no heading at all, or no h1 (the
     * page's own title is not marked as its first-level heading).
     */
    static Optional<String> headingProblem(Document d) {
        List<Element> headings = d.select("h1, h2, h3, h4, h5, h6").stream().filter(h -> !h.text().isBlank()).toList();
        if (headings.isEmpty()) {
            return Optional.of("không có thẻ tiêu đề h1–h6");
        }
        if (headings.stream().noneMatch(h -> h.tagName().equals("h1"))) {
            return Optional.of("không có tiêu đề cấp 1 (h1)");
        }
        return Optional.empty();
    }

    /**
     * Visible form fields with no label: no {@code label for}, no wrapping label, no aria-label(ledby)
     * or title. A placeholder is not a label (it disappears as one types).
     */
    static long unlabelled(Document d) {
        return d.select("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), textarea, select")
                .stream()
                .filter(i -> i.attr("aria-label").isBlank() && i.attr("aria-labelledby").isBlank()
                        && i.attr("title").isBlank()
                        && (i.id().isBlank() || d.selectFirst("label[for=" + cssEscape(i.id()) + "]") == null)
                        && i.closest("label") == null)
                .count();
    }

    private static String cssEscape(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
}
