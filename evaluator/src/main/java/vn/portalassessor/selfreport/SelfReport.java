package vn.portalassessor.selfreport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every agency's self-reported figures by criterion or component id (C1.01, C1.04a, C4.04). Empty
 * when no file was given: then self-reported criteria score NOT_MET "không có số liệu". Immutable.
 */
public final class SelfReport {

    /** No self-reports. */
    public static final SelfReport NONE = new SelfReport(Map.of(), "");

    private final Map<String, Map<String, ReportedValue>> byAgency;
    private final String file;

    SelfReport(Map<String, Map<String, ReportedValue>> byAgency, String file) {
        Map<String, Map<String, ReportedValue>> copy = new HashMap<>();
        byAgency.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.byAgency = Map.copyOf(copy);
        this.file = file;
    }

    /** The value an agency reported for a criterion or component. */
    public Optional<ReportedValue> value(String agencyId, String id) {
        return Optional.ofNullable(byAgency.getOrDefault(agencyId, Map.of()).get(id));
    }

    /** The file it was read from, or empty. */
    public String file() {
        return file;
    }

    /** Number of values. */
    public int size() {
        return byAgency.values().stream().mapToInt(Map::size).sum();
    }
}
