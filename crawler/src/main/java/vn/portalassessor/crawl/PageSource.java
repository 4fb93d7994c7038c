package vn.portalassessor.crawl;

import java.net.URI;
import java.util.Optional;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * Where the evaluator gets a page it needs beyond the crawl, such as the result page of the site's
 * own search form (C3.22). Live during a run: the page is fetched politely and archived like any
 * other. Replayed when re-scoring a finished run: the page is read back from the archive, so
 * {@code assessor evaluate} never touches the network.
 */
public interface PageSource {

    /** The page at {@code url}, or empty when it cannot be had (no answer, robots, not archived). */
    Optional<StoredPage> page(URI url);

    /** Whether the answer is the live site's (true) or the archive's (false). */
    boolean live();

    /**
     * An axe-core accessibility scan of {@code url} in a headless browser (C3.29): the crawler's live
     * source scans in its own browser; the archive answers with the scan the live run kept. Empty when
     * there is none, no browser, or the scan failed. Only pass pages the crawl was allowed to fetch.
     */
    default Optional<AccessibilityScanner.Report> accessibility(URI url) {
        return Optional.empty();
    }
}
