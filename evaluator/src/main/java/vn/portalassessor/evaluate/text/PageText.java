package vn.portalassessor.evaluate.text;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text a page says of its own, without the chrome every page of the portal repeats (header,
 * menus, footer, scripts), and whether that text is only a placeholder. Stateless.
 */
public final class PageText {

    /** Containers CMSs put a page's own content in, most specific first. */
    private static final String MAIN = "main, [role=main], #main-content, #maincontent, #content-main, .main-content, #content, #main";
    private static final String NOISE = "script, style, noscript, template, [class*=breadcrumb], [id*=breadcrumb]";
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, "
            + "[class*=menu], [id*=menu], [class*=footer], [id*=footer], [class*=header], [id*=header], "
            + "[class*=navbar], [class*=breadcrumb], [id*=breadcrumb], [class*=sidebar], [id*=sidebar], "
            + "[role=navigation], [role=banner], [role=contentinfo]";

    /** Below this many characters of its own text a page has no real content. */
    static final int MIN_CONTENT_CHARS = 120;

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
     * Whether the page has no real content: its own text is short, or is little more than one of the
     * methodology's placeholder phrases ("Đang cập nhật").
     */
    public static boolean isPlaceholder(Document page, List<String> placeholderPhrases) {
        String text = mainText(page);
        String withoutTitle = text.replace(page.title(), "").trim();
        if (withoutTitle.length() < MIN_CONTENT_CHARS) {
            return true;
        }
        if (withoutTitle.length() < 400) {
            for (String phrase : placeholderPhrases) {
                if (VietnameseText.containsPhrase(withoutTitle, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
