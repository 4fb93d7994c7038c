package vn.portalassessor.crawl;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one agency's crawl as reports and results.json show it.
 *
 * @param id           the agency id
 * @param status       how the crawl ended
 * @param pagesFetched responses archived (any status)
 * @param errors       requests that failed (network errors, 4xx/5xx answers)
 * @param notes        what a reader must know: limits hit, robots refusals, the reason for UNREACHABLE
 * @param started      when the crawl began
 * @param finished     when it ended
 */
public record CrawlSummary(String id, SiteStatus status, int pagesFetched, int errors, List<String> notes,
                           Instant started, Instant finished) {

    public CrawlSummary {
        notes = List.copyOf(notes);
    }
}
