/**
 * The crawler's benchmark: a generated corpus of Vietnamese-portal-like sites served on loopback,
 * crawled by the crawler and by a plain HttpClient 5 fetch-and-parse loop in child JVMs, with
 * pages/s and resident memory printed. Run by hand, never by the test suite.
 */
package vn.portalassessor.bench;
