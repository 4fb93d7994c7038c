package vn.portalassessor.score;

import java.util.List;
import java.util.Map;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;

/**
 * A criterion judged for one agency before points: the verdict of the source that won, the value
 * it gives the rule, and, where two sources spoke, both values.
 *
 * @param criterion       the criterion
 * @param status          the verdict
 * @param value           the rule's input; null when nothing could be scored
 * @param componentValues COMPOSITE: the value of each component by id (absent ones score 0)
 * @param source          the source that decided
 * @param explanation     the reason, in Vietnamese
 * @param evidence        what it rests on
 * @param confidence      0..1
 * @param detected        the crawler's value when the criterion also takes self-reports
 * @param reported        the self-reported value when the criterion also takes crawler evidence
 */
public record Judgement(Criterion criterion, Status status, Double value, Map<String, Double> componentValues,
                        Source source, String explanation, List<Evidence> evidence, double confidence,
                        Double detected, Double reported) {

    public Judgement {
        componentValues = componentValues == null ? Map.of() : Map.copyOf(componentValues);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Whether crawler and self-report both gave a value and they differ. */
    public boolean discrepancy() {
        return detected != null && reported != null && Math.abs(detected - reported) > 1e-9;
    }
}
