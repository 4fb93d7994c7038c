package vn.portalassessor.crawl;

import java.net.URI;
import java.util.Optional;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * Answers from an agency's archive only: what the crawl (or an earlier probe) captured. Not thread-safe.
 */
public final class ArchivedPageSource implements PageSource {

    private final PageStore store;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    public ArchivedPageSource(PageStore store) {
        this.store = store;
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
