package vn.portalassessor.crawl.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A busy server's Retry-After, in seconds or as an HTTP date, else exponential back-off (issue 4). */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2016-12-28T03:15:00Z");

    private static FetchedResponse busy(String retryAfter) {
        List<Map.Entry<String, String>> headers = retryAfter.isEmpty() ? List.of() : List.of(Map.entry("Retry-After", retryAfter));
        return new FetchedResponse(URI.create("https://dichvucong.stp.gov.vn/"), NOW, 503, "Service Unavailable", "HTTP/1.1",
                headers, List.of(), "Hệ thống đang bảo trì".getBytes(java.nio.charset.StandardCharsets.UTF_8), false, "", "");
    }

    @ParameterizedTest(name = "Retry-After \"{0}\", attempt {1} → {2} s")
    @CsvSource(delimiter = '|', value = {
            "120                           | 0 | 120",
            "Wed, 28 Dec 2016 03:16:30 GMT | 0 | 90",
            "Wed, 28 Dec 2016 03:00:00 GMT | 0 | 0",
            "''                            | 0 | 1",
            "''                            | 2 | 4",
            "ngày mai                      | 1 | 2",
    })
    void waitIsWhatTheServerAskedElseBackOff(String header, int attempt, long seconds) {
        assertThat(RetryAfter.wait(busy(header.strip()), attempt, NOW)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
