package vn.portalassessor.criteria;

/**
 * The kind of number a rule takes as input, which decides how a self-reported value is checked on
 * import: a ratio must lie in 0..1, a count must be a whole number, a presence is true or false.
 */
public enum ValueKind {
    RATIO,
    COUNT,
    NUMBER,
    BOOLEAN;

    /** The value kind a rule type consumes. */
    public static ValueKind of(RuleType rule) {
        return switch (rule) {
            case RATIO -> RATIO;
            case CAPPED_COUNT -> COUNT;
            case NORMALIZED, BANDED -> NUMBER;
            case PRESENCE -> BOOLEAN;
            case COMPOSITE -> throw new IllegalArgumentException(
                    "a COMPOSITE criterion takes its values through its components, not directly");
        };
    }
}
