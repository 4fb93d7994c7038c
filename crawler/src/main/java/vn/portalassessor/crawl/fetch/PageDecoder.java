package vn.portalassessor.crawl.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a page's bytes into a parsed document, choosing the charset as browsers do: a byte-order
 * mark first, then a declaration (the Content-Type header, else a {@code <meta>} in the first 1024
 * bytes) when it names a charset the JVM knows and that is safe, else UTF-8 when the bytes decode
 * cleanly as UTF-8, else {@code windows-1258} (the legacy Vietnamese code page). UTF-7 is never
 * used (browsers refuse it: it lets markup hide in plain ASCII), and a {@code <meta>} naming UTF-16
 * means UTF-8, as the HTML standard says. Bad bytes become replacement characters, never an
 * exception. {@link #charsetOf} says which was chosen and why, so the crawl can note a fallback.
 */
public final class PageDecoder {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"'>/]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?([^\\s;\"'>/]*)",
            Pattern.CASE_INSENSITIVE);
    private static final int META_PRESCAN_BYTES = 1024;
    private static final Charset LEGACY_VIETNAMESE = Charset.forName("windows-1258");

    /**
     * The charset a page is decoded with.
     *
     * @param charset  the charset used
     * @param fallback why the declared charset was not used (empty when it was, or none was declared
     *                 and the bytes were clean UTF-8 or had a byte-order mark)
     */
    public record Choice(Charset charset, String fallback) {
    }

    private PageDecoder() {
    }

    /** Parses an HTML body; {@code contentType} is the header value or null. */
    public static Document parse(byte[] body, String contentType, String baseUri) {
        Choice choice = charsetOf(body, contentType);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), choice.charset().name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
    }

    /** The charset an HTML body is decoded with, and the fallback taken if any. */
    public static Choice charsetOf(byte[] body, String contentType) {
        Optional<Charset> bom = bomCharset(body);
        if (bom.isPresent()) {
            return new Choice(bom.get(), "");
        }
        Optional<String> header = declared(CHARSET, contentType);
        String meta = null;
        if (header.isEmpty()) {
            String head = new String(body, 0, Math.min(body.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            meta = declared(META, head).orElse(null);
        }
        String name = header.orElse(meta);
        String rejected = "";
        if (name != null) {
            Optional<Charset> known = safe(name, meta != null);
            if (known.isPresent()) {
                return new Choice(known.get(), "");
            }
            rejected = "bảng mã khai báo \"" + printable(name) + "\" không dùng được";
        }
        Charset fallback = cleanUtf8(body) ? StandardCharsets.UTF_8 : LEGACY_VIETNAMESE;
        return new Choice(fallback, rejected.isEmpty() ? "" : rejected + ", đọc bằng " + fallback.name());
    }

    /** The charset named by a Content-Type header, when the JVM knows it and it is safe. */
    public static Optional<String> headerCharset(String contentType) {
        return declared(CHARSET, contentType).flatMap(n -> safe(n, false)).map(Charset::name);
    }

    /** The media type of a Content-Type header without parameters, lower case. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> declared(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static Optional<Charset> safe(String name, boolean fromMeta) {
        Charset charset;
        try {
            if (name.isEmpty() || !Charset.isSupported(name)) {
                return Optional.empty();
            }
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
        String canonical = charset.name().toLowerCase(Locale.ROOT);
        if (canonical.startsWith("utf-7") || canonical.contains("utf7")) {
            return Optional.empty();
        }
        if (fromMeta && (canonical.startsWith("utf-16") || canonical.startsWith("utf-32"))) {
            return Optional.of(StandardCharsets.UTF_8); // a meta read as ASCII cannot be in UTF-16
        }
        return Optional.of(charset);
    }

    /** Whether the bytes are UTF-8 without an error (a sequence cut by the size cap at the end is allowed). */
    static boolean cleanUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, false);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return in.remaining() < 4;
            }
            out.clear();
        }
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static String printable(String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().limit(40).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append(Character.toChars(c));
            }
        });
        return s.toString();
    }
}
