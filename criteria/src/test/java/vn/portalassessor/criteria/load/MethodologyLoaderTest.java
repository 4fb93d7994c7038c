package vn.portalassessor.criteria.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.LevelRule;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.MethodologyException;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.ValueKind;

class MethodologyLoaderTest {

    private static final String MINIMAL = """
            id: test
            version: "3"
            levelRule: {mode: THRESHOLD, tot: 0.8, kha: 0.6}
            categories:
              - id: "3"
                name: "Trang/Cổng thông tin điện tử"
                maxPoints: {MINISTRY: 6, GOV_AGENCY: 6, PROVINCE: 11}
                criteria:
                  - {id: C3.01, name: "Thông tin giới thiệu", rule: PRESENCE, maxPoints: 3, sources: [CRAWLER], check: section}
                  - {id: C3.13, name: "Công báo điện tử", groups: [PROVINCE], rule: PRESENCE, maxPoints: 5, sources: [CRAWLER]}
                  - {id: C3.23, name: "Sơ đồ cổng", rule: PRESENCE, maxPoints: 3, sources: [CRAWLER]}
            """;

    @Test
    void shippedDefaultHasEveryPortalAndServiceCriterion() {
        Methodology m = MethodologyLoader.loadDefault();

        assertThat(m.id()).isEqualTo("2016-reconstructed");
        assertThat(m.categories()).extracting(c -> c.id()).containsExactly("1", "2", "3", "4", "5", "6");
        IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("C3.%02d", i))
                .forEach(id -> assertThat(m.criterion(id)).as(id).isPresent());
        IntStream.rangeClosed(1, 8).mapToObj(i -> String.format("C4.%02d", i))
                .forEach(id -> assertThat(m.criterion(id)).as(id).isPresent());
        assertThat(m.criterion("C3.13").orElseThrow().appliesTo(Group.MINISTRY)).isFalse();
        assertThat(m.criterion("C4.04").orElseThrow().rule()).isEqualTo(RuleType.NORMALIZED);
        assertThat(m.categories().get(2).maxPointsFor(Group.PROVINCE)).isEqualTo(149.0);
    }

    @Test
    void readsTheSameMethodologyFromYamlAndJson() {
        Methodology yaml = MethodologyLoader.parse(MINIMAL, "test.yaml");
        String json = """
                {"id":"test","version":"3","levelRule":{"mode":"BAND","tot":0.3,"kha":0.4},
                 "categories":[{"id":"4","name":"Cung cấp dịch vụ công trực tuyến",
                   "maxPoints":{"MINISTRY":10,"GOV_AGENCY":10,"PROVINCE":10},
                   "criteria":[{"id":"C4.01","name":"Danh mục DVC","rule":"PRESENCE","maxPoints":10,"sources":["CRAWLER"]}]}]}
                """;
        Methodology fromJson = MethodologyLoader.parse(json, "test.json");

        assertThat(yaml.version()).isEqualTo("3");
        assertThat(yaml.criterion("C3.13").orElseThrow().groups()).containsExactly(Group.PROVINCE);
        assertThat(fromJson.levelRule().mode()).isEqualTo(LevelRule.Mode.BAND);
        assertThat(fromJson.criterion("C4.01").orElseThrow().crawlerCheck()).isEmpty();
    }

    @Test
    void refusesAnUnknownRuleTypeNamingTheElement() {
        String bad = MINIMAL.replace("rule: PRESENCE, maxPoints: 3, sources: [CRAWLER], check: section",
                "rule: PRESENT, maxPoints: 3, sources: [CRAWLER], check: section");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessageContaining("m.yaml: categories[0].criteria[0].rule")
                .hasMessageContaining("\"PRESENT\" is not one of RATIO, NORMALIZED, PRESENCE");
    }

    @Test
    void refusesADuplicateCriterionId() {
        String bad = MINIMAL.replace("id: C3.23", "id: C3.01");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessage("m.yaml: categories[0].criteria[2].id: duplicate criterion id \"C3.01\"");
    }

    @Test
    void refusesPointsThatDoNotAddUpToTheCategoryMaximum() {
        String bad = MINIMAL.replace("{id: C3.23, name: \"Sơ đồ cổng\", rule: PRESENCE, maxPoints: 3",
                "{id: C3.23, name: \"Sơ đồ cổng\", rule: PRESENCE, maxPoints: 4");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .satisfies(e -> assertThat(((MethodologyException) e).path()).isEqualTo("categories[0].maxPoints.MINISTRY"))
                .hasMessageContaining("add up to 7, not to the maximum 6");
    }

    @Test
    void refusesAGroupThatDoesNotExist() {
        String bad = MINIMAL.replace("groups: [PROVINCE]", "groups: [TINH]");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessageContaining("categories[0].criteria[1].groups")
                .hasMessageContaining("\"TINH\" is not one of MINISTRY, GOV_AGENCY, PROVINCE");
    }

    @Test
    void refusesAMisspeltField() {
        String bad = MINIMAL.replace("sources: [CRAWLER], check: section", "sources: [CRAWLER], checks: section");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessageContaining("categories[0].criteria[0].checks: unknown field \"checks\"");
    }

    @Test
    void refusesAMissingMaximum() {
        String bad = MINIMAL.replace("rule: PRESENCE, maxPoints: 3, sources: [CRAWLER], check: section",
                "rule: PRESENCE, sources: [CRAWLER], check: section");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessage("m.yaml: categories[0].criteria[0].maxPoints: is missing");
    }

    @Test
    void refusesACappedCountWithoutItsParameters() {
        String bad = MINIMAL.replace("{id: C3.23, name: \"Sơ đồ cổng\", rule: PRESENCE",
                "{id: C3.23, name: \"Sơ đồ cổng\", rule: CAPPED_COUNT");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessage("m.yaml: categories[0].criteria[2].perItem: a CAPPED_COUNT rule needs perItem > 0");
    }

    @Test
    void aSelfReportedMeasureMayBeDeclaredACountWithItsUnit() {
        String counted = MINIMAL.replace("{id: C3.23, name: \"Sơ đồ cổng\", rule: PRESENCE, maxPoints: 3, sources: [CRAWLER]}",
                "{id: C3.23, name: \"Số dịch vụ công mức độ 3\", rule: NORMALIZED, maxPoints: 3, sources: [SELF_REPORTED],"
                        + " input: COUNT, unit: \"dịch vụ\"}");

        Criterion c = MethodologyLoader.parse(counted, "m.yaml").criterion("C3.23").orElseThrow();

        assertThat(c.valueKind()).isEqualTo(ValueKind.COUNT);
        assertThat(c.unitName()).contains("dịch vụ");
        assertThat(MethodologyLoader.parse(MINIMAL, "m.yaml").criterion("C3.01").orElseThrow().valueKind())
                .as("without input, the rule's own kind").isEqualTo(ValueKind.BOOLEAN);
    }

    @Test
    void refusesAnInputKindTheRuleCannotTake() {
        String bad = MINIMAL.replace("{id: C3.23, name: \"Sơ đồ cổng\", rule: PRESENCE, maxPoints: 3, sources: [CRAWLER]}",
                "{id: C3.23, name: \"Tỷ lệ\", rule: RATIO, maxPoints: 3, sources: [SELF_REPORTED], input: COUNT}");

        assertThatThrownBy(() -> MethodologyLoader.parse(bad, "m.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessage("m.yaml: categories[0].criteria[2].input: a RATIO rule takes RATIO, not COUNT");
    }
}
