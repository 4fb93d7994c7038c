package vn.portalassessor.crawl.sitemap;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the page URLs (and, for a sitemap index, the child sitemaps) listed by one sitemap file,
 * streaming and bounded: at most {@value #MAX_URLS_PER_FILE} URLs and {@value #MAX_UNCOMPRESSED_BYTES}
 * bytes of uncompressed XML per file (the sitemaps.org protocol's own limits), and never more page
 * URLs than the caller can still fetch. A gzipped sitemap of a million URLs is read only as far as
 * needed, so it costs the crawl what the kept URLs cost, not what the file holds. Reads the XML
 * sitemap and sitemap-index formats ({@code <loc>}) and plain-text sitemaps (one URL a line).
 * Lenient: a portal's sitemap that lists URLs of another host is still read (the crawl's scope
 * decides what is fetched), and a malformed file yields what was read before the fault. Never
 * throws for the file's content. External entities and DTDs are not processed.
 */
public final class SitemapReader {

    /** URLs one sitemap file may list (sitemaps.org). */
    public static final int MAX_URLS_PER_FILE = 50_000;
    /** Uncompressed bytes one sitemap file may hold (sitemaps.org): 50 MB. */
    public static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;

    /**
     * What one sitemap file lists.
     *
     * @param pages         page URLs, in file order, at most the limit asked for
     * @param childSitemaps sitemaps listed by a sitemap index, at most {@link #MAX_URLS_PER_FILE}
     * @param cut           why reading stopped before the end of the file (a limit), empty when it did not
     */
    public record Listing(List<String> pages, List<String> childSitemaps, String cut) {
        public Listing {
            pages = List.copyOf(pages);
            childSitemaps = List.copyOf(childSitemaps);
            cut = cut == null ? "" : cut;
        }
    }

    private static final XMLInputFactory XML = secureFactory();

    private SitemapReader() {
    }

    /** Reads a sitemap's listing within the protocol's limits; empty when the content is not a sitemap. */
    public static Listing read(URI url, byte[] content, String contentType) {
        return read(url, content, contentType, MAX_URLS_PER_FILE);
    }

    /**
     * Reads a sitemap's listing, keeping at most {@code maxPages} page URLs (and never more than
     * {@link #MAX_URLS_PER_FILE}); reading stops as soon as that many are kept.
     */
    public static Listing read(URI url, byte[] content, String contentType, int maxPages) {
        int pageLimit = Math.max(0, Math.min(maxPages, MAX_URLS_PER_FILE));
        BoundedInput in;
        try {
            in = new BoundedInput(gzipped(content) ? new GZIPInputStream(new ByteArrayInputStream(content), 64 * 1024)
                    : new ByteArrayInputStream(content), MAX_UNCOMPRESSED_BYTES);
        } catch (IOException e) {
            return new Listing(List.of(), List.of(), "");
        }
        List<String> pages = new ArrayList<>();
        List<String> children = new ArrayList<>();
        String cut;
        try (in) {
            int first = in.firstNonSpace();
            cut = first == '<' ? readXml(in, pages, children, pageLimit) : readText(in, pages, pageLimit);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            cut = ""; // a malformed or cut file: what was read is kept
        }
        if (in.exceeded()) {
            cut = "tệp sơ đồ trang quá " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB khi giải nén, chỉ đọc phần đầu";
        }
        return new Listing(pages, children, cut);
    }

    private static String readXml(InputStream in, List<String> pages, List<String> children, int pageLimit)
            throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            String parent = null;
            StringBuilder loc = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (name.equals("url") || name.equals("sitemap")) {
                        parent = name;
                    } else if (name.equals("loc") && parent != null) {
                        loc = new StringBuilder();
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && loc != null) {
                    if (loc.length() < 4096) {
                        loc.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (name.equals("loc") && loc != null) {
                        String value = loc.toString().strip();
                        loc = null;
                        if (value.isEmpty()) {
                            continue;
                        }
                        if ("sitemap".equals(parent)) {
                            if (children.size() >= MAX_URLS_PER_FILE) {
                                return "chỉ mục sơ đồ trang liệt kê hơn " + MAX_URLS_PER_FILE + " tệp, chỉ đọc "
                                        + MAX_URLS_PER_FILE;
                            }
                            children.add(value);
                        } else {
                            if (pages.size() >= pageLimit) {
                                return cutNote(pageLimit);
                            }
                            pages.add(value);
                        }
                    } else if (name.equals("url") || name.equals("sitemap")) {
                        parent = null;
                    }
                }
            }
            return "";
        } finally {
            xml.close();
        }
    }

    private static String readText(InputStream in, List<String> pages, int pageLimit) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            String value = line.strip();
            if (!value.startsWith("http://") && !value.startsWith("https://")) {
                continue;
            }
            if (pages.size() >= pageLimit) {
                return cutNote(pageLimit);
            }
            pages.add(value);
        }
        return "";
    }

    private static String cutNote(int pageLimit) {
        return pageLimit >= MAX_URLS_PER_FILE
                ? "sơ đồ trang liệt kê hơn " + MAX_URLS_PER_FILE + " URL (giới hạn của giao thức sitemaps.org), chỉ đọc "
                        + MAX_URLS_PER_FILE
                : "sơ đồ trang liệt kê nhiều URL hơn số trang còn được thu thập, chỉ lấy " + pageLimit + " URL đầu";
    }

    private static boolean gzipped(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** A stream that ends (and says so) after a number of bytes. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private final long limit;
        private long read;
        private boolean exceeded;
        private int pushedBack = -1;

        BoundedInput(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        /** Skips leading white space (and a UTF-8 byte-order mark) and returns the first other byte, kept for reading. */
        int firstNonSpace() throws IOException {
            int b;
            do {
                b = read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            pushedBack = b;
            return b;
        }

        @Override
        public int read() throws IOException {
            if (pushedBack >= 0) {
                int b = pushedBack;
                pushedBack = -1;
                return b;
            }
            if (read >= limit) {
                return atLimit();
            }
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pushedBack >= 0) {
                buf[off] = (byte) pushedBack;
                pushedBack = -1;
                return 1;
            }
            if (read >= limit) {
                return atLimit();
            }
            int n = in.read(buf, off, (int) Math.min(len, limit - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        private int atLimit() throws IOException {
            exceeded |= in.read() >= 0; // only a file longer than the limit is cut
            return -1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
