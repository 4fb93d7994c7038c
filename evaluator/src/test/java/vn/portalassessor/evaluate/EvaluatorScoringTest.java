package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.SiteStatus;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;

/**
 * Scoring a small methodology by hand: every rule type, normalisation within a group, sources merged
 * with a discrepancy flagged, missing self-reports said aloud, ties, levels and the overall rank.
 */
class EvaluatorScoringTest {

    private static final String METHOD = """
            id: test-2016
            version: "1"
            overallRank: true
            levelRule: {mode: THRESHOLD, tot: 0.8, kha: 0.5}
            categories:
              - id: "1"
                name: "Hạ tầng kỹ thuật"
                maxPoints: {MINISTRY: 120, GOV_AGENCY: 120, PROVINCE: 120}
                criteria:
                  - {id: C1.01, name: "Tỷ lệ cán bộ có máy tính", rule: RATIO, maxPoints: 20, sources: [SELF_REPORTED]}
                  - {id: C1.03, name: "Băng thông bình quân", rule: NORMALIZED, maxPoints: 40, sources: [SELF_REPORTED]}
                  - id: C1.04
                    name: "Mạng diện rộng"
                    rule: COMPOSITE
                    maxPoints: 50
                    sources: [SELF_REPORTED]
                    components:
                      - {id: C1.04a, name: "Tỷ lệ đơn vị kết nối", rule: RATIO, maxPoints: 45}
                      - {id: C1.04b, name: "Số ứng dụng", rule: CAPPED_COUNT, maxPoints: 5, perItem: 1, cap: 5}
                  - id: C1.06
                    name: "Kinh phí CNTT (%)"
                    rule: BANDED
                    maxPoints: 10
                    sources: [SELF_REPORTED]
                    bands: [{min: 0.5, points: 4}, {min: 1.0, points: 7}, {min: 2.0, points: 10}]
              - id: "4"
                name: "Dịch vụ công trực tuyến"
                maxPoints: {MINISTRY: 30, GOV_AGENCY: 30, PROVINCE: 30}
                criteria:
                  - {id: C4.04, name: "Số DVC mức độ 3", rule: NORMALIZED, maxPoints: 25, sources: [CRAWLER, SELF_REPORTED], check: counted}
                  - {id: C4.08, name: "Tỷ lệ hồ sơ trực tuyến", rule: RATIO, maxPoints: 5, sources: [SELF_REPORTED, CRAWLER], check: published}
            """;

    @TempDir
    Path run;
    Methodology method;
    List<Agency> agencies;
    Map<String, Double> crawlerCounts;

    @BeforeEach
    void setUp() throws IOException {
        method = MethodologyLoader.parse(METHOD, "test.yaml");
        agencies = List.of(
                agency("bo-a", Group.MINISTRY), agency("bo-b", Group.MINISTRY), agency("bo-c", Group.MINISTRY),
                agency("tinh-x", Group.PROVINCE));
        crawlerCounts = Map.of("bo-a", 12.0, "bo-b", 24.0, "bo-c", 6.0, "tinh-x", 3.0);
        for (Agency a : agencies) {
            writeSummary(a.id(), SiteStatus.OK);
        }
    }

    private Assessment evaluate(String selfReportCsv) throws IOException {
        Path file = Files.writeString(run.resolve("tu-bao-cao.csv"), selfReportCsv, StandardCharsets.UTF_8);
        SelfReport report = SelfReportReader.read(file, method, Set.of("bo-a", "bo-b", "bo-c", "tinh-x"));
        Check counted = new Check() {
            @Override
            public String name() {
                return "counted";
            }

            @Override
            public Verdict judge(Criterion criterion, SiteEvidence site) {
                double n = crawlerCounts.get(site.agency().id());
                return Verdict.measured(n, "Đếm được " + (int) n + " dịch vụ mức độ 3", List.of());
            }
        };
        Check published = new Check() {
            @Override
            public String name() {
                return "published";
            }

            @Override
            public Verdict judge(Criterion criterion, SiteEvidence site) {
                return site.agency().id().equals("bo-b")
                        ? Verdict.measured(0.5, "Cổng công bố 50% hồ sơ nộp trực tuyến", List.of())
                        : Verdict.notFound("Không tìm thấy số liệu thống kê", List.of());
            }
        };
        return new Evaluator(method, Map.of("counted", counted, "published", published)).evaluate(agencies, run, report,
                a -> new vn.portalassessor.crawl.ArchivedPageSource(vn.portalassessor.crawl.store.PageStore.open(run, a.id())),
                LocalDate.of(2016, 12, 31), id -> { });
    }

