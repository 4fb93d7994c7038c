package vn.portalassessor.crawl.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP {@code Content-Encoding} (gzip, deflate) on a body kept as the server sent it, with
 * a cap on the decoded size so a compression bomb costs at most the cap. The archive keeps the bytes
 * as sent; the crawl and the evaluator read the decoded ones through this class. A coding we do not
 * ask for or cannot undo (br, compress, a corrupt stream) leaves the bytes as they are, or as far as
 * they decoded.
 */
public final class ContentDecoding {

    /** What decoding gave. */
    public record Decoded(byte[] body, boolean truncated) {
    }

    /**
     * The least a content-encoded body may decode to when read back from the archive: the crawl's
     * default size cap (a larger cap recorded its decoded size in the capture index).
     */
    public static final long READ_BACK_CAP = 5L * 1024 * 1024;

    /** The codings we announce in {@code Accept-Encoding} and can undo. */
    public static final String ACCEPTED = "gzip, deflate";

    private ContentDecoding() {
    }

    /**
     * Decodes {@code raw} per {@code contentEncoding} (null or empty for none), keeping at most
     * {@code maxBytes} decoded bytes.
     */
    public static Decoded decode(String contentEncoding, byte[] raw, long maxBytes) {
        String coding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (coding.isEmpty() || coding.equals("identity") || raw.length == 0) {
            return new Decoded(raw, false);
        }
        try {
            InputStream in;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                in = new GZIPInputStream(new ByteArrayInputStream(raw), 16 * 1024);
            } else if (coding.equals("deflate")) {
                // "deflate" is zlib-wrapped by the standard, raw deflate by some servers
                boolean zlib = raw.length >= 2 && (raw[0] & 0x0F) == 8 && ((raw[0] & 0xFF) << 8 | raw[1] & 0xFF) % 31 == 0;
                in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!zlib), 16 * 1024);
            } else {
                return new Decoded(raw, false);
            }
            return readCapped(in, maxBytes);
        } catch (IOException e) {
            return new Decoded(raw, false);
        }
    }

    private static Decoded readCapped(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                long room = maxBytes - out.size();
                if (n > room) {
                    out.write(buf, 0, (int) room);
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // a stream cut by the size cap, or corrupt past some point: what decoded is kept
        }
        return new Decoded(out.toByteArray(), false);
    }
}
