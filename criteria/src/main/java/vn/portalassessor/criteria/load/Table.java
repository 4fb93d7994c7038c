package vn.portalassessor.criteria.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a CSV or XLSX input with their header, each row keeping the line it came from so that
 * errors can name it.
 *
 * @param file   the file's name as the user gave it
 * @param header column names as written (trimmed)
 * @param rows   data rows in file order; blank rows are dropped
 */
public record Table(String file, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line  1-based line in the CSV, or row number in the sheet
     * @param cells column name → trimmed text ("" when empty)
     */
    public record Row(int line, Map<String, String> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell's text, or "" when the column is absent or empty. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The cell's text when it is not empty. */
        public Optional<String> find(String column) {
            String v = get(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
    }
}
