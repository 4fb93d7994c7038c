package vn.portalassessor.evaluate;

import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.criteria.Agency;

/**
 * Opens the {@link PageSource} an agency's checks may ask for extra pages through: live during a run,
 * the archive when re-scoring. A source that is {@link java.io.Closeable} is closed when the agency's
 * checks are done.
 */
@FunctionalInterface
public interface Probes {

    PageSource open(Agency agency);
}
