package vn.portalassessor.crawl.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the page URLs (and, for a sitemap index, the child sitemaps) listed by one sitemap file.
 * Lenient: a portal's sitemap that lists URLs of another host is still read; the crawl's scope
 * decides what is fetched. Never throws for a malformed file: it yields nothing.
 */
public final class SitemapReader {

    /** What one sitemap file lists. */
    public record Listing(List<String> pages, List<String> childSitemaps) {
        public Listing {
            pages = List.copyOf(pages);
            childSitemaps = List.copyOf(childSitemaps);
        }
    }

    private SitemapReader() {
    }

    /** Reads a sitemap's listing; empty when the content is not a sitemap. */
    public static Listing read(URI url, byte[] content, String contentType) {
        SiteMapParser parser = new SiteMapParser(false);
        List<String> pages = new ArrayList<>();
        List<String> children = new ArrayList<>();
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, content,
                    url.toURL());
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    children.add(child.getUrl().toString());
                }
            } else if (map instanceof SiteMap siteMap) {
                for (SiteMapURL u : siteMap.getSiteMapUrls()) {
                    pages.add(u.getUrl().toString());
                }
            }
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new Listing(List.of(), List.of());
        }
        return new Listing(pages, children);
    }

}
