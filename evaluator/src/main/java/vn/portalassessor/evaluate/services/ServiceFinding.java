package vn.portalassessor.evaluate.services;

import java.util.List;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.result.ServiceResult;

/**
 * What the survey found for one service: its page, the level it declares, the level-1 fields present,
 * and whether its form, online submission and payment work, hence its detected level.
 *
 * @param page          the service's page
 * @param name          its name
 * @param declaredLevel the level declared on the page or in the catalogue, or null
 * @param fieldsPresent level-1 fields whose label the page shows
 * @param fieldsMissing the others
 * @param formOffered   whether the page links a form at all
 * @param formWorks     whether one of its form links really downloads
 * @param submitWorks   whether its online submission answers with a way in
 * @param paymentWorks  whether its online payment answers with a way to pay
 * @param detectedLevel the level that works, 1..4
 * @param reason        why, in Vietnamese
 * @param evidence      the service page first, then forms, submission and payment pages
 */
record ServiceFinding(StoredPage page, String name, Integer declaredLevel, List<String> fieldsPresent,
                      List<String> fieldsMissing, boolean formOffered, boolean formWorks, boolean submitWorks,
                      boolean paymentWorks, int detectedLevel, String reason, List<Evidence> evidence) {

    ServiceFinding {
        fieldsPresent = List.copyOf(fieldsPresent);
        fieldsMissing = List.copyOf(fieldsMissing);
        evidence = List.copyOf(evidence);
    }

    /** Whether a declared level differs from what works. */
    boolean discrepancy() {
        return declaredLevel != null && declaredLevel != detectedLevel;
    }

    /** The row of the agency's service table. */
    ServiceResult result() {
        return new ServiceResult(name, page.url().toString(), declaredLevel, detectedLevel, discrepancy(), fieldsMissing,
                evidence.stream().map(Evidence::url).distinct().toList(), reason);
    }
}
