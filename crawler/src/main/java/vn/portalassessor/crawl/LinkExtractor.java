package vn.portalassessor.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The URLs a page leads to, as absolute strings: anchors and image-map areas, frames and iframes,
 * and alternate links (RSS/Atom feeds, language versions). Script-built links are not here: those
 * need rendering.
 */
final class LinkExtractor {

    private LinkExtractor() {
    }

    /** A link: where it leads and the text it shows. */
    record Link(String url, String text) {
    }

    static List<Link> links(Document page) {
        List<Link> links = new ArrayList<>();
        for (Element e : page.select("a[href], area[href], link[rel=alternate][href]")) {
            links.add(new Link(e.absUrl("href"), e.text().isBlank() ? e.attr("title") : e.text()));
        }
        for (Element e : page.select("iframe[src], frame[src]")) {
            links.add(new Link(e.absUrl("src"), e.attr("title")));
        }
        links.removeIf(l -> l.url().isEmpty());
        return links;
    }
}
