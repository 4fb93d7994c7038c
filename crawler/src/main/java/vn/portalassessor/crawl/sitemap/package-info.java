/**
 * XML sitemaps (robots.txt {@code Sitemap:} lines and {@code /sitemap.xml}) read with crawler-commons'
 * lenient parser, used as crawl seeds.
 */
package vn.portalassessor.crawl.sitemap;
