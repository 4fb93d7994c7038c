package vn.portalassessor.criteria;

/**
 * How a criterion's input becomes points (methodology §2). The rule decides the arithmetic; where
 * the input comes from (crawler check, self-report, inspector) is the criterion's {@code sources}.
 */
public enum RuleType {
    /** points = ratio (0..1) × max. */
    RATIO,
    /** points = value ÷ best value in the agency's group × max; needs the whole group. */
    NORMALIZED,
    /** points = max when present, else 0; sub-items give partial credit by their own points. */
    PRESENCE,
    /** points = min(count × perItem, cap). */
    CAPPED_COUNT,
    /** the sum of weighted components, each with its own rule and input. */
    COMPOSITE,
    /** points from the highest band whose minimum the value reaches. */
    BANDED
}
