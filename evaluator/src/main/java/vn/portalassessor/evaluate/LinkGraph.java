package vn.portalassessor.evaluate;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * Every link of an agency's captured pages, by the page it leads to: how menus and link lists name
 * each page is the strongest sign of what a section is. Built once per agency. Not thread-safe.
 */
public final class LinkGraph {

    private final Map<URI, List<Anchor>> inbound = new HashMap<>();
    private final Map<URI, List<Anchor>> outbound = new HashMap<>();

    LinkGraph(List<StoredPage> pages) {
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
        for (StoredPage page : pages) {
            List<Anchor> out = new ArrayList<>();
            for (Element a : page.document().select("a[href], area[href]")) {
                String text = a.text().isBlank() ? a.attr("title") : a.text();
                if (text.isBlank()) {
                    text = a.select("img[alt]").attr("alt");
                }
                String href = a.absUrl("href");
                String finalText = text.trim();
                canonicalizer.canonical(href).ifPresent(target -> {
                    Anchor anchor = new Anchor(page.url(), finalText, target, a.cssSelector());
                    out.add(anchor);
                    inbound.computeIfAbsent(target, t -> new ArrayList<>()).add(anchor);
                });
            }
            outbound.put(page.url(), out);
        }
    }

    /** The links leading to a page. */
    public List<Anchor> to(URI page) {
        return Collections.unmodifiableList(inbound.getOrDefault(page, List.of()));
    }

    /** The links on a page. */
    public List<Anchor> from(URI page) {
        return Collections.unmodifiableList(outbound.getOrDefault(page, List.of()));
    }
}
