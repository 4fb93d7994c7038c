package vn.portalassessor.rank;

import java.util.List;
import vn.portalassessor.criteria.LevelRule;
import vn.portalassessor.evaluate.result.Level;

/**
 * Standard competition ranking within a group: the highest index ranks 1, equal indices share a rank,
 * and the next index takes the rank after all of them (1, 1, 3). Indices are compared as shown, to 3
 * decimals, so two agencies printed with the same index never get different ranks. Stateless.
 */
public final class GroupRanking {

    private GroupRanking() {
    }

    /** The rank of each index, in the same order. */
    public static int[] ranks(List<Double> indices) {
        int[] ranks = new int[indices.size()];
        for (int i = 0; i < indices.size(); i++) {
            long mine = shown(indices.get(i));
            int better = 0;
            for (Double other : indices) {
                if (shown(other) > mine) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }

    /**
     * The level of an agency with this index and rank among {@code groupSize} agencies. Threshold
     * mode compares the index; band mode places the rank: within the best {@code tot} share → TOT,
     * within the next {@code kha} share → KHA. Tied agencies share a rank, so they share a level.
     */
    public static Level level(LevelRule rule, double index, int rank, int groupSize) {
        if (rule.mode() == LevelRule.Mode.THRESHOLD) {
            long shownIndex = shown(index);
            if (shownIndex >= shown(rule.tot())) {
                return Level.TOT;
            }
            return shownIndex >= shown(rule.kha()) ? Level.KHA : Level.TRUNG_BINH;
        }
        double position = (rank - 1) / (double) groupSize;
        if (position < rule.tot() - 1e-9) {
            return Level.TOT;
        }
        return position < rule.tot() + rule.kha() - 1e-9 ? Level.KHA : Level.TRUNG_BINH;
    }

    /** An index as shown, in thousandths. */
    static long shown(double index) {
        return Math.round(index * 1000);
    }

    /** An index rounded to the 3 decimals reports show. */
    public static double round3(double index) {
        return shown(index) / 1000.0;
    }
}
