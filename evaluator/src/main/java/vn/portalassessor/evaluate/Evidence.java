package vn.portalassessor.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a verdict rests on: a page, the text that matched, where in the page (so the screenshot can
 * outline it) and the archive record an agency can ask to see.
 *
 * @param url          the page's URL
 * @param fetchedAt    when it was fetched
 * @param warcRecordId the WARC response record, e.g. {@code <urn:uuid:...>}
 * @param screenshot   the screenshot's path in the run directory, or null when none was taken
 * @param snippet      the matched text, shortened
 * @param selector     a CSS selector of the matched element, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String url, Instant fetchedAt, String warcRecordId, String screenshot, String snippet,
                       String selector) {

    /** The same evidence with a screenshot attached. */
    public Evidence withScreenshot(String path) {
        return new Evidence(url, fetchedAt, warcRecordId, path, snippet, selector);
    }
}
