package vn.portalassessor.selfreport;

import java.util.regex.Pattern;
import vn.portalassessor.criteria.ValueKind;

/**
 * The one rule by which a self-reported figure written as text becomes a number, wherever it comes
 * from (a CSV cell, a text cell of a workbook). Vietnamese writes a comma as the decimal mark and a
 * dot between thousands; the contract's CSV and English spreadsheets write a decimal point. So:
 *
 * <table>
 *   <caption>The rule, with examples</caption>
 *   <tr><th>written</th><th>read as</th><th>why</th></tr>
 *   <tr><td>{@code 1234}</td><td>1234</td><td>digits only</td></tr>
 *   <tr><td>{@code 0,97}</td><td>0.97</td><td>one comma is the decimal mark</td></tr>
 *   <tr><td>{@code 1.234,5}</td><td>1234.5</td><td>dots group thousands (groups of three), then the decimal comma</td></tr>
 *   <tr><td>{@code 1.234.567}</td><td>1234567</td><td>two or more dots can only group thousands</td></tr>
 *   <tr><td>{@code 0.97}, {@code 12.5}</td><td>0.97, 12.5</td><td>one dot not followed by exactly three digits,
 *       or after a leading 0, can only be a decimal point</td></tr>
 *   <tr><td>{@code 1.234} for a count</td><td>1234</td><td>a count has no decimals, so the dot groups thousands</td></tr>
 *   <tr><td>{@code 1.234} for a ratio or a measure</td><td>refused</td><td>1234 or 1,234? Either reading is a
 *       plausible mistake: the agency is asked to write {@code 1234} or {@code 1,234}</td></tr>
 *   <tr><td>{@code 97,5%}</td><td>0.975</td><td>a trailing % divides by 100 — for ratios only; a measure
 *       written with % is refused (C5.03's "1,5%" is the number 1,5)</td></tr>
 *   <tr><td>{@code 1,234.5}, {@code 1,2,3}</td><td>refused</td><td>English grouping, or several decimal marks</td></tr>
 * </table>
 *
 * Spaces (also non-breaking) around the number and before % are ignored; inside it they are not.
 */
public final class VietnameseNumber {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern GROUPED_WITH_DECIMAL_COMMA = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");
    private static final Pattern GROUPED_MANY = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3}){2,}");
    private static final Pattern GROUPED_ONCE = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");

    private VietnameseNumber() {
    }

    /**
     * The number {@code raw} stands for, for a value of this kind, or why it cannot be read and what to
     * write instead. Ranges (0..1, whole, at least 0) are not checked here: see {@link ValueReading}.
     */
    public static ValueReading.Outcome read(String raw, ValueKind kind) {
        String s = raw.replace('\u00A0', ' ').trim();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).trim();
            if (kind != ValueKind.RATIO) {
                return ValueReading.Outcome.problem("\"" + raw + "\" has a % sign but this row asks for "
                        + (kind == ValueKind.COUNT ? "a count" : "a number in the row's unit")
                        + ": write the number alone, e.g. " + example(kind));
            }
        }
        boolean negative = s.startsWith("-");
        String n = negative ? s.substring(1) : s;
        Double v = digits(n, kind);
        if (v == null) {
            if (GROUPED_ONCE.matcher(n).matches()) {
                String thousands = n.replace(".", "");
                String decimal = n.replace('.', ',');
                return ValueReading.Outcome.problem("\"" + raw + "\" is ambiguous: " + thousands
                        + " (a dot between thousands, the Vietnamese way) or " + decimal + " (a decimal point)? write "
                        + thousands + " or " + decimal + (kind == ValueKind.RATIO ? "; a ratio is written 0,97 or 97%" : ""));
            }
            if (n.contains(",") && n.contains(".")) {
                return ValueReading.Outcome.problem("\"" + raw + "\" is not a Vietnamese number: dots group thousands and "
                        + "the comma marks decimals, e.g. 1.234,5 or 1234,5");
            }
            if (n.indexOf(',') != n.lastIndexOf(',')) {
                return ValueReading.Outcome.problem("\"" + raw + "\" has several commas, but the comma marks decimals: "
                        + "group thousands with dots (1.234.567) or not at all (1234567)");
            }
            return ValueReading.Outcome.problem("\"" + raw + "\" is not a number: write e.g. " + example(kind));
        }
        double value = negative ? -v : v;
        return ValueReading.Outcome.value(percent ? value / 100.0 : value);
    }

    /** A number without sign or %, or null when the rule does not read it (or finds it ambiguous). */
    private static Double digits(String n, ValueKind kind) {
        String plain;
        if (DIGITS.matcher(n).matches()) {
            plain = n;
        } else if (DECIMAL_COMMA.matcher(n).matches()) {
            plain = n.replace(',', '.');
        } else if (GROUPED_WITH_DECIMAL_COMMA.matcher(n).matches()) {
            plain = n.replace(".", "").replace(',', '.');
        } else if (GROUPED_MANY.matcher(n).matches()) {
            plain = n.replace(".", "");
        } else if (GROUPED_ONCE.matcher(n).matches()) {
            if (kind != ValueKind.COUNT) {
                return null;
            }
            plain = n.replace(".", "");
        } else if (DECIMAL_POINT.matcher(n).matches()) {
            plain = n;
        } else {
            return null;
        }
        return Double.parseDouble(plain);
    }

    /** What a valid value of this kind looks like, in the agency's own notation. */
    static String example(ValueKind kind) {
        return switch (kind) {
            case RATIO -> "97,5% or 0,975";
            case COUNT -> "1234 or 1.234";
            case NUMBER -> "256 or 256,5";
            case BOOLEAN -> "Có or Không";
        };
    }
}
