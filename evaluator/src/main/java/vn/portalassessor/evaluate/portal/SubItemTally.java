package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * The sub-items of a criterion found and missed, and the verdict they add up to: the share of the
 * criterion's points found (MET at all, NOT_MET at none, PARTIAL between), explained in Vietnamese.
 * Not thread-safe.
 */
final class SubItemTally {

    private final Criterion criterion;
    private final List<String> found = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final Set<Evidence> evidence = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private double points;

    SubItemTally(Criterion criterion) {
        this.criterion = criterion;
    }

    /** Records the sub-item {@code id} as found (with what showed it) or missing. */
    SubItemTally mark(String id, boolean present, String detail) {
        SubItem item = criterion.subItems().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the methodology's criterion " + criterion.id()
                        + " has no sub-item '" + id + "'; the " + criterion.crawlerCheck().orElse("?")
                        + " check needs it: restore it in the methodology file"));
        String label = item.name() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        if (present) {
            points += item.points();
            found.add(label);
        } else {
            missing.add(label);
        }
        return this;
    }

    SubItemTally evidence(Evidence e) {
        if (e != null) {
            evidence.add(e);
        }
        return this;
    }

    SubItemTally note(String note) {
        notes.add(note);
        return this;
    }

    boolean nothingFound() {
        return found.isEmpty();
    }

    Verdict verdict() {
        double share = criterion.maxPoints() <= 0 ? (missing.isEmpty() ? 1 : 0) : points / criterion.maxPoints();
        String text = found.isEmpty()
                ? "Không đạt " + criterion.name().toLowerCase(Locale.ROOT) + ": thiếu " + String.join("; ", missing)
                : "Có: " + String.join("; ", found) + (missing.isEmpty() ? "" : ". Thiếu: " + String.join("; ", missing));
        if (!notes.isEmpty()) {
            text += ". " + String.join(". ", notes);
        }
        return Verdict.share(Math.min(1.0, share), text, List.copyOf(evidence));
    }
}
