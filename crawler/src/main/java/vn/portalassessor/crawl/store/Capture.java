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
 * @param length        body bytes kept, decoded from any Content-Encoding
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

    /**
     * The kind of document this is (pdf, doc, docx, xls, xlsx, odt, ods, rtf), from its Content-Type
     * or, for a generic type, its URL's extension; empty for pages and failures. Documents are
     * archived with their type and size, not parsed.
     */
    public java.util.Optional<String> documentType() {
        if (!answered() || status < 200 || status >= 300) {
            return java.util.Optional.empty();
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("pdf")) {
            return java.util.Optional.of("pdf");
        }
        if (type.contains("msword")) {
            return java.util.Optional.of("doc");
        }
        if (type.contains("wordprocessingml")) {
            return java.util.Optional.of("docx");
        }
        if (type.contains("ms-excel")) {
            return java.util.Optional.of("xls");
        }
        if (type.contains("spreadsheetml")) {
            return java.util.Optional.of("xlsx");
        }
        if (type.contains("opendocument.text")) {
            return java.util.Optional.of("odt");
        }
        if (type.contains("opendocument.spreadsheet")) {
            return java.util.Optional.of("ods");
        }
        if (type.contains("rtf")) {
            return java.util.Optional.of("rtf");
        }
        if (type.isEmpty() || type.startsWith("application/octet-stream") || type.startsWith("application/force-download")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|odt|ods|rtf)$")
                    .matcher(url.getRawPath() == null ? "" : url.getRawPath());
            if (m.find()) {
                return java.util.Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return java.util.Optional.empty();
    }
}
