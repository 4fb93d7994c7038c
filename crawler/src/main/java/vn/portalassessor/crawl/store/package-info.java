/**
 * Captured pages read back: the per-agency index of what was fetched (one JSON line per request, written
 * as the crawl goes so a killed crawl can resume) and the pages' bytes from the WARC evidence. This is
 * the evaluator's only way to see a page.
 */
package vn.portalassessor.crawl.store;
