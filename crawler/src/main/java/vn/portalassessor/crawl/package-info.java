/**
 * Crawling an agency's portal and online-service site politely and archiving what each server
 * answered. The front door is {@link vn.portalassessor.crawl.Crawler}; its configuration is one
 * immutable {@link vn.portalassessor.crawl.CrawlPolicy}. Knows nothing about criteria: what the
 * pages mean is the evaluator's business, which reads them back through
 * {@link vn.portalassessor.crawl.store.PageStore} or asks for more through a
 * {@link vn.portalassessor.crawl.PageSource}.
 */
package vn.portalassessor.crawl;
