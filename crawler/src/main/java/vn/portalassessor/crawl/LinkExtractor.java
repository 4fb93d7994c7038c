package vn.portalassessor.crawl;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The URLs a page leads to, as absolute strings: anchors and image-map areas, frames and iframes,
 * and alternate links (RSS/Atom feeds, language versions). Script-built links are not here: those
 * need rendering ({@link ScriptNavigation}). One pass over the page, the base URL parsed once and a
 * link's text taken only when asked for: this runs on every page of a crawl.
 */
final class LinkExtractor {

    private LinkExtractor() {
    }

    /** A link: where it leads and the text it shows (its title when it shows none). */
    static final class Link {
        private final String url;
        private final Element element;
        private String text;

        Link(String url, String text) {
            this.url = url;
            this.text = text;
            this.element = null;
        }

        private Link(String url, Element element) {
            this.url = url;
            this.element = element;
        }

        String url() {
            return url;
        }

        /**
         * The text it shows; else its title; else, for an image link (a banner, an icon), the image's
         * alt or title, else the image's file name in words ("/images/banner-dich-vu-cong.png" →
         * "banner dich vu cong").
         */
        String text() {
            if (text == null) {
                String shown = element.text();
                text = !shown.isBlank() ? shown : !element.attr("title").isBlank() ? element.attr("title") : image(element);
            }
            return text;
        }

        private static String image(Element link) {
            Element img = link.selectFirst("img, input[type=image]");
            if (img == null) {
                return "";
            }
            String alt = img.attr("alt").isBlank() ? img.attr("title") : img.attr("alt");
            if (!alt.isBlank()) {
                return alt;
            }
            String src = img.attr("src");
            return src.substring(src.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]{2,5}(\\?.*)?$", "")
                    .replaceAll("[-_.+]+", " ").strip();
        }
    }

    static List<Link> links(Document page) {
        URL base = baseUrl(page);
        List<Link> links = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            String attribute;
            switch (e.normalName()) {
                case "a", "area" -> attribute = "href";
                case "link" -> attribute = "alternate".equalsIgnoreCase(e.attr("rel")) ? "href" : null;
                case "iframe", "frame" -> attribute = "src";
                default -> attribute = null;
            }
            if (attribute == null || !e.hasAttr(attribute)) {
                continue;
            }
            String url = absolute(base, e, attribute);
            if (!url.isEmpty()) {
                links.add(new Link(url, e));
            }
        }
        return links;
    }

    /**
     * The URL relative links resolve against. Jsoup's parser has already applied the page's first
     * {@code <base href>} to the document's base URI, so no search of the tree is needed.
     */
    private static URL baseUrl(Document page) {
        String base = page.baseUri();
        try {
            return base == null || base.isEmpty() ? null : new URL(base);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static String absolute(URL base, Element e, String attribute) {
        String value = e.attr(attribute).trim();
        if (base == null) {
            return e.absUrl(attribute);
        }
        try {
            return StringUtil.resolve(base, value).toExternalForm();
        } catch (MalformedURLException ex) {
            return "";
        }
    }
}
