package vn.portalassessor.confirm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.ValueKind;

/**
 * A value an agency or an inspector writes for a criterion, checked against the kind the criterion's
 * rule takes: a ratio in 0..1 (or a percentage), a whole count, a number, a presence (có / không, or
 * the share of its parts found, 0..1), and for a COMPOSITE criterion one value per component written
 * {@code C1.04a=0,9; C1.04b=3}. Immutable.
 *
 * @param value      the rule's input, null for COMPOSITE
 * @param components COMPOSITE: the value of each component
 * @param raw        as written
 */
public record CorrectedValue(Double value, Map<String, Double> components, String raw) {

    public CorrectedValue {
        components = Map.copyOf(components);
    }

    /** The parsed value, or the reason it is refused (as {@link IllegalArgumentException}). */
    public static CorrectedValue parse(Criterion criterion, String raw) {
        String s = raw.strip();
        if (criterion.rule() == RuleType.COMPOSITE) {
            Map<String, Double> parts = new LinkedHashMap<>();
            for (String part : s.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] kv = part.split("=", 2);
                Optional<Component> comp = kv.length == 2 ? criterion.component(kv[0].strip()) : Optional.empty();
                if (comp.isEmpty()) {
                    throw new IllegalArgumentException(criterion.id() + " is made of "
                            + criterion.components().stream().map(Component::id).toList()
                            + ": write each part as " + criterion.components().get(0).id() + "=VALUE, separated by ;");
                }
                parts.put(comp.get().id(), number(kv[1], comp.get().valueKind()));
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("is empty");
            }
            return new CorrectedValue(null, parts, s);
        }
        ValueKind kind = ValueKind.of(criterion.rule());
        return new CorrectedValue(number(s, kind), Map.of(), s);
    }

    private static double number(String raw, ValueKind kind) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        if (kind == ValueKind.BOOLEAN) {
            switch (s) {
                case "true", "có", "co", "yes", "đạt", "dat" -> {
                    return 1.0;
                }
                case "false", "không", "khong", "no", "không đạt", "khong dat" -> {
                    return 0.0;
                }
                default -> {
                    // a presence criterion may also take the share of its parts found
                    kind = ValueKind.RATIO;
                }
            }
        }
        boolean percent = s.endsWith("%");
        String n = (percent ? s.substring(0, s.length() - 1) : s).strip();
        if (n.contains(",") && !n.contains(".")) {
            n = n.replace(',', '.');
        }
        double v;
        try {
            v = Double.parseDouble(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is not " + describe(kind));
        }
        if (percent) {
            v /= 100.0;
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" must be a number of at least 0");
        }
        if (kind == ValueKind.RATIO && v > 1) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is outside 0..1 (write 0.97 or 97%)");
        }
        if (kind == ValueKind.COUNT && v != Math.rint(v)) {
            throw new IllegalArgumentException("the count \"" + raw.strip() + "\" is not a whole number");
        }
        return v;
    }

    private static String describe(ValueKind kind) {
        return switch (kind) {
            case RATIO -> "a ratio (0..1 or a percentage)";
            case COUNT -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "có/không (or a share 0..1)";
        };
    }
}
