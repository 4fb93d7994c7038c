package vn.portalassessor.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.criteria.Band;
import vn.portalassessor.criteria.RuleType;

class PointsRuleTest {

    @ParameterizedTest(name = "RATIO {0} of 20 → {1}")
    @CsvSource({"0.97, 19.4", "1.0, 20", "0, 0", "1.3, 20"})
    void ratioIsTheShareOfTheMaximum(double ratio, double points) {
        assertThat(PointsRule.points(RuleType.RATIO, 20, null, null, List.of(), ratio, 0)).isEqualTo(points);
    }

    @ParameterizedTest(name = "NORMALIZED {0} kbps against best {1} of 40 → {2}")
    @CsvSource({"256, 512, 20", "512, 512, 40", "100, 400, 10", "0, 400, 0", "50, 0, 0"})
    void normalizedIsTheValueOverTheBestOfTheGroup(double value, double best, double points) {
        assertThat(PointsRule.points(RuleType.NORMALIZED, 40, null, null, List.of(), value, best)).isEqualTo(points);
    }

    @ParameterizedTest(name = "CAPPED_COUNT {0} applications × 1, cap 5 → {1}")
    @CsvSource({"3, 3", "5, 5", "9, 5", "0, 0"})
    void cappedCountStopsAtTheCap(double count, double points) {
        assertThat(PointsRule.points(RuleType.CAPPED_COUNT, 5, 1.0, 5.0, List.of(), count, 0)).isEqualTo(points);
    }

    @ParameterizedTest(name = "BANDED {0}% of the budget → {1}")
    @CsvSource({"0.3, 0", "0.5, 4", "1.2, 7", "2.0, 10", "3.5, 10"})
    void bandedTakesTheHighestBandReached(double value, double points) {
        List<Band> bands = List.of(new Band(0.5, 4), new Band(1.0, 7), new Band(2.0, 10));
        assertThat(PointsRule.points(RuleType.BANDED, 10, null, null, bands, value, 0)).isEqualTo(points);
    }

    @Test
    void presenceGivesTheShareOfSubItemsFound() {
        assertThat(PointsRule.points(RuleType.PRESENCE, 3, null, null, List.of(), 2.0 / 3, 0)).isEqualTo(2.0);
        assertThat(PointsRule.points(RuleType.PRESENCE, 12, null, null, List.of(), 1.0, 0)).isEqualTo(12.0);
    }

    @Test
    void compositeIsScoredByItsComponentsNotDirectly() {
        assertThatThrownBy(() -> PointsRule.points(RuleType.COMPOSITE, 50, null, null, List.of(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("by its components");
    }
}
