package vn.portalassessor.evaluate.result;

import java.util.List;

/**
 * What the crawl of an agency's sites came to.
 *
 * @param pagesFetched responses archived
 * @param errors       failed requests and error answers
 * @param status       OK, PARTIAL, UNREACHABLE, BLOCKED, or NOT_CRAWLED
 * @param notes        limits hit, reasons for UNREACHABLE
 */
public record CrawlInfo(int pagesFetched, int errors, String status, List<String> notes) {

    public CrawlInfo {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
