package vn.portalassessor.evaluate.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a Vietnamese reader writes them: a comma before the decimals and a dot between
 * thousands ({@code 0,949}, {@code 162,42}, {@code 1.234}), and yes/no as {@code Có}/{@code Không}.
 * Every reason, report and workbook text that prints a figure goes through here, so that
 * {@code 162.417/190} never reads as a hundred and sixty-two thousand. Never depends on the JVM's
 * default locale. Stateless; safe to share.
 */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    /** A category index with exactly three decimals: {@code 0.949 → "0,949"}, {@code 1 → "1,000"}. */
    public static String index(double v) {
        return fixed(v, 3);
    }

    /** Points with at most two decimals, trailing zeros dropped: {@code 162.4166 → "162,42"}, {@code 180.0 → "180"}. */
    public static String points(double v) {
        return decimal(v, 2);
    }

    /**
     * A figure with at most {@code maxDecimals} decimals, trailing zeros dropped and thousands grouped:
     * {@code decimal(0.6022408963585434, 3) → "0,602"}, {@code decimal(12500, 2) → "12.500"}.
     */
    public static String decimal(double v, int maxDecimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return group(d.toPlainString());
    }

    /** A figure with exactly {@code decimals} decimals: {@code fixed(0.5, 3) → "0,500"}. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return group(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    /** A whole number with thousands grouped: {@code 93466 → "93.466"}. */
    public static String integer(long v) {
        return group(Long.toString(v));
    }

    /** {@code true → "Có"}, {@code false → "Không"}. */
    public static String yesNo(boolean v) {
        return v ? "Có" : "Không";
    }

    /**
     * A value as written in a self-report cell, for a reason: {@code "true"} → {@code Có},
     * {@code "0.5"} → {@code 0,5}; any other text is returned as written.
     */
    public static String cell(String raw) {
        String t = raw == null ? "" : raw.trim();
        if (t.equalsIgnoreCase("true")) {
            return yesNo(true);
        }
        if (t.equalsIgnoreCase("false")) {
            return yesNo(false);
        }
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            return decimal(Double.parseDouble(t), Math.max(3, t.length() - t.indexOf('.') - 1));
        }
        return t;
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (negative && !out.toString().matches("[0.,]+") ? "-" : "") + out;
    }
}
