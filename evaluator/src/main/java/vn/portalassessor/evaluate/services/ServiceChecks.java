package vn.portalassessor.evaluate.services;

/** Wording the category-4 checks share. Stateless. */
final class ServiceChecks {

    private ServiceChecks() {
    }

    /** The survey's notes (sampling, script paging) as a sentence to append, or nothing. */
    static String notes(ServiceSurvey survey) {
        return survey.notes().isEmpty() ? "" : ". Lưu ý: " + String.join("; ", survey.notes());
    }
}
