/**
 * Judging each agency's criteria on the crawled evidence and its self-reports. The front door is
 * {@link vn.portalassessor.evaluate.Evaluator}; each crawler check is a small {@link
 * vn.portalassessor.evaluate.Check} named in the methodology file, returning a {@link
 * vn.portalassessor.evaluate.Verdict} that carries its reason (in Vietnamese) and its evidence.
 * Never fetches except through the crawler's {@link vn.portalassessor.crawl.PageSource}.
 */
package vn.portalassessor.evaluate;
