package vn.portalassessor.crawl.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer as the server sent it: status, headers in order, and the body up to the policy's
 * size cap. A body the server content-encoded (gzip, deflate) is held both ways: {@link #body()}
 * decoded, for reading, and {@link #wireBody()} as sent, for the archive.
 *
 * @param url            the URL asked for
 * @param fetchedAt      when the request was sent
 * @param status         HTTP status code
 * @param reason         the status line's reason phrase, possibly empty
 * @param protocol       e.g. {@code HTTP/1.1}
 * @param headers        response headers in the order received (name, value)
 * @param requestHeaders the request headers we sent, for the WARC request record
 * @param body           the body bytes, decoded from any Content-Encoding, cut at the size cap
 * @param truncated      whether the body was cut
 * @param remoteAddress  the IP address answered from, or empty when unknown
 * @param tlsProblem     why the server's certificate was not trusted (expired, self-signed, wrong
 *                       name), the page having been fetched without verification; empty when none
 * @param wireBody       the body bytes as sent (still content-encoded), cut at the size cap; the same
 *                       as {@code body} when the server did not encode it
 * @param tlsProtocol    the TLS version negotiated ({@code TLSv1.3}, {@code TLSv1}...), empty over plain HTTP
 */
public record FetchedResponse(URI url, Instant fetchedAt, int status, String reason, String protocol,
                              List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> requestHeaders,
                              byte[] body, boolean truncated, String remoteAddress, String tlsProblem,
                              byte[] wireBody, String tlsProtocol) implements FetchOutcome {

    public FetchedResponse {
        headers = List.copyOf(headers);
        requestHeaders = List.copyOf(requestHeaders);
        tlsProblem = tlsProblem == null ? "" : tlsProblem;
        wireBody = wireBody == null ? body : wireBody;
        tlsProtocol = tlsProtocol == null ? "" : tlsProtocol;
    }

    /** An answer whose body was not content-encoded: sent and read alike. */
    public FetchedResponse(URI url, Instant fetchedAt, int status, String reason, String protocol,
                           List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> requestHeaders,
                           byte[] body, boolean truncated, String remoteAddress, String tlsProblem) {
        this(url, fetchedAt, status, reason, protocol, headers, requestHeaders, body, truncated, remoteAddress,
                tlsProblem, body, "");
    }

    /** The same answer, noting that its certificate was not trusted. */
    public FetchedResponse withTlsProblem(String problem) {
        return new FetchedResponse(url, fetchedAt, status, reason, protocol, headers, requestHeaders, body, truncated,
                remoteAddress, problem, wireBody, tlsProtocol);
    }

    /** Whether the status asks the client to come back later (429, 503). */
    public boolean isBusy() {
        return status == 429 || status == 503;
    }

    /** The first header with this name (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The media type without parameters, lower case; empty when the server sent none. */
    public String mediaType() {
        return header("Content-Type").map(PageDecoder::mediaType).orElse("");
    }

    /** Whether the body is an HTML page. */
    public boolean isHtml() {
        String type = mediaType();
        return type.equals("text/html") || type.equals("application/xhtml+xml")
                || type.isEmpty() && new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).contains("<html");
    }

    /** Whether the status is a redirect with a Location. */
    public boolean isRedirect() {
        return status >= 300 && status < 400 && header("Location").isPresent();
    }
}
