package vn.portalassessor.confirm;

import java.time.Instant;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * One line of the change table: a criterion of an agency whose result an event changed (or, for a
 * decision that kept the result, did not), with why and by whom.
 *
 * @param at       when the event happened
 * @param stage    the stage of the rounds, in Vietnamese ("Vòng 1", "Thanh tra giữa hai vòng", "Vòng 2")
 * @param agencyId the agency whose result changed
 * @param before   the result before the event
 * @param after    the result after it
 * @param kind     what happened, in Vietnamese
 * @param reason   why
 * @param author   who
 */
public record Change(Instant at, String stage, String agencyId, CriterionResult before, CriterionResult after,
                     String kind, String reason, String author) {

    /** Whether points, status, value or source moved. */
    public boolean changed() {
        return before.points() != after.points() || before.status() != after.status()
                || !java.util.Objects.equals(before.value(), after.value()) || before.source() != after.source();
    }
}
