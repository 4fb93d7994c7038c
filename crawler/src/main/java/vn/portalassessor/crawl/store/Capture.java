package vn.portalassessor.crawl.store;

import java.net.URI;
import java.time.Instant;

/**
 * One line of an agency's capture index: a URL the crawl asked for and what came of it.
 *
 * @param url           the canonical URL asked for
 * @param depth         links followed from a seed to reach it
 * @param fetchedAt     when it was asked for
 * @param status        the HTTP status, or 0 when there was no answer
 * @param contentType   the Content-Type header, or empty
 * @param length        body bytes kept
 * @param truncated     whether the body was cut at the size cap
 * @param location      a redirect's target, or empty
 * @param warcFile      the WARC file holding the response, or empty when there was no answer
 * @param offset        the response record's offset in that file
 * @param recordId      the response record's id, or empty
 * @param remoteAddress the IP the answer came from, or empty
 * @param failure       why there was no answer ({@code TIMEOUT}, {@code DNS}...), or empty
 * @param detail        the failure's detail or a note (robots refusal), or empty
 */
public record Capture(URI url, int depth, Instant fetchedAt, int status, String contentType, long length,
                      boolean truncated, String location, String warcFile, long offset, String recordId,
                      String remoteAddress, String failure, String detail) {

    public Capture {
        contentType = contentType == null ? "" : contentType;
        location = location == null ? "" : location;
        warcFile = warcFile == null ? "" : warcFile;
        recordId = recordId == null ? "" : recordId;
        remoteAddress = remoteAddress == null ? "" : remoteAddress;
        failure = failure == null ? "" : failure;
        detail = detail == null ? "" : detail;
    }

    /** Whether the server answered (any status). */
    public boolean answered() {
        return status > 0 && !warcFile.isEmpty();
    }

    /** Whether this is an HTML page that answered 2xx. */
    public boolean isHtmlPage() {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return status >= 200 && status < 300 && (type.startsWith("text/html") || type.startsWith("application/xhtml"));
    }
}
