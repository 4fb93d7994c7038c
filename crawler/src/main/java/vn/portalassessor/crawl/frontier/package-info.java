/**
 * What to fetch next and when: the per-host politeness clock shared by every agency's crawl.
 */
package vn.portalassessor.crawl.frontier;
