package vn.portalassessor.evaluate.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole assessment: results.json's root (contract §3).
 *
 * @param schemaVersion  bumped when a field is renamed or removed
 * @param methodology    which methodology file and version produced every figure
 * @param assessmentDate the "today" freshness criteria counted from
 * @param agencies       every agency, grouped by group, in the agency list's order within it
 */
public record Assessment(int schemaVersion, MethodologyRef methodology, LocalDate assessmentDate,
                         List<AgencyResult> agencies) {

    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    public Assessment {
        agencies = List.copyOf(agencies);
    }

    /** The same assessment with each agency's service table (by agency id) attached. */
    public Assessment withServices(Map<String, List<ServiceResult>> tables) {
        return new Assessment(schemaVersion, methodology, assessmentDate, agencies.stream()
                .map(a -> tables.containsKey(a.id()) ? a.withServices(tables.get(a.id())) : a)
                .toList());
    }

    public Optional<AgencyResult> agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The methodology behind the figures.
     *
     * @param note what a reader must know (the shipped points are reconstructed)
     */
    public record MethodologyRef(String id, String version, String name, String note) {
    }
}
