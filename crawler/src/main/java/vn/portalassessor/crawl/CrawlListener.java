package vn.portalassessor.crawl;

import java.net.URI;

/**
 * Told of a crawl's progress, for progress bars and logs. Called from crawl threads: implementations
 * must be thread-safe and quick.
 */
public interface CrawlListener {

    /** A listener that ignores everything. */
    CrawlListener NONE = new CrawlListener() {
    };

    /** An agency's crawl began. */
    default void started(CrawlTarget target) {
    }

    /** A page was archived; {@code fetched} counts this agency's pages so far. */
    default void fetched(CrawlTarget target, URI url, int status, int fetched, int limit) {
    }

    /**
     * An agency's crawl ended: its archive is closed and its summary written, so it may be read (and
     * evaluated) while other agencies are still crawled. Told for every agency, also one whose crawl
     * could not run.
     */
    default void finished(CrawlTarget target, CrawlSummary summary) {
    }
}
