package vn.portalassessor.evaluate;

import java.util.List;

/**
 * A check's judgement of one criterion for one agency: its status, the number that feeds the rule
 * (a PRESENCE criterion's share of its sub-items, a count, a ratio), why, and on what evidence.
 *
 * @param status      the verdict
 * @param value       the rule's input, or null when the check has none (NEEDS_REVIEW, UNREACHABLE)
 * @param explanation the reason, in Vietnamese, as the agency will read it
 * @param evidence    the pages it rests on, most telling first
 * @param confidence  0..1, how sure the check is
 */
public record Verdict(Status status, Double value, String explanation, List<Evidence> evidence, double confidence) {

    public Verdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Found in full. */
    public static Verdict met(String explanation, List<Evidence> evidence) {
        return new Verdict(Status.MET, 1.0, explanation, evidence, 0.9);
    }

    /** Found in part: {@code share} of the criterion's points (0..1). */
    public static Verdict partial(double share, String explanation, List<Evidence> evidence) {
        return new Verdict(Status.PARTIAL, share, explanation, evidence, 0.8);
    }

    /** A share of sub-items found: MET at 1, NOT_MET at 0, PARTIAL between. */
    public static Verdict share(double share, String explanation, List<Evidence> evidence) {
        if (share >= 1.0 - 1e-9) {
            return met(explanation, evidence);
        }
        return share <= 1e-9 ? notMet(explanation, evidence) : partial(share, explanation, evidence);
    }

    /** Not found. */
    public static Verdict notMet(String explanation, List<Evidence> evidence) {
        return new Verdict(Status.NOT_MET, 0.0, explanation, evidence, 0.8);
    }

    /**
     * Nothing to measure was found (no published statistics): NOT_MET without a value, so it is not
     * taken for a measured zero when compared with a self-report.
     */
    public static Verdict notFound(String explanation, List<Evidence> evidence) {
        return new Verdict(Status.NOT_MET, null, explanation, evidence, 0.8);
    }

    /** A number for a RATIO, NORMALIZED, CAPPED_COUNT or BANDED rule, judged later against the rule. */
    public static Verdict measured(double value, String explanation, List<Evidence> evidence) {
        return new Verdict(value > 0 ? Status.MET : Status.NOT_MET, value, explanation, evidence, 0.8);
    }

    /** The tool cannot decide; a person must. */
    public static Verdict needsReview(String explanation, List<Evidence> evidence) {
        return new Verdict(Status.NEEDS_REVIEW, null, explanation, evidence, 0.0);
    }

    /** The site could not be assessed. */
    public static Verdict unreachable(String explanation) {
        return new Verdict(Status.UNREACHABLE, null, explanation, List.of(), 1.0);
    }
}
