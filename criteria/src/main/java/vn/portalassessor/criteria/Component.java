package vn.portalassessor.criteria;

import java.util.List;

/**
 * A weighted input of a {@link RuleType#COMPOSITE} criterion, reported under its own id (C1.04a, the
 * share of units on the wide-area network; C1.04b, the applications running on it).
 *
 * @param id        the id self-reported rows use for this input
 * @param name      Vietnamese name
 * @param rule      how the input becomes points; never COMPOSITE itself
 * @param maxPoints the component's share of the criterion's maximum
 * @param perItem   points per counted item, for CAPPED_COUNT
 * @param cap       the most a CAPPED_COUNT can earn
 * @param bands     the steps of a BANDED rule, lowest first
 */
public record Component(String id, String name, RuleType rule, double maxPoints, Double perItem, Double cap,
                        List<Band> bands) {

    public Component {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The kind of value this component takes. */
    public ValueKind valueKind() {
        return ValueKind.of(rule);
    }
}
