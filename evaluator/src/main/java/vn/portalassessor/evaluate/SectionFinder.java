package vn.portalassessor.evaluate;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.evaluate.reading.HeadingReading;
import vn.portalassessor.evaluate.site.SiteModel;
import vn.portalassessor.evaluate.text.FoldedText;

/**
 * Finds the page that is a portal's section for a set of hints, the way an inspector does: from all
 * the page's signs together — the links that name it (their text, or the alt, title or file name of
 * the image or flag they are made of), the page's own title, its headings outside the site's chrome,
 * its breadcrumb's last item, its URL slug — never one keyword anywhere on a page. A page whose own
 * content is empty or a placeholder ("Đang cập nhật") is reported as such, not as the section. The
 * section found for a set of hints is kept in the agency's {@link SiteModel}-backed evidence, so it is
 * the same page for every criterion that asks. Not thread-safe.
 */
public final class SectionFinder {

    /** Link texts longer than this are prose, not a menu item naming a section. */
    private static final int MAX_MENU_WORDS = 10;
    /** A title, heading or breadcrumb this short is a section's name; a longer one must start with it. */
    private static final int MAX_NAME_WORDS = 8;
    /** A headline longer than this is an article's, whatever it starts with. */
    private static final int MAX_HEADLINE_WORDS = 20;

    private final SiteEvidence site;
    private Map<URI, Integer> homeLinkOrder;

    public SectionFinder(SiteEvidence site) {
        this.site = site;
    }

    /**
     * A candidate section page and the signs that point to it.
     *
     * @param page        the page
     * @param anchor      the link naming it, if any
     * @param heading     the title, heading or breadcrumb item naming it, if any
     * @param slug        whether its URL names it
     * @param placeholder whether it has no real content
     * @param matched     the hint that matched
     * @param names       how many of the page's own names (title, heading, breadcrumb) name it
     */
    public record Match(StoredPage page, Optional<Anchor> anchor, Optional<Element> heading, boolean slug,
                        boolean placeholder, String matched, int names) {

        public Match(StoredPage page, Optional<Anchor> anchor, Optional<Element> heading, boolean slug,
                     boolean placeholder, String matched) {
            this(page, anchor, heading, slug, placeholder, matched, heading.isPresent() ? 1 : 0);
        }

        /**
         * How many kinds of signs point to the page: a link, its URL, its own name — and its own name
         * given twice (a title and a heading, or a breadcrumb), which is as good as a link when the
         * link is an unnamed icon.
         */
        int signals() {
            return (anchor.isPresent() ? 1 : 0) + (heading.isPresent() ? 1 : 0) + (slug ? 1 : 0) + (names >= 2 ? 1 : 0);
        }

        /**
         * The element to point the evidence at: the heading that named the section, else the page's
         * first heading or main container.
         */
        public Element element() {
            return heading.filter(h -> !h.tagName().equals("title"))
                    .orElseGet(() -> page.document().selectFirst("h1, h2, main, [role=main], #content, body"));
        }

        /** The text that best shows what matched. */
        public String label() {
            return heading.map(Element::text).filter(t -> !t.isBlank())
                    .or(() -> anchor.map(Anchor::label).filter(t -> !t.isBlank())).orElse(matched);
        }
    }

    /**
     * The best page for the hints: named by at least two kinds of signs (a link and its heading, a
     * link and its slug, a heading and its slug, a title and a heading), with real content preferred
     * to a placeholder. Pages in {@code among} only, when given.
     */
    public Optional<Match> find(Hints hints, List<StoredPage> among) {
        List<Match> candidates = new ArrayList<>();
        for (StoredPage page : among) {
            match(page, hints).filter(m -> m.signals() >= 2).ifPresent(candidates::add);
        }
        return candidates.stream().min(order(hints));
    }

    /**
     * Every portal page named by at least two kinds of signs, best first (as {@link #find(Hints, List)}
     * orders them): for checks that must choose among look-alike sections by what they contain.
     */
    public List<Match> findAll(Hints hints) {
        List<Match> candidates = new ArrayList<>();
        for (StoredPage page : site.portalPages()) {
            match(page, hints).filter(m -> m.signals() >= 2).ifPresent(candidates::add);
        }
        candidates.sort(order(hints));
        return candidates;
    }

    /**
     * {@link #find(Hints, List)} over the portal's pages ({@link SiteEvidence#portalPages()}); the answer
     * is kept, so every criterion asking with the same hints gets the same section.
     */
    public Optional<Match> find(Hints hints) {
        return site.section(hints, h -> find(h, site.portalPages()));
    }

    /** Whether a page's own text holds one of the hints' content words (true when there are none). */
    public boolean contentMatches(StoredPage page, Hints hints) {
        if (hints.content().isEmpty()) {
            return true;
        }
        SiteModel model = site.model();
        FoldedText text = model.foldedText(page);
        return hints.content().stream().anyMatch(c -> text.containsPhrase(model.folded(c)));
    }

    /**
     * Real content first, then the most kinds of signs, then a page one of whose names begins with a hint
     * ("Văn bản quy phạm pháp luật" is the documents section; "Dự thảo văn bản" merely mentions
     * documents), then content words, then nearness to the home page and the home page's menu order,
     * then the address, so that the choice never depends on the order the crawl fetched pages in.
     */
    private Comparator<Match> order(Hints hints) {
        return Comparator.comparing(Match::placeholder)
                .thenComparing(Comparator.comparingInt(Match::signals).reversed())
                .thenComparing(m -> !namedFirst(m, hints))
                .thenComparing(m -> !contentMatches(m.page(), hints))
                .thenComparingInt(m -> m.page().capture().depth())
                .thenComparingInt(m -> homeLinkOrder().getOrDefault(m.page().url(), Integer.MAX_VALUE))
                .thenComparing(m -> m.page().url().toString());
    }

