package vn.portalassessor.crawl.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a page's bytes into a parsed document, choosing the charset as browsers do: a byte-order
 * mark first, then the Content-Type header, then a {@code <meta>} declaration, else UTF-8. Legacy
 * Vietnamese declarations such as {@code windows-1258} are decoded; unknown charset names fall back
 * to detection; bad bytes become replacement characters, never an exception.
 */
public final class PageDecoder {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    /** Parses an HTML body; {@code contentType} is the header value or null. */
    public static Document parse(byte[] body, String contentType, String baseUri) {
        String charset = hasBom(body) ? null : headerCharset(contentType).orElse(null);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
    }

    /** The charset named by a Content-Type header, when the JVM knows it. */
    public static Optional<String> headerCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).trim();
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name).name()) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /** The media type of a Content-Type header without parameters, lower case. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}
