/**
 * robots.txt per RFC 9309, parsed by crawler-commons for our user agent, fetched once per host and
 * kept for the crawl: which paths we may fetch, the host's Crawl-delay, its Sitemap lines.
 */
package vn.portalassessor.crawl.robots;
