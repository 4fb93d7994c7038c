package vn.portalassessor.agreement;

import java.util.Objects;
import vn.portalassessor.evaluate.Status;

/**
 * One verdict an inspector recorded for one agency and criterion: the status the inspector decided by
 * methodology §8 and, for C4.04/C4.05, the true number of services working at level 3 / level 4.
 *
 * @param agencyId    the agency, as in the run's results
 * @param criterionId the criterion, e.g. {@code C3.18}
 * @param status      the inspector's verdict (never {@link Status#NEEDS_REVIEW}: a label is a decision)
 * @param count       C4.04/C4.05 only: the true count of services, or null when not labelled
 * @param note        what the inspector saw ("" when none)
 * @param where       {@code FILE:LINE} of the row, for messages
 */
public record Label(String agencyId, String criterionId, Status status, Integer count, String note, String where) {

    public Label {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
