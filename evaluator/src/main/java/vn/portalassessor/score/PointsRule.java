package vn.portalassessor.score;

import java.util.List;
import vn.portalassessor.criteria.Band;
import vn.portalassessor.criteria.RuleType;

/**
 * The arithmetic of each rule type (methodology §2). COMPOSITE is the sum of its components, each
 * computed here with its own rule. Stateless.
 */
public final class PointsRule {

    private PointsRule() {
    }

    /**
     * Points for one value.
     *
     * @param groupBest the best value in the agency's group, for NORMALIZED (ignored otherwise)
     */
    public static double points(RuleType rule, double max, Double perItem, Double cap, List<Band> bands,
                                double value, double groupBest) {
        double points = switch (rule) {
            case RATIO, PRESENCE -> clamp(value, 0, 1) * max;
            case NORMALIZED -> groupBest <= 0 ? 0 : clamp(value / groupBest, 0, 1) * max;
            case CAPPED_COUNT -> Math.min(Math.max(value, 0) * perItem, cap);
            case BANDED -> bands.stream().filter(b -> value >= b.min()).mapToDouble(Band::points).max().orElse(0);
            case COMPOSITE -> throw new IllegalArgumentException("a COMPOSITE criterion is scored by its components");
        };
        return round(points);
    }

    /** Rounds to 6 decimals so sums of fractional points compare exactly. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
