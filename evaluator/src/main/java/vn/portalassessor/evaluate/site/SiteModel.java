package vn.portalassessor.evaluate.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.reading.HeadingReading;
import vn.portalassessor.evaluate.reading.PageReading;
import vn.portalassessor.evaluate.reading.PageReadings;
import vn.portalassessor.evaluate.text.FoldedText;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * What an inspector sees of one agency's portal, built once and shared by every check: each page's
 * own content apart from the site's chrome ({@link SiteChrome}), whether that content is only a
 * placeholder, and the names a page gives itself (its title without the site's name, its headings
 * outside the chrome, its breadcrumb's last item). Checks read pages through this model, so a footer
 * is never a leader's contact, a visitor counter never statistics, a header date never news, and a
 * page is the same thing for every criterion. Texts are folded for keyword matching once per agency
 * ({@link #folded(String)}), however many criteria and keywords look at them. Not thread-safe.
 */
public final class SiteModel {

    /** Text a check reads of one page at most: enough for any section, bounded for hostile pages. */
    public static final int MAX_TEXT_CHARS = 200_000;
    /** Pages the chrome is learnt from (the crawl's first ones: home, menus' targets). */
    private static final int MAX_LEARNING_PAGES = 400;
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main], #main-content, #maincontent, #content-main, .main-content, #content, #main");
    private static final String NOISE = "script, style, noscript, template, [class*=breadcrumb], [id*=breadcrumb], [hidden]";
    /** Chrome by its markup, for what recurrence cannot tell (a site of one or two pages). */
    private static final String SEMANTIC_CHROME = "nav, footer, [role=navigation], [role=banner], [role=contentinfo], "
            + "[class*=menu], [id*=menu], [class*=footer], [id*=footer], [class*=header], [id*=header], "
            + "[class*=navbar], [class*=sidebar], [id*=sidebar]";
    /** Removed from a page's marked main container: scripts, breadcrumbs, hidden blocks. */
    private static final Evaluator NOISE_IN_MAIN = QueryParser.parse(NOISE);
    /** Removed from a page's body when no main container is marked: also menus, footers, headers. */
    private static final Evaluator NOISE_IN_BODY = QueryParser.parse(NOISE + ", " + SEMANTIC_CHROME + ", header");
    private static final Evaluator OWN_HEADINGS = QueryParser.parse("h1, h2, h3, .title, .page-title, [class*=cat-title], [class*=category-title]");
    private static final Evaluator BREADCRUMB = QueryParser.parse("[class*=breadcrumb], [id*=breadcrumb], [class*=duong-dan], [class*=duongdan], "
            + "[class*=path-way], [class*=pathway]");
    private static final String TITLE_SEPARATORS = "\\s+[-|–—»:]+\\s+|\\s*[|»]\\s*";

    private final List<StoredPage> pages;
    private final List<String> placeholderPhrases;
    private final PageReadings kept;
    private SiteChrome chrome;
    private Map<String, Integer> titleSegments;
    private final Map<URI, Element> mains = new HashMap<>();
    private final Map<URI, String> texts = new HashMap<>();
    private final Map<URI, Boolean> placeholders = new HashMap<>();
    private final Map<String, FoldedText> folded = new HashMap<>();
    private final Map<URI, String> ownTitles = new HashMap<>();
    private final Map<URI, List<Element>> ownHeadings = new HashMap<>();
    private final Map<URI, List<HeadingReading>> headingReadings = new HashMap<>();
    private final Map<URI, Optional<String>> breadcrumbNames = new HashMap<>();
    private final Map<URI, PageReading.Alone> alone = new HashMap<>();
    private final Map<URI, Optional<Element>> breadcrumbLeaves = new HashMap<>();

    /**
     * @param pages              the agency's HTML pages, in crawl order
     * @param placeholderPhrases the methodology's phrases of a page without content yet
     */
    public SiteModel(List<StoredPage> pages, List<String> placeholderPhrases) {
        this(pages, placeholderPhrases, PageReadings.none());
    }

    /**
     * @param pages              the agency's HTML pages, in crawl order
     * @param placeholderPhrases the methodology's phrases of a page without content yet
     * @param kept               what was read off these very pages before ({@link PageReadings}): a
     *                           page's own text, own title and whether it is a placeholder are taken
     *                           from there instead of being worked out of the page again
     */
    public SiteModel(List<StoredPage> pages, List<String> placeholderPhrases, PageReadings kept) {
        this.pages = List.copyOf(pages);
        this.placeholderPhrases = List.copyOf(placeholderPhrases);
        this.kept = kept;
    }

    /** The repeated blocks of the site. */
    public SiteChrome chrome() {
        if (chrome == null) {
            chrome = kept.chrome().map(SiteChrome::new)
                    .orElseGet(() -> new SiteChrome(pages.stream().limit(MAX_LEARNING_PAGES).map(StoredPage::document).toList()));
        }
        return chrome;
    }

    /**
     * The page's own content: its main container when the CMS marks one, else its body; with the
     * site's repeated blocks, scripts, breadcrumbs and (without a main container) the marked-up menus
     * and footers removed. A copy: the page itself is left untouched.
     */
    public Element main(StoredPage page) {
        return mains.computeIfAbsent(page.url(), u -> extractMain(page.document()));
    }

    /** The page's own text, whitespace collapsed, at most {@value #MAX_TEXT_CHARS} characters. */
    public String mainText(StoredPage page) {
        return texts.computeIfAbsent(page.url(), u -> kept.of(u).map(PageReading::mainText)
                .orElseGet(() -> cap(main(page).text())));
    }

    /**
     * {@code text} folded for keyword matching, once for the agency: a page's text, a link's, a title,
     * a heading, and the keywords matched against them. Every check matches through this, so a text
     * is folded once however many criteria and keywords look at it.
     */
    public FoldedText folded(String text) {
        return folded.computeIfAbsent(text == null ? "" : text, FoldedText::of);
    }

    /** The page's own text ({@link #mainText}) folded once. */
    public FoldedText foldedText(StoredPage page) {
        return folded(mainText(page));
    }

    /**
     * Whether {@code text} holds {@code phrase} as whole words, as
     * {@link VietnameseText#containsPhrase(String, String)} says, with both folded once per agency.
     */
    public boolean containsPhrase(String text, String phrase) {
        return folded(text).containsPhrase(folded(phrase));
    }

    /** Whether a URL path names a slug, as {@link VietnameseText#pathHasSlug} says, both folded once per agency. */
    public boolean pathHasSlug(String path, String slug) {
        return folded(path).hasSlug(folded(slug));
    }

    /**
     * Whether the page has no content of its own: empty once the chrome is gone, or little more than
     * a placeholder phrase ("Đang cập nhật"). A page that is no section for any criterion.
     */
    public boolean isPlaceholder(StoredPage page) {
        return placeholders.computeIfAbsent(page.url(), u -> kept.of(u).map(PageReading::placeholder)
                .orElseGet(() -> !hasFormToFill(main(page))
                        && PageText.isPlaceholder(main(page), page.document().title(), placeholderPhrases)));
    }

    /**
     * How the page reads on its own, by its markup alone ({@link PageText#main}, no chrome learnt):
     * whether it is a placeholder and how many links its content holds. For a page of either site.
     */
    public PageReading.Alone alone(StoredPage page) {
        return alone.computeIfAbsent(page.url(), u -> kept.of(u).map(PageReading::alone).orElseGet(() -> {
            Element main = PageText.main(page.document());
            return new PageReading.Alone(PageText.isPlaceholder(page.document(), main, placeholderPhrases),
                    main.select("a[href]").size());
        }));
    }

    /** How the page reads on its own, if a check asked ({@link #alone}). */
    public Optional<PageReading.Alone> aloneRead(StoredPage page) {
        return Optional.ofNullable(alone.get(page.url()));
    }

    /** Whether content holds a form to fill in (a text area, or two fields or more): a page with a form is not empty. */
    private static boolean hasFormToFill(Element main) {
        for (Element form : main.select("form")) {
            if (form.select("input[type=password]").isEmpty() && (!form.select("textarea").isEmpty()
                    || form.select("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select").size() >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element of the page belongs to the site's chrome (repeated, or marked up as menu/footer). */
    public boolean inChrome(StoredPage page, Element element) {
        Document doc = page.document();
        for (Element e = element; e != null && e != doc.body(); e = e.parent()) {
            if (chrome().isChrome(doc, e)) {
                return true;
            }
            String tag = e.tagName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
                    || (tag.equals("header") && e.closest("article, main, [role=main]") == null)
                    || e.attr("role").equals("navigation") || e.attr("role").equals("contentinfo")) {
                return true;
            }
        }
        return false;
    }

    /** The page's title without the parts every page's title repeats (the site's name). */
    public String ownTitle(StoredPage page) {
        return ownTitles.computeIfAbsent(page.url(), u -> kept.of(u).map(PageReading::ownTitle)
                .orElseGet(() -> findOwnTitle(page)));
    }

    private String findOwnTitle(StoredPage page) {
        String title = page.document().title().strip();
        if (title.isEmpty()) {
            return "";
        }
        Map<String, Integer> counts = titleSegments();
        List<String> own = new ArrayList<>();
        for (String s : title.split(TITLE_SEPARATORS)) {
            String f = VietnameseText.fold(s);
            if (!f.isEmpty() && !(pages.size() >= SiteChrome.MIN_PAGES
                    && counts.getOrDefault(f, 0) >= Math.max(SiteChrome.MIN_PAGES, pages.size() * SiteChrome.MIN_SHARE))) {
                own.add(s.strip());
            }
        }
        return String.join(" - ", own);
    }

    /** The headings the page gives its own content (h1–h3, title classes), outside the chrome. */
    public List<Element> ownHeadings(StoredPage page) {
        return ownHeadings.computeIfAbsent(page.url(), u -> {
            List<HeadingReading> read = ownHeadingReadings(page);
            if (read.isEmpty()) {
                return List.of();
            }
            Elements candidates = page.document().select(OWN_HEADINGS);
            return read.stream().map(h -> candidates.get(h.index())).toList();
        });
    }

    /**
     * The texts of the page's own headings ({@link #ownHeadings}), in the same order, without the
     * page's elements: kept with the run, so finding sections does not parse every page again.
     */
    public List<HeadingReading> ownHeadingReadings(StoredPage page) {
        return headingReadings.computeIfAbsent(page.url(), u -> kept.of(u).map(PageReading::headings)
                .orElseGet(() -> findOwnHeadings(page)));
    }

    private List<HeadingReading> findOwnHeadings(StoredPage page) {
        List<HeadingReading> headings = new ArrayList<>();
        Elements candidates = page.document().select(OWN_HEADINGS);
        for (int i = 0; i < candidates.size(); i++) {
            Element h = candidates.get(i);
            if (!h.text().isBlank() && !inChrome(page, h)) {
                headings.add(new HeadingReading(i, h.text()));
            }
        }
        return List.copyOf(headings);
    }

    /** The last item of the page's breadcrumb ("Trang chủ » Giới thiệu" → "Giới thiệu"), if it has one. */
    public Optional<Element> breadcrumbLeaf(StoredPage page) {
        return breadcrumbLeaves.computeIfAbsent(page.url(), u -> findBreadcrumbLeaf(page));
    }

    private Optional<Element> findBreadcrumbLeaf(StoredPage page) {
        Element crumb = page.document().selectFirst(BREADCRUMB);
        if (crumb == null) {
            return Optional.empty();
        }
        Elements items = crumb.select("li");
        if (items.isEmpty()) {
            items = crumb.select("a, span");
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            Element item = items.get(i);
            if (!item.text().isBlank() && item.select("li").size() <= 1) {
                return Optional.of(item);
            }
        }
        return Optional.of(crumb);
    }

    /** The text of the breadcrumb's last item, cut at the last separator (kept with the run). */
    public Optional<String> breadcrumbName(StoredPage page) {
        return breadcrumbNames.computeIfAbsent(page.url(), u -> kept.of(u).filter(r -> r.headings() != null)
                .map(r -> Optional.ofNullable(r.breadcrumb()))
                .orElseGet(() -> breadcrumbLeaf(page).map(e -> {
                    String[] parts = e.text().split("\\s*[»>›/|]+\\s*");
                    return parts.length == 0 ? e.text() : parts[parts.length - 1];
                }).filter(s -> !s.isBlank())));
    }

    /**
     * Whether the page is in English: declared {@code lang="en"}, or its own text reads as English
     * (common English words, hardly any Vietnamese letters).
     */
    public boolean isEnglish(StoredPage page) {
        Element html = page.document().selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
        String text = mainText(page);
        if (lang.startsWith("en") && !text.isBlank()) {
            return true;
        }
        return readsAsEnglish(text);
    }

    /** Above this share of words with Vietnamese letters (in percent) a text is not English. */
    private static final int MAX_VIETNAMESE_PERCENT = 35;

    /** Whether a text reads as English: its words are mostly without Vietnamese letters and it uses English function words. */
    public static boolean readsAsEnglish(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        String[] words = VietnameseText.fold(sample).split(" ");
        if (words.length < 8) {
            return false;
        }
        int vietnamese = 0;
        int function = 0;
        for (String w : words) {
            if (!w.equals(VietnameseText.ascii(w))) {
                vietnamese++;
            }
            switch (w) {
                case "the", "of", "and", "to", "is", "in", "for", "with", "are", "on", "by" -> function++;
                default -> {
                }
            }
        }
        // a side box in Vietnamese may stay beside the English text: most words, not all, must be English
        return vietnamese * 100 < words.length * MAX_VIETNAMESE_PERCENT && function * 25 >= words.length;
    }

    /**
     * Whether the page's own text is in Vietnamese: a good share of its words carry Vietnamese letters.
     * A page linked from an English section that is not Vietnamese is part of it, even when it is too
     * short to read as English (a contact page of addresses and numbers).
     */
    public boolean readsAsVietnamese(StoredPage page) {
        String text = mainText(page);
        String[] words = VietnameseText.fold(text.length() > 4000 ? text.substring(0, 4000) : text).split(" ");
        int vietnamese = 0;
        for (String w : words) {
            if (!w.equals(VietnameseText.ascii(w))) {
                vietnamese++;
            }
        }
        return vietnamese * 100 >= words.length * MAX_VIETNAMESE_PERCENT;
    }

    /**
     * Whether the page reads as one article (a news item): a heading of its own, some paragraphs of
     * text and a date, rather than a list of links.
     */
    public boolean isArticle(StoredPage page) {
        String text = mainText(page);
        if (text.length() < 300 || VietnameseDates.find(text.length() > 3000 ? text.substring(0, 3000) : text).isEmpty()) {
            return false;
        }
        Element main = main(page);
        int linkChars = 0;
        for (Element a : main.select("a")) {
            linkChars += a.text().length();
            if (linkChars * 2 > text.length()) {
                return false;
            }
        }
        return !ownHeadingReadings(page).isEmpty();
    }

    /**
     * Whether the page's own headings were read through this model (a check looked for a section
     * among the online-service site's pages too): its readings are then worth keeping.
     */
    public boolean looked(StoredPage page) {
        return headingReadings.containsKey(page.url());
    }

    /** The pages the model was built from. */
    public List<StoredPage> pages() {
        return pages;
    }

    private Element extractMain(Document doc) {
        Element body = doc.body() == null ? new Element("body") : doc.body();
        Element container = body.selectFirst(MAIN);
        boolean marked = container != null && container.text().length() >= PageText.MIN_CONTENT_CHARS / 2;
        Element root = marked ? container : body;
        Element copy = withoutRepeated(doc, root);
        copy.select(marked ? NOISE_IN_MAIN : NOISE_IN_BODY).remove();
        return copy;
    }

    /**
     * The page's body without the blocks the whole site repeats (its header, menus and footer), but
     * with the blocks only some pages share (an English section's own footer): a copy.
     */
    public Element withoutSiteChrome(StoredPage page) {
        Document doc = page.document();
        return withoutRepeated(doc, doc.body() == null ? new Element("body") : doc.body());
    }

    private Element withoutRepeated(Document doc, Element root) {
        List<Element> repeated = chrome().chromeUnder(doc, root);
        Element copy = root.clone();
        if (!repeated.isEmpty()) {
            Elements originals = root.getAllElements();
            Elements copies = copy.getAllElements();
            Map<Element, Integer> index = new java.util.IdentityHashMap<>();
            for (int i = 0; i < originals.size(); i++) {
                index.put(originals.get(i), i);
            }
            List<Element> toRemove = new ArrayList<>();
            for (Element r : repeated) {
                Integer i = index.get(r);
                if (i != null && i < copies.size()) {
                    toRemove.add(copies.get(i));
                }
            }
            toRemove.forEach(Element::remove);
        }
        return copy;
    }

    private Map<String, Integer> titleSegments() {
        if (titleSegments == null) {
            titleSegments = new HashMap<>();
            for (StoredPage p : pages.stream().limit(MAX_LEARNING_PAGES).toList()) {
                new java.util.HashSet<>(List.of(p.document().title().strip().split(TITLE_SEPARATORS))).stream()
                        .map(VietnameseText::fold).filter(s -> !s.isEmpty())
                        .forEach(s -> titleSegments.merge(s, 1, Integer::sum));
            }
        }
        return titleSegments;
    }

    private static String cap(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }
}
