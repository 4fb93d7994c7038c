package vn.portalassessor.crawl.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a busy server (429 Too Many Requests, 503 Service Unavailable) asks us to wait before
 * asking again: its {@code Retry-After} header in seconds or as an HTTP date (RFC 9110 §10.2.3),
 * else an exponential back-off of 1, 2, 4... seconds. The crawler caps the wait; a server asking
 * for more is recorded as busy rather than waited for. Stateless.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the server asked for, or empty when it sent no (readable) Retry-After. */
    public static Optional<Duration> requested(FetchedResponse r, Instant now) {
        Optional<String> header = r.header("Retry-After").map(String::trim);
        if (header.isEmpty() || header.get().isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofDays(1)); // absurdly large: over any cap
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The wait before retry number {@code attempt} (0-based): Retry-After, else 2^attempt seconds. */
    public static Duration wait(FetchedResponse r, int attempt, Instant now) {
        return requested(r, now).orElse(Duration.ofSeconds(1L << Math.min(attempt, 10)));
    }
}
