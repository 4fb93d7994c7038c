package vn.portalassessor.evaluate;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * Finds the page that is a portal's section for a set of hints, the way an inspector does: the menu
 * or link that names it, the page's URL slug, and the page's own title and headings, taken together
 * — never one keyword anywhere on a page. A page that has only a placeholder ("Đang cập nhật") is
 * reported as such, not as the section. Not thread-safe.
 */
public final class SectionFinder {

    /** Link texts longer than this are prose, not a menu item naming a section. */
    private static final int MAX_MENU_WORDS = 10;

    private final SiteEvidence site;

    public SectionFinder(SiteEvidence site) {
        this.site = site;
    }

    /**
     * A candidate section page and the signs that point to it.
     *
     * @param page        the page
     * @param anchor      the link naming it, if any
     * @param heading     the title or heading naming it, if any
     * @param slug        whether its URL names it
     * @param placeholder whether it has no real content
     * @param matched     the hint that matched
     */
    public record Match(StoredPage page, Optional<Anchor> anchor, Optional<Element> heading, boolean slug,
                        boolean placeholder, String matched) {

        /** How many kinds of signs point to the page. */
        int signals() {
            return (anchor.isPresent() ? 1 : 0) + (heading.isPresent() ? 1 : 0) + (slug ? 1 : 0);
        }

        /**
         * The element to point the evidence at: the heading that named the section, else the page's
         * first heading or main container.
         */
        public Element element() {
            return heading.orElseGet(() -> page.document().selectFirst("h1, h2, main, [role=main], #content, body"));
        }

        /** The text that best shows what matched. */
        public String label() {
            return heading.map(Element::text).or(() -> anchor.map(Anchor::text)).orElse(matched);
        }
    }

    /**
     * The best page for the hints: named by at least two kinds of signs (a link and its heading, a
     * link and its slug, a heading and its slug), with real content preferred to a placeholder.
     * Pages in {@code among} only, when given.
     */
    public Optional<Match> find(Hints hints, List<StoredPage> among) {
        List<Match> candidates = new ArrayList<>();
        for (StoredPage page : among) {
            match(page, hints).ifPresent(candidates::add);
        }
        return candidates.stream()
                .filter(m -> m.signals() >= 2)
                .min(Comparator.comparing(Match::placeholder)
                        .thenComparing(Comparator.comparingInt(Match::signals).reversed())
                        .thenComparing(m -> !contentMatches(m.page(), hints))
                        .thenComparingInt(m -> m.page().capture().depth()));
    }

    /**
     * Every page named by at least two kinds of signs, best first (as {@link #find(Hints, List)} orders
     * them): for checks that must choose among look-alike sections by what they contain.
     */
    public List<Match> findAll(Hints hints) {
        List<Match> candidates = new ArrayList<>();
        for (StoredPage page : site.pages()) {
            match(page, hints).filter(m -> m.signals() >= 2).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparing(Match::placeholder)
                .thenComparing(Comparator.comparingInt(Match::signals).reversed())
                .thenComparing(m -> !contentMatches(m.page(), hints))
                .thenComparingInt(m -> m.page().capture().depth()));
        return candidates;
    }

    /** {@link #find(Hints, List)} over every page of the agency. */
    public Optional<Match> find(Hints hints) {
        return find(hints, site.pages());
    }

    /** Whether a page's own text holds one of the hints' content words (true when there are none). */
    public boolean contentMatches(StoredPage page, Hints hints) {
        if (hints.content().isEmpty()) {
            return true;
        }
        String text = PageText.mainText(page.document());
        return hints.content().stream().anyMatch(c -> VietnameseText.containsPhrase(text, c));
    }

    private Optional<Match> match(StoredPage page, Hints hints) {
        Optional<Anchor> anchor = Optional.empty();
        String matched = null;
        for (Anchor a : site.links().to(page.url())) {
            if (a.from().equals(page.url()) || a.text().split("\\s+").length > MAX_MENU_WORDS) {
                continue;
            }
            Optional<String> k = firstKeyword(a.text(), hints.keywords());
            if (k.isPresent() && !excluded(a.text(), hints)) {
                anchor = Optional.of(a);
                matched = k.get();
                break;
            }
        }
        Optional<Element> heading = Optional.empty();
        for (Element h : page.document().select("title, h1, h2, h3, .title, .page-title")) {
            Optional<String> k = firstKeyword(h.text(), hints.keywords());
            if (k.isPresent() && h.text().split("\\s+").length <= 2 * MAX_MENU_WORDS && !excluded(h.text(), hints)) {
                heading = Optional.of(h);
                matched = matched == null ? k.get() : matched;
                if (!h.tagName().equals("title")) {
                    break;
                }
            }
        }
        URI url = page.url();
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : " " + url.getRawQuery());
        boolean slug = hints.slugs().stream().anyMatch(s -> VietnameseText.pathHasSlug(path, s))
                && hints.exclude().stream().noneMatch(x -> VietnameseText.pathHasSlug(path, x));
        if (anchor.isEmpty() && heading.isEmpty() && !slug) {
            return Optional.empty();
        }
        boolean placeholder = PageText.isPlaceholder(page.document(), site.placeholders());
        return Optional.of(new Match(page, anchor, heading, slug, placeholder, matched == null ? path : matched));
    }

    /** Whether a text names a look-alike the hints exclude ("Góp ý dự thảo" is not "Góp ý"). */
    private static boolean excluded(String text, Hints hints) {
        return hints.exclude().stream().anyMatch(x -> VietnameseText.containsPhrase(text, x));
    }

    static Optional<String> firstKeyword(String text, List<String> keywords) {
        return keywords.stream().filter(k -> VietnameseText.containsPhrase(text, k)).findFirst();
    }
}
