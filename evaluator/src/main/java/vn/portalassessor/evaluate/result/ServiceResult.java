package vn.portalassessor.evaluate.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One online public service as the assessor found it: the level its page declares, the level that
 * really works for a citizen, and why. A row of the agency's service table (results.json
 * {@code agencies[].services}, {@code services.csv}, the agency page).
 *
 * @param name          the service's name as its page or catalogue gives it
 * @param url           its page
 * @param declaredLevel the level the page (or the catalogue) declares, 1..4, or null when none is written
 * @param detectedLevel the level that works: 1 information, 2 + a form that downloads, 3 + online
 *                      submission that answers, 4 + online payment that answers
 * @param discrepancy   whether a declared level differs from the detected one
 * @param missingFields the level-1 information fields the page lacks, in the methodology's words
 * @param evidenceUrls  the pages and files the level rests on: the service page, forms, submission
 *                      and payment pages
 * @param reason        why this level, in Vietnamese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceResult(String name, String url, Integer declaredLevel, int detectedLevel, boolean discrepancy,
                            List<String> missingFields, List<String> evidenceUrls, String reason) {

    public ServiceResult {
        missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
        evidenceUrls = evidenceUrls == null ? List.of() : List.copyOf(evidenceUrls);
    }
}