    private static final String SELF_REPORTS = """
            agency_id,criterion_id,value,note
            bo-a,C1.01,0.97,
            bo-a,C1.03,256,kbps
            bo-a,C1.04a,0.8,
            bo-a,C1.04b,7,bảy ứng dụng
            bo-a,C1.06,1.2,
            bo-a,C4.04,15,số DVC mức độ 3 tự báo cáo
            bo-b,C1.01,100%,
            bo-b,C1.03,512,
            bo-b,C1.04a,1,
            bo-b,C1.04b,5,
            bo-b,C1.06,2.5,
            bo-b,C4.04,24,
            bo-a,C4.08,0.3,
            bo-b,C4.08,0.3,
            bo-c,C1.03,128,
            tinh-x,C1.03,100,
            """;

    @Test
    @DisplayName("every rule type, computed by hand")
    void scoresEveryRuleTypeExactly() throws IOException {
        AgencyResult a = evaluate(SELF_REPORTS).agency("bo-a").orElseThrow();

        assertThat(points(a, "C1.01")).as("RATIO 0.97 × 20").isEqualTo(19.4);
        assertThat(points(a, "C1.03")).as("NORMALIZED 256 / 512 × 40").isEqualTo(20.0);
        assertThat(points(a, "C1.04")).as("COMPOSITE 0.8 × 45 + min(7, 5)").isEqualTo(41.0);
        assertThat(points(a, "C1.06")).as("BANDED 1.2 ≥ 1.0").isEqualTo(7.0);
        assertThat(a.category("1").orElseThrow().points()).isEqualTo(87.4);
        assertThat(a.category("1").orElseThrow().index()).as("87.4 / 120").isEqualTo(0.728);
        assertThat(result(a, "C1.04").status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    @DisplayName("issue 13: a self-reported figure is quoted with a decimal comma")
    void quotesSelfReportedFiguresTheVietnameseWay() throws IOException {
        AgencyResult a = evaluate(SELF_REPORTS).agency("bo-a").orElseThrow();

        assertThat(result(a, "C1.01").explanation()).isEqualTo("Số liệu tự báo cáo: 0,97");
        assertThat(result(a, "C1.04").explanation()).contains("C1.04a = 0,8").doesNotContain("0.8");
    }

    @Test
    void normalizesAgainstTheBestOfTheAgencysOwnGroup() throws IOException {
        Assessment assessment = evaluate(SELF_REPORTS);

        assertThat(points(assessment.agency("bo-b").orElseThrow(), "C1.03")).isEqualTo(40.0);
        assertThat(points(assessment.agency("bo-c").orElseThrow(), "C1.03")).as("128 / 512 × 40").isEqualTo(10.0);
        assertThat(result(assessment.agency("bo-c").orElseThrow(), "C1.03").status())
                .as("a NORMALIZED value below the group's best is still MET (§8: the count is judged by itself)")
                .isEqualTo(Status.MET);
        assertThat(points(assessment.agency("tinh-x").orElseThrow(), "C1.03"))
                .as("the only province is the best of its group").isEqualTo(40.0);
    }

    @Test
    @DisplayName("C4.04: crawler count and self-report both kept, disagreement flagged")
    void keepsBothValuesAndFlagsTheDiscrepancy() throws IOException {
        CriterionResult c404 = result(evaluate(SELF_REPORTS).agency("bo-a").orElseThrow(), "C4.04");

        assertThat(c404.source()).isEqualTo(Source.CRAWLER);
        assertThat(c404.detected()).isEqualTo(12.0);
        assertThat(c404.reported()).isEqualTo(15.0);
        assertThat(c404.discrepancy()).isTrue();
        assertThat(c404.points()).as("12 / 24 × 25").isEqualTo(12.5);
        assertThat(c404.explanation()).contains("số liệu tự báo cáo (15) khác số liệu kiểm tra (12)");
        CriterionResult agreed = result(evaluate(SELF_REPORTS).agency("bo-b").orElseThrow(), "C4.04");
        assertThat(agreed.discrepancy()).isFalse();
    }

    @Test
    @DisplayName("C4.08: statistics not published is no measured zero, so no discrepancy")
    void somethingNotFoundIsNotComparedWithTheSelfReport() throws IOException {
        Assessment assessment = evaluate(SELF_REPORTS);

        CriterionResult unpublished = result(assessment.agency("bo-a").orElseThrow(), "C4.08");
        assertThat(unpublished.source()).isEqualTo(Source.SELF_REPORTED);
        assertThat(unpublished.points()).as("0.3 × 5").isEqualTo(1.5);
        assertThat(unpublished.discrepancy()).isNull();
        CriterionResult published = result(assessment.agency("bo-b").orElseThrow(), "C4.08");
        assertThat(published.detected()).isEqualTo(0.5);
        assertThat(published.discrepancy()).isTrue();
    }

    @Test
    @DisplayName("missing self-reported rows: NOT_MET, \"không có số liệu\", never a silent zero")
    void sayNoDataWhenAnAgencyDidNotReport() throws IOException {
        AgencyResult c = evaluate(SELF_REPORTS).agency("bo-c").orElseThrow();

        CriterionResult missing = result(c, "C1.01");
        assertThat(missing.status()).isEqualTo(Status.NOT_MET);
        assertThat(missing.points()).isZero();
        assertThat(missing.explanation()).startsWith("Không có số liệu");
        assertThat(result(c, "C1.04").explanation()).startsWith("Không có số liệu");
    }

    @Test
    void unreachablePortalMakesCrawlerCriteriaUnreachableNotNotMet() throws IOException {
        writeSummary("bo-c", SiteStatus.UNREACHABLE);

        CriterionResult c404 = result(evaluate(SELF_REPORTS).agency("bo-c").orElseThrow(), "C4.04");

        assertThat(c404.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(c404.explanation()).contains("không truy cập được");
    }

    @Test
    void ranksWithinGroupsWithTiesLevelsAndAnOverallRank() throws IOException {
        String tied = SELF_REPORTS.replace("bo-c,C1.03,128,", "bo-c,C1.03,128,\nbo-c,C1.01,0.97,\nbo-c,C1.04a,0.8,\n"
                + "bo-c,C1.04b,7,\nbo-c,C1.06,1.2,").replace("bo-c,C1.03,128,", "bo-c,C1.03,256,");
        Assessment assessment = evaluate(tied);

        var a = assessment.agency("bo-a").orElseThrow().category("1").orElseThrow();
        var b = assessment.agency("bo-b").orElseThrow().category("1").orElseThrow();
        var c = assessment.agency("bo-c").orElseThrow().category("1").orElseThrow();
        assertThat(b.rank()).isEqualTo(1);
        assertThat(b.level()).as("index 1.000").isEqualTo(Level.TOT);
        assertThat(a.rank()).as("tied with bo-c").isEqualTo(2);
        assertThat(c.rank()).isEqualTo(2);
        assertThat(a.level()).as("index 0.728").isEqualTo(Level.KHA);
        assertThat(a.rankOf()).isEqualTo(3);
        assertThat(assessment.agency("tinh-x").orElseThrow().category("1").orElseThrow().rankOf()).isEqualTo(1);
        assertThat(assessment.agency("bo-b").orElseThrow().overall().rank()).isEqualTo(1);
        assertThat(assessment.agencies()).extracting(AgencyResult::id).containsExactly("bo-a", "bo-b", "bo-c", "tinh-x");
    }

    private static double points(AgencyResult a, String id) {
        return result(a, id).points();
    }

    private static CriterionResult result(AgencyResult a, String id) {
        return a.categories().stream().flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    private void writeSummary(String id, SiteStatus status) throws IOException {
        Path file = RunLayout.summary(run, id);
        Files.createDirectories(file.getParent());
        JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()
                .writeValue(file.toFile(), new CrawlSummary(id, status, 10, 0,
                        status == SiteStatus.OK ? List.of() : List.of("connection refused"), Instant.now(), Instant.now()));
    }

    private static Agency agency(String id, Group group) {
        return new Agency(id, id, group, URI.create("http://127.0.0.1:9/"), null);
    }

}
