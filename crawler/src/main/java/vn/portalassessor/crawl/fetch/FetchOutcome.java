package vn.portalassessor.crawl.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * What came of asking for one URL: a response (of any status) or a failure. A portal's failure is
 * an outcome, never an exception: the crawler records it and the evaluator reports UNREACHABLE.
 */
public sealed interface FetchOutcome permits FetchedResponse, FetchFailure {

    /** The URL asked for. */
    URI url();

    /** When the request was sent. */
    Instant fetchedAt();
}
