package vn.portalassessor.criteria;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One scored row of the methodology, such as C3.23 Sơ đồ cổng. Its id is stable across years and
 * is how results, reports, self-reports and tests refer to it.
 *
 * <p>The rule parameters that apply depend on {@link #rule()}: {@code perItem}/{@code cap} for
 * CAPPED_COUNT, {@code bands} for BANDED, {@code components} for COMPOSITE, {@code subItems} for a
 * PRESENCE criterion with partial credit. The validator checks that the ones a rule needs are there.
 *
 * @param id         e.g. {@code C3.23}
 * @param name       Vietnamese name as reports print it
 * @param groups     the groups it applies to; for the others it is NOT_APPLICABLE
 * @param rule       how its value becomes points
 * @param maxPoints  the most it can earn
 * @param sources    where its value may come from, in order of precedence (an inspector's override
 *                   always wins whether or not it is listed)
 * @param check      the crawler check that judges it ({@code section}, {@code site-search}...),
 *                   absent for criteria judged only from self-reports
 * @param hints      what the check looks for
 * @param subItems   parts earning partial credit
 * @param perItem    CAPPED_COUNT: points per item
 * @param cap        CAPPED_COUNT: the most it earns
 * @param bands      BANDED: steps, lowest first
 * @param components COMPOSITE: weighted inputs
 * @param unit       optional: the unit a self-reported value is written in (kbps, dịch vụ), printed in the
 *                   agencies' self-report templates
 * @param input      optional: the kind of value it takes when the rule's default is not precise enough
 *                   (COUNT for a NORMALIZED count of services, so "1.234" reads as 1234); see {@link #valueKind()}
 */
public record Criterion(String id, String name, Set<Group> groups, RuleType rule, double maxPoints,
                        List<Source> sources, String check, Hints hints, List<SubItem> subItems,
                        Double perItem, Double cap, List<Band> bands, List<Component> components, String unit,
                        ValueKind input) {

    public Criterion {
        groups = groups == null || groups.isEmpty() ? Set.of(Group.values()) : Set.copyOf(groups);
        sources = sources == null ? List.of() : List.copyOf(sources);
        hints = hints == null ? Hints.NONE : hints;
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
        bands = bands == null ? List.of() : List.copyOf(bands);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** The kind of value it takes: {@code input} when the file gives one, else its rule's default. */
    public ValueKind valueKind() {
        return input != null ? input : ValueKind.of(rule);
    }

    /** The unit its value is written in, when the file gives one. */
    public Optional<String> unitName() {
        return Optional.ofNullable(unit).filter(u -> !u.isBlank());
    }

    /** Whether this criterion is scored for an agency of the given group. */
    public boolean appliesTo(Group group) {
        return groups.contains(group);
    }

    /** The crawler check that judges it, if any. */
    public Optional<String> crawlerCheck() {
        return Optional.ofNullable(check).filter(c -> !c.isBlank());
    }

    /** Whether the given source may feed this criterion. */
    public boolean accepts(Source source) {
        return source == Source.INSPECTOR || sources.contains(source);
    }

    /** The component with this id, for COMPOSITE criteria. */
    public Optional<Component> component(String componentId) {
        return components.stream().filter(c -> c.id().equals(componentId)).findFirst();
    }
}
