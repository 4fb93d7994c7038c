package vn.portalassessor.report.html;

import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * Which results rest on no data at all: a criterion the agency was expected to self-report and did
 * not ({@code source SELF_REPORTED}, reason "Không có số liệu…"). Such a result is scored 0 by the
 * evaluator, so a report must say "thiếu số liệu" next to it rather than let 0/180 and "Trung bình"
 * read as a judgement. Stateless.
 */
final class MissingSelfReports {

    /** How the evaluator opens the reason of a criterion without any self-reported figure. */
    static final String NO_DATA = "Không có số liệu";

    private MissingSelfReports() {
    }

    /** Whether this result has no self-reported figure behind it. */
    static boolean missing(CriterionResult r) {
        return r.source() == Source.SELF_REPORTED && r.explanation() != null && r.explanation().startsWith(NO_DATA);
    }

    /** How many of the category's criteria have no self-reported figure. */
    static int count(CategoryResult c) {
        return (int) c.criteria().stream().filter(MissingSelfReports::missing).count();
    }

    /** Whether no criterion of the category that can be scored has any figure (everything scored is missing). */
    static boolean nothingReported(CategoryResult c) {
        long scored = c.criteria().stream().filter(r -> r.status() != vn.portalassessor.evaluate.Status.NOT_APPLICABLE).count();
        return scored > 0 && count(c) == scored;
    }

    /** "thiếu 3 số liệu tự báo cáo", or empty when nothing is missing. */
    static String text(int missing) {
        return missing == 0 ? "" : "thiếu " + missing + " số liệu tự báo cáo";
    }
}
