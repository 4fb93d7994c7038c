package vn.portalassessor.selfreport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.criteria.RowError;

/**
 * Every agency's self-reported figures by criterion or component id (C1.01, C1.04a, C4.04), and the
 * files of a folder import that were refused. Empty when no file was given: then self-reported criteria
 * score NOT_MET "không có số liệu". Immutable.
 */
public final class SelfReport {

    /** No self-reports. */
    public static final SelfReport NONE = new SelfReport(Map.of(), "", List.of());

    private final Map<String, Map<String, ReportedValue>> byAgency;
    private final String file;
    private final List<RefusedFile> refused;

    SelfReport(Map<String, Map<String, ReportedValue>> byAgency, String file) {
        this(byAgency, file, List.of());
    }

    SelfReport(Map<String, Map<String, ReportedValue>> byAgency, String file, List<RefusedFile> refused) {
        Map<String, Map<String, ReportedValue>> copy = new HashMap<>();
        byAgency.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.byAgency = Map.copyOf(copy);
        this.file = file;
        this.refused = List.copyOf(refused);
    }

    /** The value an agency reported for a criterion or component. */
    public Optional<ReportedValue> value(String agencyId, String id) {
        return Optional.ofNullable(byAgency.getOrDefault(agencyId, Map.of()).get(id));
    }

    /** The ids of the rows an agency reported. */
    public Set<String> reportedIds(String agencyId) {
        return byAgency.getOrDefault(agencyId, Map.of()).keySet();
    }

    /** The file or folder it was read from, or empty. */
    public String file() {
        return file;
    }

    /** Number of values. */
    public int size() {
        return byAgency.values().stream().mapToInt(Map::size).sum();
    }

    /** The files of a folder that were refused whole, with every bad cell; none for a single file. */
    public List<RefusedFile> refused() {
        return refused;
    }

    /**
     * A returned workbook or table of a folder that was not imported.
     *
     * @param file     the file's name as found in the folder
     * @param agencyId the agency it was made for, when that could be read, else empty
     * @param errors   every bad cell or row
     */
    public record RefusedFile(String file, String agencyId, List<RowError> errors) {

        public RefusedFile {
            errors = List.copyOf(errors);
        }
    }
}
