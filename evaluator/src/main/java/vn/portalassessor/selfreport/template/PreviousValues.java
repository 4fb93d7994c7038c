package vn.portalassessor.selfreport.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;

/**
 * Last year's figures, printed beside each row of a template so that an agency sees what it reported
 * before: read from a previous run's {@code results.json}, the self-reported value each criterion
 * was scored on ({@code reported} where the crawler also judged it, else {@code value} when the source
 * was SELF_REPORTED). results.json keeps no per-component values, so the rows of a COMPOSITE criterion
 * (C1.04a, C1.04b) show "—".
 */
public final class PreviousValues {

    /** No previous run: the column is left out. */
    public static final PreviousValues NONE = new PreviousValues(Map.of(), false);

    private final Map<String, Map<String, Double>> byAgency;
    private final boolean present;

    private PreviousValues(Map<String, Map<String, Double>> byAgency, boolean present) {
        this.byAgency = byAgency;
        this.present = present;
    }

    /** Reads {@code runDir/results.json}; refuses a folder without one, naming it. */
    public static PreviousValues read(Path runDir) {
        Path file = runDir.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(new RowError(runDir.toString(), 0, "",
                    "is not a run folder: it has no results.json (give --previous the --out folder of last year's run)"));
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InputFileException(new RowError(file.toString(), 0, "", "cannot be read: " + e.getMessage()));
        }
        Map<String, Map<String, Double>> values = new HashMap<>();
        for (JsonNode agency : root.path("agencies")) {
            Map<String, Double> own = values.computeIfAbsent(agency.path("id").asText(), a -> new HashMap<>());
            for (JsonNode category : agency.path("categories")) {
                for (JsonNode criterion : category.path("criteria")) {
                    JsonNode v = criterion.hasNonNull("reported") ? criterion.get("reported")
                            : "SELF_REPORTED".equals(criterion.path("source").asText()) ? criterion.get("value") : null;
                    if (v != null && v.isNumber()) {
                        own.put(criterion.path("id").asText(), v.asDouble());
                    }
                }
            }
        }
        return new PreviousValues(values, true);
    }

    /** Whether a previous run was given (then the template has a "Số liệu năm trước" column). */
    public boolean present() {
        return present;
    }

    /** The value the agency reported for this row last time. */
    public Optional<Double> value(String agencyId, String rowId) {
        return Optional.ofNullable(byAgency.getOrDefault(agencyId, Map.of()).get(rowId));
    }
}
