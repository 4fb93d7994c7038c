package vn.portalassessor.criteria;

/**
 * One bad row of an input file: where it is and what is wrong, as a user fixing the file needs it.
 *
 * @param file   the file's name as given
 * @param line   1-based line (CSV) or row (XLSX) number; 0 when the problem concerns the whole file
 * @param field  the column, or empty
 * @param reason what is wrong and, where it helps, what would be right
 */
public record RowError(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : "field \"" + field + "\": ") + reason;
    }
}
