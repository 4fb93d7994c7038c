package vn.portalassessor.evaluate.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;

/**
 * One criterion's result for one agency.
 *
 * @param id          criterion id
 * @param name        Vietnamese name
 * @param status      the verdict
 * @param points      points earned
 * @param maxPoints   the criterion's maximum
 * @param source      where the value that was scored came from
 * @param confidence  0..1
 * @param explanation the reason, in Vietnamese
 * @param evidence    the pages it rests on
 * @param rule        the rule type from the methodology
 * @param value       the input the rule used, when a number fed it
 * @param detected    C4.04/C4.05: the count the crawler found
 * @param reported    C4.04/C4.05 and other mixed criteria: the self-reported value
 * @param discrepancy whether crawler and self-report disagree
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String id, String name, Status status, double points,
                              double maxPoints, Source source, double confidence, String explanation,
                              List<Evidence> evidence, RuleType rule, Double value, Double detected, Double reported,
                              Boolean discrepancy) {

    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The same result with other evidence (screenshots attached). */
    public CriterionResult withEvidence(List<Evidence> other) {
        return new CriterionResult(id, name, status, points, maxPoints, source, confidence, explanation, other, rule,
                value, detected, reported, discrepancy);
    }

    /** Whether the status is one a person must look at. */
    public boolean needsAttention() {
        return status == Status.NEEDS_REVIEW || status == Status.UNREACHABLE || Boolean.TRUE.equals(discrepancy);
    }
}
