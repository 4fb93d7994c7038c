package vn.portalassessor.evaluate;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.QueryParser;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.reading.LinkReading;
import vn.portalassessor.evaluate.reading.PageReading;
import vn.portalassessor.evaluate.reading.PageReadings;

/**
 * Every link of an agency's captured pages, by the page it leads to: how menus and link lists name
 * each page is the strongest sign of what a section is. Linear in the number of links (a page with a
 * hundred thousand links is read in one pass; selectors are computed only for links cited as
 * evidence). Built once per agency. Not thread-safe.
 */
public final class LinkGraph {

    /** Longest link text kept: a menu item or a headline, never a page of prose. */
    private static final int MAX_TEXT_CHARS = 300;

    private final Map<URI, List<Anchor>> inbound = new HashMap<>();
    private final Map<URI, List<Anchor>> outbound = new HashMap<>();
    private final Map<URI, List<LinkReading>> readings = new HashMap<>();
    private static final org.jsoup.select.Evaluator LINKS = QueryParser.parse("a[href], area[href]");

    LinkGraph(List<StoredPage> pages) {
        this(pages, PageReadings.none());
    }

    /**
     * The links of {@code pages}, taken from {@code kept} for a page read before (its element found in
     * the page only when cited), read off the page itself otherwise.
     */
    LinkGraph(List<StoredPage> pages, PageReadings kept) {
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
        // every page repeats the menus' links: each address is made canonical once
        Map<String, Optional<URI>> canonical = new HashMap<>();
        for (StoredPage page : pages) {
            List<LinkReading> links = kept.of(page.url()).map(PageReading::links).orElse(null);
            Supplier<Elements> elements;
            if (links == null) {
                Elements found = page.document().select(LINKS);
                links = read(found);
                elements = () -> found;
            } else {
                elements = new Supplier<>() {
                    private Elements found;

                    @Override
                    public Elements get() {
                        if (found == null) {
                            found = page.document().select(LINKS);
                        }
                        return found;
                    }
                };
            }
            readings.put(page.url(), links);
            List<Anchor> out = new ArrayList<>();
            for (LinkReading link : links) {
                canonical.computeIfAbsent(link.href(), canonicalizer::canonical).ifPresent(target -> {
                    int index = link.index();
                    Anchor anchor = new Anchor(page.url(), link.text(), target, () -> {
                        Elements all = elements.get();
                        return index < all.size() ? all.get(index) : null;
                    }, link.imageName());
                    out.add(anchor);
                    inbound.computeIfAbsent(target, t -> new ArrayList<>()).add(anchor);
                });
            }
            outbound.put(page.url(), out);
        }
    }

    /** A page's links as a reader takes them: text, else title or image alt, and image file words. */
    private static List<LinkReading> read(Elements found) {
        List<LinkReading> links = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Element a = found.get(i);
            String href = a.absUrl("href");
            if (href.isEmpty()) {
                continue;
            }
            Element img = a.childrenSize() == 0 ? null : a.getElementsByTag("img").first();
            String text = cap(a.text());
            if (text.isBlank()) {
                text = a.attr("title");
            }
            if (text.isBlank() && a.tagName().equals("area")) {
                text = a.attr("alt");
            }
            if (text.isBlank() && img != null) {
                text = img.attr("alt").isBlank() ? img.attr("title") : img.attr("alt");
            }
            String imageName = img == null ? "" : fileWords(img.attr("src"));
            links.add(new LinkReading(i, href, cap(text.strip()), imageName));
        }
        return List.copyOf(links);
    }

    /** A page's links as read, to keep with the run. */
    List<LinkReading> readings(URI page) {
        return readings.getOrDefault(page, List.of());
    }

    /** The links leading to a page. */
    public List<Anchor> to(URI page) {
        return Collections.unmodifiableList(inbound.getOrDefault(page, List.of()));
    }

    /** The links on a page. */
    public List<Anchor> from(URI page) {
        return Collections.unmodifiableList(outbound.getOrDefault(page, List.of()));
    }

    /**
     * The words of an image's file name, without folder and extension: {@code /images/flag_en.png} →
     * {@code "flag en"}, {@code icon-HoiDap.gif} → {@code "icon hoidap"}.
     */
    static String fileWords(String src) {
        if (src == null || src.isBlank() || src.startsWith("data:")) {
            return "";
        }
        String s = src;
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        s = s.substring(s.lastIndexOf('/') + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        s = s.length() > 80 ? s.substring(0, 80) : s;
        StringBuilder words = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            words.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return words.toString().strip().replaceAll(" {2,}", " ");
    }

    private static String cap(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }
}
