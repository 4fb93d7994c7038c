package vn.portalassessor.agreement;

import java.util.List;
import vn.portalassessor.evaluate.Status;

/**
 * How far a run's verdicts agree with an inspector's labels: what {@code assessor agreement} prints,
 * and, serialised as it is, its {@code --json} output (the component names are the JSON field names;
 * they are kept stable). Agreement is a measurement, not a pass or a fail. Immutable; safe to share.
 *
 * @param run           the results file that was measured
 * @param labels        the label file
 * @param methodology   the run's methodology id and version, e.g. {@code 2016-reconstructed v1}
 * @param labelled      labels read (compared + not in the run)
 * @param compared      labels for which the run has a verdict
 * @param agreed        of those, labels whose status the tool gave exactly
 * @param agreement     agreed ÷ compared, or null when nothing could be compared
 * @param toolAbstained compared labels where the tool gave NEEDS_REVIEW: each is a disagreement
 * @param categories    agreement per category ("3", "4", ...), in id order
 * @param criteria      agreement per criterion, in id order
 * @param kappa         Cohen's kappa over the statuses present
 * @param confusion     inspector's label × tool's status
 * @param counts        the errors of the C4.04/C4.05 service counts
 * @param disagreements every compared label the tool did not match, by criterion then agency
 * @param notInRun      labels for which the run has no verdict (not counted anywhere above)
 */
public record AgreementReport(String run, String labels, String methodology, int labelled, int compared, int agreed,
                              Double agreement, int toolAbstained, List<Share> categories, List<Share> criteria,
                              Kappa kappa, Confusion confusion, CountErrors counts, List<Disagreement> disagreements,
                              List<NotInRun> notInRun) {

    public AgreementReport {
        categories = List.copyOf(categories);
        criteria = List.copyOf(criteria);
        disagreements = List.copyOf(disagreements);
        notInRun = List.copyOf(notInRun);
    }

    /**
     * The agreement of one group of labels (a category or a criterion).
     *
     * @param id        the category id ("3") or criterion id ("C3.18")
     * @param agreed    labels the tool matched
     * @param compared  labels compared
     * @param agreement agreed ÷ compared
     */
    public record Share(String id, int agreed, int compared, double agreement) {

        static Share of(String id, int agreed, int compared) {
            return new Share(id, agreed, compared, (double) agreed / compared);
        }
    }

    /**
     * Cohen's kappa: agreement beyond what chance gives with the same share of each status on both
     * sides, κ = (observed − expected) ÷ (1 − expected).
     *
     * @param value    κ, or null when undefined (both sides put every verdict in one and the same status)
     * @param observed the share of labels the tool matched
     * @param expected the agreement chance gives: Σ over statuses of (share among labels × share among the
     *                 tool's verdicts)
     * @param classes  the statuses present on either side, in {@link Status} order
     */
    public record Kappa(Double value, double observed, double expected, List<Status> classes) {

        public Kappa {
            classes = List.copyOf(classes);
        }
    }

    /**
     * The confusion table: how often the inspector's label (row) met the tool's status (column).
     *
     * @param classes the statuses present on either side, in {@link Status} order: rows and columns
     * @param counts  {@code counts[i][j]}: labels of {@code classes[i]} the tool judged {@code classes[j]}
     */
    public record Confusion(List<Status> classes, List<List<Integer>> counts) {

        public Confusion {
            classes = List.copyOf(classes);
            counts = counts.stream().map(List::copyOf).toList();
        }

        /** How many labels of {@code label} the tool judged {@code tool}. */
        public int count(Status label, Status tool) {
            int i = classes.indexOf(label);
            int j = classes.indexOf(tool);
            return i < 0 || j < 0 ? 0 : counts.get(i).get(j);
        }
    }

    /**
     * The errors of the service counts over every C4.04/C4.05 label that carries a count.
     *
     * @param criteria          per criterion (C4.04, C4.05), those with at least one counted label
     * @param measured          agency counts that have a relative error
     * @param meanRelativeError the mean of those relative errors, or null when there is none
     */
    public record CountErrors(List<CriterionCounts> criteria, int measured, Double meanRelativeError) {

        public CountErrors {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * The count errors of one criterion.
     *
     * @param criterion         C4.04 or C4.05
     * @param agencies          one entry per labelled agency, in label order
     * @param measured          entries that have a relative error
     * @param meanRelativeError the mean of those, or null when there is none
     */
    public record CriterionCounts(String criterion, List<CountError> agencies, int measured, Double meanRelativeError) {

        public CriterionCounts {
            agencies = List.copyOf(agencies);
        }
    }

    /**
     * One agency's count: the inspector's against the tool's.
     *
     * @param agency        the agency
     * @param labelled      the inspector's count
     * @param detected      the count the crawler found, or null when the tool gave none (an
     *                      unreachable services site, or only a self-reported figure)
     * @param absoluteError |detected − labelled|, or null without a detected count
     * @param relativeError absoluteError ÷ labelled; 0 when both are 0; null when labelled is 0 and
     *                      detected is not, or without a detected count
     * @param toolStatus    the tool's verdict on the criterion
     */
    public record CountError(String agency, int labelled, Integer detected, Integer absoluteError, Double relativeError,
                             Status toolStatus) {
    }

    /**
     * A label the tool did not match.
     *
     * @param agency        the agency
     * @param criterion     the criterion
     * @param category      its category
     * @param label         the inspector's verdict
     * @param tool          the tool's verdict
     * @param toolAbstained whether the tool gave NEEDS_REVIEW (it did not decide: counted as a disagreement)
     * @param explanation   the tool's reason, as in results.json
     * @param note          the inspector's note ("" when none)
     * @param where         {@code FILE:LINE} of the label
     */
    public record Disagreement(String agency, String criterion, String category, Status label, Status tool,
                               boolean toolAbstained, String explanation, String note, String where) {
    }

    /**
     * A label for a criterion the run has no verdict on for that agency: listed, not counted.
     *
     * @param agency    the agency
     * @param criterion the criterion
     * @param label     the inspector's verdict
     * @param where     {@code FILE:LINE} of the label
     */
    public record NotInRun(String agency, String criterion, Status label, String where) {
    }
}
