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
 * @param unit      optional: the unit its value is written in, printed in self-report templates
 * @param input     optional: the kind of value it takes when the rule's default is not precise enough
 */
public record Component(String id, String name, RuleType rule, double maxPoints, Double perItem, Double cap,
                        List<Band> bands, String unit, ValueKind input) {

    public Component {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The unit its value is written in, when the file gives one. */
    public java.util.Optional<String> unitName() {
        return java.util.Optional.ofNullable(unit).filter(u -> !u.isBlank());
    }

    /** The kind of value this component takes: {@code input} when the file gives one, else its rule's default. */
    public ValueKind valueKind() {
        return input != null ? input : ValueKind.of(rule);
    }
}
