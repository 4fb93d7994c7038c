package vn.portalassessor.evaluate.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.portalassessor.evaluate.reading.ChromeReading;

/**
 * The blocks a portal repeats on its pages — header, menus, side bars, footer, visitor counter,
 * the header's "today" date — found by recurrence rather than by class names: a block (any element
 * with its text, link targets and image sources, at the same place in the page: the same chain of
 * tags, ids and classes above it) that recurs identically on at least half of the site's distinct
 * pages (and on at least {@value #MIN_PAGES} of them) is chrome, whatever the CMS calls it. The
 * place matters: a sitemap page listing the menu's links, or a contact page repeating the footer's
 * address in its own content, keeps them. Pages with the same text are counted once, so duplicated URLs of one page do not turn
 * its content into chrome.
 *
 * <p>Why not a library: single-page extractors (boilerpipe, Readability ports) pick an article's body
 * and drop list pages, forms and short pages — exactly the section pages and placeholders the checks
 * must see; only the site-wide recurrence tells a footer from a page's own contact block. Linear in
 * the size of the pages: each element's signature is built from its children's. Not thread-safe.
 */
public final class SiteChrome {

    /** Fewer distinct pages than this and recurrence says nothing: no block is chrome by recurrence. */
    static final int MIN_PAGES = 3;
    /** Share of the distinct pages a block must recur on to be chrome. */
    static final double MIN_SHARE = 0.5;

    private final Set<Long> repeated;
    private final Map<Document, Map<Element, Long>> signatures = new IdentityHashMap<>();
    private int distinctPages;

    /** The chrome as learnt before from the same pages ({@link #learnt()}): no page is walked until a check asks about it. */
    SiteChrome(ChromeReading learnt) {
        this.distinctPages = learnt.distinctPages();
        this.repeated = Set.copyOf(learnt.signatures());
    }

    SiteChrome(List<Document> pages) {
        Map<Long, Integer> pagesWith = new HashMap<>();
        Set<Long> seenPages = new HashSet<>();
        for (Document page : pages) {
            Map<Element, Long> sigs = signatures(page);
            signatures.put(page, sigs);
            Element body = page.body();
            Long whole = body == null ? null : sigs.get(body);
            if (whole == null || !seenPages.add(whole)) {
                continue;
            }
            distinctPages++;
            Set<Long> onPage = new HashSet<>(sigs.values());
            onPage.forEach(s -> pagesWith.merge(s, 1, Integer::sum));
        }
        Set<Long> chrome = new HashSet<>();
        pagesWith.forEach((sig, count) -> {
            if (count >= MIN_PAGES && count >= Math.ceil(MIN_SHARE * distinctPages)) {
                chrome.add(sig);
            }
        });
        this.repeated = Set.copyOf(chrome);
    }

    /** What was learnt, to keep with the run: the distinct pages and the repeated blocks' signatures. */
    public ChromeReading learnt() {
        return new ChromeReading(distinctPages, repeated.stream().sorted().toList());
    }

    /** How many distinct pages the detector learnt from. */
    public int distinctPages() {
        return distinctPages;
    }

    /** Whether the element recurs as it is across the site (it is of a page the detector saw). */
    public boolean isChrome(Document page, Element element) {
        if (distinctPages < MIN_PAGES) {
            return false;
        }
        Map<Element, Long> sigs = signatures.computeIfAbsent(page, SiteChrome::signatures);
        Long sig = sigs.get(element);
        return sig != null && repeated.contains(sig);
    }

    /**
     * The outermost chrome elements under {@code root}, in document order: removing them leaves the
     * page's own content.
     */
    public List<Element> chromeUnder(Document page, Element root) {
        List<Element> chrome = new ArrayList<>();
        if (distinctPages < MIN_PAGES) {
            return chrome;
        }
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root && isChrome(page, e)) {
                    chrome.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return chrome;
    }

    /**
     * Every element's signature, children before parents: a hash of its words, link targets and image
     * sources. Elements with nothing in them get none (an empty spacer is neither chrome nor content).
     */
    private static Map<Element, Long> signatures(Document page) {
        Map<Element, Long> sigs = new IdentityHashMap<>();
        Map<Element, Long> content = new IdentityHashMap<>();
        Map<Element, Long> places = new IdentityHashMap<>();
        Element body = page.body();
        if (body == null) {
            return sigs;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Long parent = e.parent() == null ? null : places.get(e.parent());
                    places.put(e, mix(parent == null ? 7 : parent, (e.tagName() + "#" + e.id() + "." + e.className()).hashCode()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                long h = 1125899906842597L;
                boolean any = false;
                String own = switch (e.tagName()) {
                    case "a", "area" -> e.attr("href");
                    case "img" -> e.attr("src");
                    case "input", "select", "iframe" -> e.tagName() + e.attr("name") + e.attr("src");
                    default -> "";
                };
                if (!own.isEmpty()) {
                    h = mix(h, own.hashCode());
                    any = true;
                }
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        String text = t.text().strip();
                        if (!text.isEmpty()) {
                            h = mix(h, collapse(text).hashCode());
                            any = true;
                        }
                    } else if (child instanceof Element c) {
                        Long sc = content.get(c);
                        if (sc != null) {
                            h = mix(h, sc);
                            any = true;
                        }
                    }
                }
                if (any && !e.tagName().equals("script") && !e.tagName().equals("style")) {
                    content.put(e, h);
                    sigs.put(e, mix(h, places.get(e)));
                }
            }
        }, body);
        return sigs;
    }

    private static long mix(long h, long v) {
        return h * 31 + v + (h >>> 29);
    }

    private static String collapse(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 4096));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
