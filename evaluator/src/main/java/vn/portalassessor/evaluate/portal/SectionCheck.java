package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Anchor;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;

/**
 * A portal section that must exist with real content: C3.01 Thông tin giới thiệu, C3.02 lãnh đạo,
 * C3.04 danh bạ, C3.06–C3.08 chỉ đạo điều hành, C3.10 phổ biến pháp luật, C3.11 quy hoạch, C3.13
 * công báo, C3.14 đấu thầu, C3.15 góp ý dự thảo, C3.16 khoa học, C3.17 thống kê, C3.18 English.
 *
 * <p>The section is the page its menu link, slug and heading name together ({@link SectionFinder});
 * a placeholder page does not count. When the criterion has sub-items, each is looked for in the
 * section page and the pages it links to, or as a section of its own, and the verdict is the share
 * of their points found. A section without the content its hints ask for (a sub-unit list without
 * contacts) is PARTIAL (§8).
 */
public final class SectionCheck implements Check {

    /** Share of the points of a section that exists without the content its hints ask for. */
    static final double WITHOUT_CONTENT_SHARE = 0.5;
    /** Sub-pages of a section read at most. */
    private static final int MAX_CHILD_PAGES = 60;

    @Override
    public String name() {
        return "section";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        SectionFinder finder = new SectionFinder(site);
        Optional<SectionFinder.Match> section = finder.find(criterion.hints());
        if (section.isPresent() && section.get().placeholder()) {
            StoredPage page = section.get().page();
            return Verdict.notMet("Mục \"" + section.get().label() + "\" chỉ có nội dung giữ chỗ (chưa có thông tin)",
                    List.of(site.evidence(page, section.get().element(), site.model().mainText(page))));
        }
        if (criterion.subItems().isEmpty()) {
            if (section.isEmpty()) {
                return Verdict.notMet("Không tìm thấy mục " + criterion.name() + " trên cổng thông tin", List.of());
            }
            SectionFinder.Match m = section.get();
            Evidence evidence = site.evidence(m.page(), m.element(), m.label() + ": "
                    + site.model().mainText(m.page()));
            if (!finder.contentMatches(m.page(), criterion.hints())) {
                // §8: the section is there without what it should show (sub-units without contacts): PARTIAL
                return Verdict.partial(WITHOUT_CONTENT_SHARE, "Có mục \"" + m.label() + "\" nhưng thiếu nội dung cần có ("
                        + String.join(", ", criterion.hints().content()) + ")", List.of(evidence));
            }
            return Verdict.met("Tìm thấy mục \"" + m.label() + "\"", List.of(evidence));
        }
        return judgeSubItems(criterion, site, finder, section);
    }

    private static Verdict judgeSubItems(Criterion criterion, SiteEvidence site, SectionFinder finder,
                                         Optional<SectionFinder.Match> section) {
        List<StoredPage> scope = new ArrayList<>();
        section.ifPresent(m -> {
            scope.add(m.page());
            scope.addAll(childPages(site, m.page()));
            underSection(site, m.page()).stream().filter(p -> !scope.contains(p)).forEach(scope::add);
        });
        for (SubItem item : criterion.subItems()) {
            finder.find(item.hints()).filter(m -> !m.placeholder()).map(SectionFinder.Match::page)
                    .filter(p -> !scope.contains(p)).ifPresent(scope::add);
        }
        double points = 0;
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        section.ifPresent(m -> evidence.add(site.evidence(m.page(), m.element(), m.label())));
        for (SubItem item : criterion.subItems()) {
            Optional<Evidence> hit = findSubItem(item, site, scope);
            if (hit.isPresent()) {
                points += item.points();
                found.add(item.name());
                evidence.add(hit.get());
            } else {
                missing.add(item.name());
            }
        }
        double share = criterion.maxPoints() == 0 ? (missing.isEmpty() ? 1 : 0) : points / criterion.maxPoints();
        String explanation = found.isEmpty()
                ? "Không tìm thấy " + criterion.name().toLowerCase(java.util.Locale.ROOT) + " (" + String.join(", ", missing) + ")"
                : "Có: " + String.join(", ", found) + (missing.isEmpty() ? "" : "; thiếu: " + String.join(", ", missing));
        return Verdict.share(share, explanation, List.copyOf(evidence));
    }

