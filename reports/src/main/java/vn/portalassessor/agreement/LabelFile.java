package vn.portalassessor.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.load.Table;
import vn.portalassessor.criteria.load.TableReader;
import vn.portalassessor.evaluate.Status;

/**
 * Reads an inspector's label file, {@code agency_id,criterion_id,status,count,note} (CSV in UTF-8 with
 * or without a byte-order mark, or XLSX; {@code count} and {@code note} may be absent), against the
 * agencies of a run and the criteria of its methodology.
 *
 * <p>Refused whole, with every bad row listed as {@code FILE:LINE: field "X": what is wrong}, on: an
 * agency the run does not hold, a criterion the methodology does not know, a status that is not one of
 * {@link #LABEL_STATUSES} (an inspector decides, so {@code NEEDS_REVIEW} is no label), a count that is
 * not a whole number of at least 0, a count on a criterion other than C4.04/C4.05, or the same agency
 * and criterion labelled twice. Status names are matched in any letter case.
 */
public final class LabelFile {

    /** The columns a label file must have; {@code count} and {@code note} are optional. */
    public static final List<String> COLUMNS = List.of("agency_id", "criterion_id", "status");

    /** The criteria whose label may carry a count: services working at exactly level 3, and at level 4. */
    public static final Set<String> COUNTED_CRITERIA = Set.of("C4.04", "C4.05");

    /** The verdicts an inspector may record. */
    public static final List<Status> LABEL_STATUSES = Arrays.stream(Status.values())
            .filter(s -> s != Status.NEEDS_REVIEW).toList();

    private LabelFile() {
    }

    /**
     * Reads {@code file}.
     *
     * @param agencyIds   the agencies of the run
     * @param criterionIds every criterion (and component) id the run's methodology defines
     * @throws InputFileException listing every bad row; nothing of a refused file is returned
     */
    public static List<Label> read(Path file, Set<String> agencyIds, Set<String> criterionIds) {
        Table table = TableReader.read(file, COLUMNS);
        List<RowError> errors = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            String where = table.file() + ":" + row.line();
            int before = errors.size();
            String agency = row.get("agency_id");
            String criterion = row.get("criterion_id");
            if (!agencyIds.contains(agency)) {
                errors.add(error(table, row, "agency_id", agency.isEmpty() ? "is empty"
                        : "unknown agency \"" + agency + "\": not one of the run's " + agencyIds.size() + " agencies"));
            }
            if (!criterionIds.contains(criterion)) {
                errors.add(error(table, row, "criterion_id", criterion.isEmpty() ? "is empty"
                        : "unknown criterion \"" + criterion + "\" in the run's methodology"));
            }
            Status status = status(table, row, errors);
            Integer count = count(table, row, criterion, errors);
            if (errors.size() != before) {
                continue;
            }
            String earlier = seen.putIfAbsent(agency + " " + criterion, where);
            if (earlier != null) {
                errors.add(error(table, row, "criterion_id",
                        "duplicate row: " + agency + " " + criterion + " was already labelled at " + earlier));
                continue;
            }
            labels.add(new Label(agency, criterion, status, count, row.get("note"), where));
        }
        if (!errors.isEmpty()) {
            throw new InputFileException(errors);
        }
        return List.copyOf(labels);
    }

    private static Status status(Table table, Table.Row row, List<RowError> errors) {
        String raw = row.get("status");
        String names = LABEL_STATUSES.stream().map(Status::name).collect(Collectors.joining(", "));
        if (raw.isEmpty()) {
            errors.add(error(table, row, "status", "is empty: write one of " + names));
            return null;
        }
        Status status;
        try {
            status = Status.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(table, row, "status", "\"" + raw + "\" is not one of " + names));
            return null;
        }
        if (status == Status.NEEDS_REVIEW) {
            errors.add(error(table, row, "status", "NEEDS_REVIEW is the tool abstaining, not an inspector's verdict:"
                    + " write one of " + names));
            return null;
        }
        return status;
    }

    private static Integer count(Table table, Table.Row row, String criterion, List<RowError> errors) {
        String raw = row.get("count");
        if (raw.isEmpty()) {
            return null;
        }
        if (!COUNTED_CRITERIA.contains(criterion)) {
            errors.add(error(table, row, "count", "\"" + raw + "\" given for " + criterion
                    + ": a count is labelled only for C4.04 (services at level 3) and C4.05 (services at level 4)"));
            return null;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(table, row, "count", "\"" + raw + "\" is not a whole number of services (0 or more)"));
        return null;
    }

    private static RowError error(Table table, Table.Row row, String field, String reason) {
        return new RowError(table.file(), row.line(), field, reason);
    }
}
