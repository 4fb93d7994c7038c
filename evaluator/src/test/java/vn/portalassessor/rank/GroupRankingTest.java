package vn.portalassessor.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.criteria.LevelRule;
import vn.portalassessor.evaluate.result.Level;

class GroupRankingTest {

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        assertThat(GroupRanking.ranks(List.of(0.781, 0.902, 0.781, 0.5))).containsExactly(2, 1, 2, 4);
    }

    @Test
    void indicesEqualAsShownToThreeDecimalsAreTied() {
        assertThat(GroupRanking.ranks(List.of(0.78149, 0.7812, 0.7804))).containsExactly(1, 1, 3);
    }

    @Test
    void thirteenProvincesTiedFirstAllRankFirst() {
        List<Double> indices = new java.util.ArrayList<>(java.util.Collections.nCopies(13, 1.0));
        indices.add(0.95);
        int[] ranks = GroupRanking.ranks(indices);
        assertThat(ranks[0]).isEqualTo(1);
        assertThat(ranks[12]).isEqualTo(1);
        assertThat(ranks[13]).isEqualTo(14);
    }

    @ParameterizedTest(name = "threshold mode: index {0} → {1}")
    @CsvSource({"0.900, TOT", "0.750, TOT", "0.749, KHA", "0.500, KHA", "0.499, TRUNG_BINH", "0, TRUNG_BINH"})
    void thresholdModeComparesTheIndex(double index, Level level) {
        LevelRule rule = new LevelRule(LevelRule.Mode.THRESHOLD, 0.75, 0.5);
        assertThat(GroupRanking.level(rule, index, 1, 10)).isEqualTo(level);
    }

    @ParameterizedTest(name = "band mode, 10 agencies: rank {0} → {1}")
    @CsvSource({"1, TOT", "3, TOT", "4, KHA", "7, KHA", "8, TRUNG_BINH", "10, TRUNG_BINH"})
    void bandModePlacesTheRank(int rank, Level level) {
        LevelRule rule = new LevelRule(LevelRule.Mode.BAND, 0.3, 0.4);
        assertThat(GroupRanking.level(rule, 0.1, rank, 10)).isEqualTo(level);
    }

    @Test
    void agenciesTiedOnRankShareABandLevel() {
        LevelRule rule = new LevelRule(LevelRule.Mode.BAND, 0.3, 0.4);
        int[] ranks = GroupRanking.ranks(List.of(0.9, 0.8, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2));
        assertThat(ranks).startsWith(1, 2, 2, 2);
        assertThat(GroupRanking.level(rule, 0.8, ranks[3], 10)).isEqualTo(Level.TOT);
    }
}
