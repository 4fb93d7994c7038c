package vn.portalassessor.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * Answers from an agency's archive only: what the crawl (or an earlier probe) captured, and the
 * accessibility scans the live run kept. Not thread-safe.
 */
public final class ArchivedPageSource implements PageSource {

    private final PageStore store;
    private final Map<URI, AccessibilityScanner.Report> scans = new HashMap<>();
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    /** Pages only; accessibility scans answer empty. */
    public ArchivedPageSource(PageStore store) {
        this.store = store;
    }

    /** Pages and the scans kept in {@code scansFile} (see {@link AccessibilityScanner#reportFile}). */
    public ArchivedPageSource(PageStore store, Path scansFile) {
        this(store);
        if (Files.exists(scansFile)) {
            try {
                AccessibilityScanner.load(scansFile).forEach(r -> scans.put(r.url(), r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the kept accessibility scans " + scansFile, e);
            }
        }
    }

    @Override
    public Optional<AccessibilityScanner.Report> accessibility(URI url) {
        return Optional.ofNullable(scans.get(url));
    }

    @Override
    public Optional<StoredPage> page(URI url) {
        return canonicalizer.canonical(url).flatMap(store::page);
    }

    @Override
    public boolean live() {
        return false;
    }
}
