package vn.portalassessor.crawl.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * A request that got no HTTP answer.
 *
 * @param url       the URL asked for
 * @param fetchedAt when it was tried
 * @param kind      what went wrong
 * @param message   the detail, for logs and reports
 */
public record FetchFailure(URI url, Instant fetchedAt, Kind kind, String message) implements FetchOutcome {

    /** Why there was no answer. */
    public enum Kind {
        /** The host name does not resolve. */
        DNS,
        /** The connection was refused or reset. */
        REFUSED,
        /** No connection or no answer in time. */
        TIMEOUT,
        /** The TLS handshake failed. */
        TLS,
        /** The host resolves to a loopback, private, link-local or multicast address and those are not allowed. */
        ADDRESS_REFUSED,
        /** Anything else (a protocol error, a malformed answer). */
        ERROR
    }
}
