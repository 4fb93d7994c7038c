package vn.portalassessor.crawl.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import vn.portalassessor.crawl.fetch.PageDecoder;

/**
 * A captured response with its body, read back from the evidence archive. The parsed document is
 * built on first use and kept. Not thread-safe.
 */
public final class StoredPage {

    private final Capture capture;
    private final byte[] body;
    private Document document;

    public StoredPage(Capture capture, byte[] body) {
        this.capture = capture;
        this.body = body;
    }

    public Capture capture() {
        return capture;
    }

    public URI url() {
        return capture.url();
    }

    /** The body as the server sent it (cut at the size cap). */
    public byte[] body() {
        return body.clone();
    }

    /** The body as text, UTF-8, for non-HTML text such as robots.txt or sitemap.xml. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The page parsed as HTML, charset chosen by header, byte-order mark and meta. */
    public Document document() {
        if (document == null) {
            document = PageDecoder.parse(body, capture.contentType(), capture.url().toString());
        }
        return document;
    }
}
