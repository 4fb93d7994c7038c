package vn.portalassessor.evaluate.text;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text a page says of its own, without the chrome every page of the portal repeats (header,
 * menus, footer, scripts), and whether that text is only a placeholder. Stateless.
 */
public final class PageText {

    /** Containers CMSs put a page's own content in, most specific first. */
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main], #main-content, #maincontent, #content-main, .main-content, #content, #main");
    private static final Evaluator NOISE = QueryParser.parse("script, style, noscript, template, [class*=breadcrumb], [id*=breadcrumb]");
    private static final Evaluator CHROME = QueryParser.parse("script, style, noscript, template, nav, header, footer, "
            + "[class*=menu], [id*=menu], [class*=footer], [id*=footer], [class*=header], [id*=header], "
            + "[class*=navbar], [class*=breadcrumb], [id*=breadcrumb], [class*=sidebar], [id*=sidebar], "
            + "[role=navigation], [role=banner], [role=contentinfo]");
    private static final Evaluator TOP_HEADINGS = QueryParser.parse("h1, h2");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator BLOCKS = QueryParser.parse("p, div, span, td, li, h2, h3, h4, em, strong");

    /** Below this many characters of its own text a page has no real content. */
    public static final int MIN_CONTENT_CHARS = 120;
    /**
     * Below this many characters of its own text, once the site's chrome and its headings are taken
     * away, a page is empty: a menu heading with nothing under it.
     */
    static final int MIN_OWN_CONTENT_CHARS = 60;
    /** A page this short whose content is a placeholder block has nothing else to say. */
    private static final int PLACEHOLDER_PAGE_CHARS = 400;
    /** A figure in a data table has at least this many characters; a calendar grid's day numbers have fewer. */
    private static final int MIN_FIGURE_CHARS = 3;
    /** A placeholder block may add this much to its phrase ("Under construction / Đang cập nhật"). */
    private static final int PLACEHOLDER_SLACK_CHARS = 25;

    private PageText() {
    }

    /**
     * The page's own content: its main container when the CMS marks one ({@code <main>},
     * {@code role=main}, {@code #content}...), else the body with header, menus, sidebars and footer
     * removed. A copy: the page itself is left untouched.
     */
    public static Element main(Document page) {
        Element body = page.body() == null ? new Element("body") : page.body();
        Element container = body.selectFirst(MAIN);
        if (container != null && container.text().length() >= MIN_CONTENT_CHARS / 2) {
            Element copy = container.clone();
            copy.select(NOISE).remove();
            return copy;
        }
        Element copy = body.clone();
        copy.select(CHROME).remove();
        return copy;
    }

    /** The page's own text, chrome removed, whitespace collapsed. */
    public static String mainText(Document page) {
        return main(page).text();
    }

    /**
     * Whether the page has no real content: its own text is short, or is little more than a block
     * saying one of the methodology's placeholder phrases ({@code <p>Đang cập nhật</p>}). A field whose
     * value is pending ("Email: đang cập nhật") on a page with real content is not a placeholder page.
     */
    public static boolean isPlaceholder(Document page, List<String> placeholderPhrases) {
        return isPlaceholder(main(page), page.title(), placeholderPhrases, MIN_CONTENT_CHARS);
    }

    /** As {@link #isPlaceholder(Document, List)}, with the page's {@link #main} already taken. */
    public static boolean isPlaceholder(Document page, Element main, List<String> placeholderPhrases) {
        return isPlaceholder(main, page.title(), placeholderPhrases, MIN_CONTENT_CHARS);
    }

    /**
     * As {@link #isPlaceholder(Document, List)}, for a page's own content already taken apart from its
     * chrome ({@code main}) and its title.
     */
    public static boolean isPlaceholder(Element main, String title, List<String> placeholderPhrases) {
        return isPlaceholder(main, title, placeholderPhrases, MIN_OWN_CONTENT_CHARS);
    }

    private static boolean isPlaceholder(Element main, String title, List<String> placeholderPhrases, int minChars) {
        if (holdsData(main)) {
            return false;
        }
        String own = main.text();
        String withoutTitle = (title == null || title.isBlank() ? own : own.replace(title, "")).trim();
        for (Element h : main.select(TOP_HEADINGS)) {
            if (withoutTitle.length() < PLACEHOLDER_PAGE_CHARS && !h.text().isBlank()) {
                withoutTitle = withoutTitle.replace(h.text(), "").trim();
            }
        }
        if (withoutTitle.length() < minChars) {
            return true;
        }
        if (withoutTitle.length() < PLACEHOLDER_PAGE_CHARS) {
            for (Element block : main.select(BLOCKS)) {
                String text = VietnameseText.fold(block.text());
                for (String phrase : placeholderPhrases) {
                    String p = VietnameseText.fold(phrase);
                    if (text.startsWith(p) && text.length() <= p.length() + PLACEHOLDER_SLACK_CHARS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the content is data rather than prose: a table row of at least two filled cells one of
     * which holds a figure ("2016 | 96.120 | 21.845"). Such a page — a statistics table — says what it
     * has in few characters and is no placeholder. A date picker's grid of day numbers (1–31) is not.
     */
    static boolean holdsData(Element main) {
        for (Element row : main.select(ROWS)) {
            List<Element> cells = row.children().stream().filter(c -> c.normalName().equals("td") && !c.text().isBlank()).toList();
            if (cells.size() >= 2 && cells.stream().map(c -> c.text().strip())
                    .anyMatch(t -> t.length() >= MIN_FIGURE_CHARS && t.chars().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }
}
