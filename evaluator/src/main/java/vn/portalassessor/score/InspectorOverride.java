package vn.portalassessor.score;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Status;

/**
 * An inspector's decision that replaces the value of one criterion for one agency (methodology §2:
 * an INSPECTOR override always wins and is audited). The value is the rule's input, as a crawler or
 * a self-report would give it; the points follow from the methodology's rule like any other value.
 * Immutable; safe to share.
 *
 * @param agencyId        the agency
 * @param criterionId     the criterion
 * @param value           the rule's input; null for a COMPOSITE criterion, which takes {@code componentValues}
 * @param componentValues COMPOSITE: the value of each component by id
 * @param raw             the value as the inspector or agency wrote it, for the explanation
 * @param reason          why; never blank
 * @param author          who decided; never blank
 * @param at              when
 */
public record InspectorOverride(String agencyId, String criterionId, Double value, Map<String, Double> componentValues,
                       String raw, String reason, String author, Instant at) {

    public InspectorOverride {
        componentValues = componentValues == null ? Map.of() : Map.copyOf(componentValues);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override of " + criterionId + " for " + agencyId
                    + " needs a reason (--reason TEXT)");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("an override of " + criterionId + " for " + agencyId + " needs an author");
        }
        if (value == null && componentValues.isEmpty()) {
            throw new IllegalArgumentException("an override of " + criterionId + " for " + agencyId + " needs a value");
        }
        Objects.requireNonNull(at, "at");
    }

    /**
     * The judgement this override makes of {@code criterion}, replacing {@code previous} (which may be
     * null): source INSPECTOR, confidence 1, the previous evidence kept so the reader still sees what
     * the tool had found, and the previous explanation quoted after the inspector's reason.
     */
    public Judgement judgement(Criterion criterion, Judgement previous) {
        if (criterion.rule() == RuleType.COMPOSITE && componentValues.isEmpty()) {
            throw new IllegalArgumentException(criterion.id() + " is COMPOSITE: override it by its components "
                    + criterion.components().stream().map(c -> c.id()).toList());
        }
        if (criterion.rule() != RuleType.COMPOSITE && value == null) {
            throw new IllegalArgumentException(criterion.id() + " takes one value, not components");
        }
        Status status = criterion.rule() == RuleType.COMPOSITE || value > 0 ? Status.MET : Status.NOT_MET;
        String explanation = "Thanh tra viên " + author + " quyết định giá trị " + raw + ": " + reason
                + (previous == null ? "" : " (trước đó: " + previous.explanation() + ")");
        return new Judgement(criterion, status, value, componentValues, Source.INSPECTOR, explanation,
                previous == null ? List.of() : previous.evidence(), 1.0,
                previous == null ? null : previous.detected(), previous == null ? null : previous.reported());
    }
}
