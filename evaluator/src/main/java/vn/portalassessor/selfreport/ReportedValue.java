package vn.portalassessor.selfreport;

/**
 * One self-reported figure.
 *
 * @param value the number (a ratio in 0..1, a count, a measure; true = 1, false = 0)
 * @param raw   the cell as written
 * @param note  the agency's note, possibly empty
 * @param where file:line it came from, for the audit trail
 */
public record ReportedValue(double value, String raw, String note, String where) {
}
