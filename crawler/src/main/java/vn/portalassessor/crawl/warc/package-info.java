/**
 * The evidence archive: every request/response pair an agency's crawl made, written as WARC/1.1
 * (ISO 28500) with jwarc — payload as the server sent it, block and payload digests, the server's
 * IP address — in gzip files rotated at a size limit. Screenshots join the same files as
 * {@code resource} records so the archive is self-contained.
 */
package vn.portalassessor.crawl.warc;
