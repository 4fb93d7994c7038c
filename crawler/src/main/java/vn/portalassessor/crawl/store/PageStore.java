package vn.portalassessor.crawl.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.portalassessor.crawl.fetch.ContentDecoding;

/**
 * An agency's captured pages, read back from its capture index and WARC files without fetching
 * anything. When a URL was captured more than once (a resumed crawl, a re-check) the latest capture
 * wins. Pages are read on demand and kept. Not thread-safe.
 */
public final class PageStore {

    private final Path evidenceDir;
    private final List<Capture> all;
    private final Map<URI, Capture> latest = new LinkedHashMap<>();
    private final Map<URI, StoredPage> loaded = new LinkedHashMap<>();

    private PageStore(Path evidenceDir, List<Capture> captures) {
        this.evidenceDir = evidenceDir;
        this.all = List.copyOf(captures);
        captures.forEach(c -> latest.put(c.url(), c));
    }

    /**
     * Opens the captures of one agency in a run directory: index at
     * {@code crawl-state/<id>/captures.jsonl}, archives in {@code evidence/<id>/}.
     */
    public static PageStore open(Path runDir, String agencyId) {
        return new PageStore(RunLayout.evidenceDir(runDir, agencyId),
                CaptureIndex.read(RunLayout.captureIndex(runDir, agencyId)));
    }

    /**
     * The captures as they stood at {@code instant}: those fetched at or before it, the latest of them
     * for each URL. Given the end of an agency's crawl, the crawl's own pages without what the
     * evaluation's probes (a search result, C3.22) added afterwards, so that a run and its re-score
     * judge the same pages. A capture without a time is kept.
     */
    public PageStore until(Instant instant) {
        List<Capture> kept = new ArrayList<>();
        for (Capture c : all) {
            if (c.fetchedAt() == null || !c.fetchedAt().isAfter(instant)) {
                kept.add(c);
            }
        }
        return kept.size() == all.size() ? this : new PageStore(evidenceDir, kept);
    }

    /** Every URL asked for, latest capture each, in first-asked order. */
    public List<Capture> captures() {
        return Collections.unmodifiableList(new ArrayList<>(latest.values()));
    }

    /** The latest capture of a canonical URL. */
    public Optional<Capture> capture(URI url) {
        return Optional.ofNullable(latest.get(url));
    }

    /** The page behind a capture that answered, read from the WARC. */
    public Optional<StoredPage> page(URI url) {
        Capture c = latest.get(url);
        if (c == null || !c.answered()) {
            return Optional.empty();
        }
        StoredPage page = loaded.get(url);
        if (page == null) {
            page = new StoredPage(c, readBody(c));
            loaded.put(url, page);
        }
        return Optional.of(page);
    }

    /** Every HTML page that answered 2xx. */
    public List<StoredPage> htmlPages() {
        List<StoredPage> pages = new ArrayList<>();
        for (Capture c : latest.values()) {
            if (c.isHtmlPage()) {
                page(c.url()).ifPresent(pages::add);
            }
        }
        return pages;
    }

    private byte[] readBody(Capture c) {
        Path file = evidenceDir.resolve(c.warcFile());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(c.offset());
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(() -> new IOException("no record at offset " + c.offset()));
                if (!(record instanceof WarcResponse response)) {
                    throw new IOException("the record at offset " + c.offset() + " is a " + record.type() + ", not a response");
                }
                byte[] asSent;
                try (InputStream in = response.http().body().stream()) {
                    asSent = in.readAllBytes();
                }
                // the archive keeps the body as sent; readers get it decoded, within the size it had when fetched
                return ContentDecoding.decode(response.http().headers().first("Content-Encoding").orElse(null), asSent,
                        Math.max(c.length(), ContentDecoding.READ_BACK_CAP)).body();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + c.url() + " back from " + file + " (offset " + c.offset() + ")", e);
        }
    }
}
