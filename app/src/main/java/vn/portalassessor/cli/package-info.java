/**
 * The {@code assessor} command line: one picocli class per sub-command, options read once here and
 * turned into a {@link vn.portalassessor.crawl.CrawlPolicy}, a methodology and input files, then
 * handed to the crawler, evaluator and reports. Exit codes: 0 success, 1 failed run, 2 bad
 * arguments or input.
 */
package vn.portalassessor.cli;