    /**
     * Where the home page first links to each page: of two equally named sections, the one its menu
     * lists first ("Giới thiệu chung" before "Cơ cấu tổ chức") is the one an inspector opens first.
     */
    private Map<URI, Integer> homeLinkOrder() {
        if (homeLinkOrder == null) {
            Map<URI, Integer> order = new HashMap<>();
            site.home().ifPresent(home -> {
                for (Anchor a : site.links().from(home.url())) {
                    order.putIfAbsent(a.target(), order.size());
                }
            });
            homeLinkOrder = order;
        }
        return homeLinkOrder;
    }

    /** Whether the link naming the page, its own title, heading or breadcrumb begins with one of the hints. */
    private boolean namedFirst(Match m, Hints hints) {
        SiteModel model = site.model();
        List<String> names = new ArrayList<>();
        m.anchor().map(Anchor::text).ifPresent(names::add);
        names.add(model.ownTitle(m.page()));
        m.heading().map(Element::text).ifPresent(names::add);
        model.breadcrumbName(m.page()).ifPresent(names::add);
        return names.stream().map(model::folded)
                .anyMatch(name -> hints.keywords().stream().anyMatch(k -> name.beginsWith(model.folded(k))));
    }

    private Optional<Match> match(StoredPage page, Hints hints) {
        SiteModel model = site.model();
        Optional<Anchor> anchor = Optional.empty();
        String matched = null;
        // every page's menu links here with the same words: each distinct name is read once
        Set<String> notNaming = new HashSet<>();
        for (Anchor a : site.links().to(page.url())) {
            if (a.from().equals(page.url()) || !notNaming.add(a.text() + '\u0000' + a.imageName())
                    || words(a.text()) > MAX_MENU_WORDS) {
                continue;
            }
            Optional<String> k = a.text().isBlank() ? Optional.empty() : firstKeyword(model, a.text(), hints.keywords());
            if (k.isEmpty() && !a.imageName().isBlank()) {
                k = firstKeyword(model, a.imageName(), hints.keywords())
                        .or(() -> hints.slugs().stream().filter(s -> model.pathHasSlug(a.imageName(), s)).findFirst());
            }
            if (k.isPresent() && !excluded(model, a.label(), hints)) {
                anchor = Optional.of(a);
                matched = k.get();
                break;
            }
        }
        Optional<Element> heading = Optional.empty();
        int names = 0;
        String title = model.ownTitle(page);
        Optional<String> titleKeyword = names(model, title, hints);
        if (titleKeyword.isPresent()) {
            names++;
            heading = Optional.ofNullable(page.document().selectFirst("title"));
            matched = matched == null ? titleKeyword.get() : matched;
        }
        // headings and breadcrumb are read as texts (kept with the run); a page's elements only for a name that matched
        List<HeadingReading> headings = model.ownHeadingReadings(page);
        for (int i = 0; i < headings.size(); i++) {
            Optional<String> k = names(model, headings.get(i).text(), hints);
            if (k.isPresent()) {
                names++;
                heading = Optional.of(model.ownHeadings(page).get(i));
                matched = matched == null ? k.get() : matched;
                break;
            }
        }
        Optional<String> crumbKeyword = model.breadcrumbName(page).flatMap(n -> names(model, n, hints));
        if (crumbKeyword.isPresent()) {
            names++;
            heading = heading.filter(h -> !h.tagName().equals("title")).or(() -> model.breadcrumbLeaf(page));
            matched = matched == null ? crumbKeyword.get() : matched;
        }
        URI url = page.url();
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : " " + url.getRawQuery());
        boolean slug = hints.slugs().stream().anyMatch(s -> model.pathHasSlug(path, s))
                && hints.exclude().stream().noneMatch(x -> model.pathHasSlug(path, x));
        if (anchor.isEmpty() && heading.isEmpty() && !slug) {
            return Optional.empty();
        }
        boolean placeholder = model.isPlaceholder(page);
        return Optional.of(new Match(page, anchor, heading, slug, placeholder, matched == null ? path : matched, names));
    }

    /** The keyword a page's own name (title, heading, breadcrumb item) gives it, if it is a section's name. */
    private static Optional<String> names(SiteModel model, String name, Hints hints) {
        if (name == null || name.isBlank() || excluded(model, name, hints)) {
            return Optional.empty();
        }
        int words = words(name);
        if (words > MAX_HEADLINE_WORDS) {
            return Optional.empty();
        }
        FoldedText folded = model.folded(name);
        return hints.keywords().stream().filter(k -> folded.containsPhrase(model.folded(k)))
                .filter(k -> words <= MAX_NAME_WORDS || folded.folded().startsWith(model.folded(k).folded()))
                .findFirst();
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Whether a text names a look-alike the hints exclude ("Góp ý dự thảo" is not "Góp ý"). */
    private static boolean excluded(SiteModel model, String text, Hints hints) {
        return hints.exclude().stream().anyMatch(x -> model.containsPhrase(text, x));
    }

    private static Optional<String> firstKeyword(SiteModel model, String text, List<String> keywords) {
        return keywords.stream().filter(k -> model.containsPhrase(text, k)).findFirst();
    }
}
