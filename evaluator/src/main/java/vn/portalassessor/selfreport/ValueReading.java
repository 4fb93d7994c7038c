package vn.portalassessor.selfreport;

import vn.portalassessor.criteria.ValueKind;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * Turns what an agency wrote for one row into the value the rule takes, or says what is wrong and what
 * to write: text goes through {@link VietnameseNumber}'s rule, numbers typed into a workbook are taken as
 * they are, and then the row's kind is checked (a ratio lies in 0..1, a count is whole, nothing is
 * negative, a yes/no row is Có or Không). CSV files, flat workbooks and returned templates all read their
 * values here, so one value is judged the same wherever it was written.
 */
public final class ValueReading {

    private ValueReading() {
    }

    /**
     * A value or the problem with it (what is wrong, what to write instead); exactly one is present.
     */
    public record Outcome(Double value, String problem) {

        static Outcome value(double v) {
            return new Outcome(v, null);
        }

        static Outcome problem(String why) {
            return new Outcome(null, why);
        }

        /** Whether the value can be used. */
        public boolean ok() {
            return problem == null;
        }
    }

    /** A value written as text. */
    public static Outcome text(String raw, ValueKind kind) {
        if (raw == null || raw.isBlank()) {
            return Outcome.problem("is empty: write e.g. " + VietnameseNumber.example(kind));
        }
        if (kind == ValueKind.BOOLEAN) {
            return switch (VietnameseText.ascii(raw)) {
                case "co", "true", "yes", "1" -> Outcome.value(1.0);
                case "khong", "false", "no", "0" -> Outcome.value(0.0);
                default -> Outcome.problem("\"" + raw.trim() + "\" is not Có or Không: write Có or Không");
            };
        }
        Outcome read = VietnameseNumber.read(raw, kind);
        return read.ok() ? number(read.value(), kind, raw.trim()) : read;
    }

    /** A number typed into a numeric cell, shown to the agency as {@code shown}. */
    public static Outcome number(double v, ValueKind kind, String shown) {
        if (kind == ValueKind.BOOLEAN) {
            if (v == 0 || v == 1) {
                return Outcome.value(v);
            }
            return Outcome.problem(shown + " is not Có or Không: choose Có or Không from the list");
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
            return Outcome.problem(shown + " is negative or not a number: write a number of at least 0, e.g. "
                    + VietnameseNumber.example(kind));
        }
        if (kind == ValueKind.RATIO && v > 1) {
            return Outcome.problem("the ratio " + shown + " is outside 0..1 (0% to 100%): write 0,97 or 97%");
        }
        if (kind == ValueKind.COUNT && v != Math.rint(v)) {
            return Outcome.problem("the count " + shown + " is not a whole number: write e.g. 12");
        }
        return Outcome.value(v);
    }

    /** A TRUE/FALSE cell. */
    public static Outcome bool(boolean b, ValueKind kind) {
        if (kind != ValueKind.BOOLEAN) {
            return Outcome.problem((b ? "TRUE" : "FALSE") + " is a yes/no value but this row asks for "
                    + "a number: write e.g. " + VietnameseNumber.example(kind));
        }
        return Outcome.value(b ? 1.0 : 0.0);
    }
}
