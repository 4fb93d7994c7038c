package vn.portalassessor.crawl;

/**
 * How an agency's crawl ended. Only {@code OK} and {@code PARTIAL} mean its pages can be judged;
 * the evaluator turns the other two into UNREACHABLE, never into NOT_MET.
 */
public enum SiteStatus {
    /** The crawl finished within its limits. */
    OK,
    /** A limit (pages, wall time) stopped the crawl: what was fetched is judged, with that caveat. */
    PARTIAL,
    /** The portal did not answer: DNS, refused connection, timeout, or an address we refuse. */
    UNREACHABLE,
    /** The portal answered with a bot challenge or a 403 wall instead of its pages. */
    BLOCKED
}
