package vn.portalassessor.evaluate.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portalassessor.evaluate.Evidence;

/** Wording the category-4 checks share. Stateless. */
final class ServiceChecks {

    /** Evidence entries a category-4 verdict carries at most (each may be screenshotted). */
    static final int MAX_EVIDENCE = 10;

    private ServiceChecks() {
    }

    /** The first {@link #MAX_EVIDENCE} pieces of evidence, one per page. */
    static List<Evidence> capped(List<Evidence> evidence) {
        Map<String, Evidence> byUrl = new LinkedHashMap<>();
        evidence.forEach(e -> byUrl.putIfAbsent(e.url(), e));
        return byUrl.values().stream().limit(MAX_EVIDENCE).toList();
    }

    /** The survey's notes (sampling, script paging) as a sentence to append, or nothing. */
    static String notes(ServiceSurvey survey) {
        return survey.notes().isEmpty() ? "" : ". Lưu ý: " + String.join("; ", survey.notes());
    }
}