    /**
     * A sub-item is present when a heading or passage of a section page names it: the section's page,
     * the pages it links to, or the page any sub-item is a section of (an intro split over pages). A
     * passage naming one of the sub-item's look-alikes ({@code exclude} hints) does not count: the
     * leaders' "nhiệm vụ" is not the agency's "Chức năng, nhiệm vụ".
     */
    private static Optional<Evidence> findSubItem(SubItem item, SiteEvidence site,
                                                  List<StoredPage> scope) {
        for (StoredPage page : scope) {
            if (site.model().isPlaceholder(page)) {
                continue;
            }
            Element main = site.model().main(page);
            for (Element e : main.select("h1, h2, h3, h4, h5, strong, b, th, td, dt, p, li, label, button, legend")) {
                String own = e.ownText().isBlank() ? e.text() : e.ownText();
                if (item.hints().exclude().stream().anyMatch(x -> site.model().containsPhrase(own, x))) {
                    continue;
                }
                for (String k : item.hints().keywords()) {
                    if (site.model().containsPhrase(own, k)) {
                        Element located = page.document().selectFirst(e.cssSelector());
                        return Optional.of(site.evidence(page, located, e.text()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Pages the section page links to from its own content — not from the chrome every page repeats,
     * not the pages the home page also links to (other sections the menus lead to), and never the
     * home page itself (a breadcrumb's "Trang chủ"): a section's own sub-pages.
     */
    static List<StoredPage> childPages(SiteEvidence site, StoredPage page) {
        Set<java.net.URI> chrome = new java.util.HashSet<>();
        site.home().ifPresent(home -> {
            chrome.add(home.url());
            site.links().from(home.url()).forEach(a -> chrome.add(a.target()));
        });
        return contentPages(site, page, MAX_CHILD_PAGES).stream().filter(p -> !chrome.contains(p.url())).toList();
    }

    /**
     * The items a section's own content links to that sit under it in the URL hierarchy
     * ({@code /du-thao/du-thao-01.html} under {@code /du-thao/}), even when the home page links to
     * them too: a section's items, not other sections.
     */
    static List<StoredPage> underSection(SiteEvidence site, StoredPage page) {
        String path = page.url().getPath();
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        String base = path.endsWith("/") ? path
                : file.startsWith("index.") || file.startsWith("default.") ? path.substring(0, path.lastIndexOf('/') + 1)
                : path.replaceFirst("(\\.[a-zA-Z]{2,5})$", "") + "/";
        if (base.equals("/") || base.length() < 3) {
            return List.of();
        }
        return itemPages(site, page, MAX_CHILD_PAGES).stream().filter(p -> p.url().getPath().startsWith(base)).toList();
    }

    /** Pages linked from a page's own content, never the home page: a list's items. */
    static List<StoredPage> itemPages(SiteEvidence site, StoredPage page, int limit) {
        Optional<StoredPage> home = site.home();
        return contentPages(site, page, limit).stream()
                .filter(p -> home.isEmpty() || !p.url().equals(home.get().url())).toList();
    }

    /**
     * Pages linked from a page's own content (its list of items), including those the home page also
     * links to — a news list's articles are usually on the home page too. At most {@code limit}.
     */
    static List<StoredPage> contentPages(SiteEvidence site, StoredPage page, int limit) {
        Set<StoredPage> pages = new LinkedHashSet<>();
        for (Element a : site.model().main(page).select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
                continue;
            }
            try {
                site.canonical(page.url().resolve(href.replace(" ", "%20")).toString())
                        .filter(u -> !u.equals(page.url()))
                        .flatMap(site.store()::page)
                        .filter(p -> p.capture().isHtmlPage())
                        .ifPresent(pages::add);
            } catch (IllegalArgumentException e) {
                // a malformed href leads nowhere
            }
            if (pages.size() >= limit) {
                break;
            }
        }
        return List.copyOf(pages);
    }
}
