package vn.portalassessor.crawl;

import java.net.URI;
import java.util.List;

/**
 * What one agency's crawl covers: its seeds (the portal's home page and, when known, the online-
 * service site) and the hosts it may stay on. Evidence for the agency goes into its own folder.
 *
 * <p>An agency's online-service site often sits on another host and is only linked from the
 * portal's menu. {@code followLinksNamed} lists link texts ("Dịch vụ công trực tuyến") whose targets
 * on another host join the crawl's scope when found within one click of a seed; the crawler does not
 * know what they mean, only that it is told to follow them.
 *
 * @param id               the agency id, which names its evidence folder
 * @param seeds            where the crawl starts; every seed's host is in scope
 * @param followLinksNamed link texts or host words that put another host in scope (matched case-
 *                         and accent-insensitively on whole words; an image link by its alt text or
 *                         file name); a name written "!name" is a site never to follow
 *                         ({@link NamedSiteLinks})
 */
public record CrawlTarget(String id, List<URI> seeds, List<String> followLinksNamed) {

    public CrawlTarget {
        seeds = List.copyOf(seeds);
        followLinksNamed = followLinksNamed == null ? List.of() : List.copyOf(followLinksNamed);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("crawl target " + id + " has no seed URL");
        }
    }
}
