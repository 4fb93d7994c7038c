package vn.portalassessor.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.PageTimeoutException;

/**
 * Finds the links of a page whose menus are built by JavaScript (a menu array turned into
 * {@code <a>} elements, {@code document.write}, {@code innerHTML}): such links are in no static
 * {@code <a href>}. Detection is cheap and textual: an inline script that builds DOM and names at
 * least {@value #MIN_SCRIPT_URLS} page-like URLs the static HTML does not link. Only such pages are
 * rendered, in the crawler's browser pool when it has one; a page whose script URLs are those of a
 * page already rendered (the same menu on every page) is not rendered again. Without a pool, the
 * URLs are read from the scripts' text. Not thread-safe: one per agency crawl.
 */
final class ScriptNavigation {

    static final int MIN_SCRIPT_URLS = 2;

    private static final Pattern BUILDS_DOM = Pattern.compile(
            "document\\.write|createElement|innerHTML|insertAdjacentHTML|appendChild|\\.href\\s*=|\\.html\\s*\\(|\\.append\\s*\\(");
    /** A quoted path or URL that looks like a page: absolute, root-relative, or a file with a page extension. */
    private static final Pattern URL_LITERAL = Pattern.compile(
            "[\"'](https?://[^\"'\\s<>]+|/[^\"'\\s<>*]*|[\\w./-]+\\.(?:php|aspx?|jsp|html?|cfm)(?:\\?[^\"'\\s<>]*)?)[\"']");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(?i).*\\.(js|css|png|jpe?g|gif|svg|ico|woff2?|json)(\\?.*)?$|^/$|^//.*");

    private final BrowserPool pool;
    private final Set<Set<String>> rendered = new java.util.HashSet<>();

    /** @param pool browsers to render with, or null to read links from the scripts' text only */
    ScriptNavigation(BrowserPool pool) {
        this.pool = pool;
    }

    /** What was found beyond the static links, and how. */
    record Found(List<LinkExtractor.Link> links, String how) {
    }

    /** The page-like URLs (absolute) named in inline scripts that build DOM, not linked statically. */
    static Set<String> scriptUrls(Document page, List<LinkExtractor.Link> staticLinks) {
        Set<String> linked = null; // built only for a page that has a script building DOM: most have none
        Set<String> found = new LinkedHashSet<>();
        for (Element script : page.getElementsByTag("script")) {
            String code = script.hasAttr("src") ? "" : script.data();
            if (code.isEmpty() || !BUILDS_DOM.matcher(code).find()) {
                continue;
            }
            if (linked == null) {
                linked = new java.util.HashSet<>();
                for (LinkExtractor.Link l : staticLinks) {
                    linked.add(l.url());
                }
            }
            Matcher m = URL_LITERAL.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                if (NOT_A_PAGE.matcher(literal).matches()) {
                    continue;
                }
                String absolute = absolute(page.location(), literal);
                if (!absolute.isEmpty() && !linked.contains(absolute)) {
                    found.add(absolute);
                }
            }
        }
        return found;
    }

    /**
     * The links only scripts build, or empty when the page does not build navigation by script.
     *
     * @param page the statically parsed page
     * @param url  where the page was fetched, for the browser
     */
    java.util.Optional<Found> links(Document page, URI url, List<LinkExtractor.Link> staticLinks) {
        Set<String> urls = scriptUrls(page, staticLinks);
        if (urls.size() < MIN_SCRIPT_URLS) {
            return java.util.Optional.empty();
        }
        if (pool != null && rendered.add(urls)) {
            try {
                String html = pool.withPage(url, driver -> driver.getPageSource());
                List<LinkExtractor.Link> links = LinkExtractor.links(Jsoup.parse(html, url.toString()));
                return java.util.Optional.of(new Found(links, "trình duyệt dựng trang"));
            } catch (PageTimeoutException | IOException e) {
                return java.util.Optional.of(new Found(asLinks(urls),
                        "đọc từ mã JavaScript (không dựng được trang: " + e.getMessage() + ")"));
            }
        }
        return java.util.Optional.of(new Found(asLinks(urls), pool == null ? "đọc từ mã JavaScript" : "cùng menu đã dựng"));
    }

    private static List<LinkExtractor.Link> asLinks(Set<String> urls) {
        List<LinkExtractor.Link> links = new ArrayList<>();
        urls.forEach(u -> links.add(new LinkExtractor.Link(u, "")));
        return links;
    }

    private static String absolute(String base, String literal) {
        try {
            return URI.create(base).resolve(literal.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
