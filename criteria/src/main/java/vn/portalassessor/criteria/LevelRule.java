package vn.portalassessor.criteria;

/**
 * How an agency's category index becomes a level (Tốt / Khá / Trung bình). Whether 2016 used fixed
 * thresholds or rank bands is not confirmed, so both are configurable.
 *
 * <ul>
 *   <li>{@code THRESHOLD}: index ≥ {@code tot} → TOT; ≥ {@code kha} → KHA; else TRUNG_BINH.</li>
 *   <li>{@code BAND}: the best {@code tot} share of the group (by rank) → TOT, the next {@code kha}
 *       share → KHA, the rest TRUNG_BINH. Shares are 0..1; agencies tied on rank share a level.</li>
 * </ul>
 */
public record LevelRule(Mode mode, double tot, double kha) {

    /** The two ways of giving levels. */
    public enum Mode { THRESHOLD, BAND }
}
