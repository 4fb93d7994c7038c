/**
 * Fetching one URL over HTTP(S) with HttpClient 5 async: size caps, timeouts, the address guard on
 * every resolved IP, no automatic redirects (the crawler follows them so each hop is checked and
 * archived), and decoding of page text by header, byte-order mark and meta charset.
 */
package vn.portalassessor.crawl.fetch;
