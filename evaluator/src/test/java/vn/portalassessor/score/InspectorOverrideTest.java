package vn.portalassessor.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.CrawlInfo;

class InspectorOverrideTest {

    private static final Methodology M = MethodologyLoader.loadDefault();
    private static final LocalDate DATE = LocalDate.of(2016, 12, 31);

    /** Two provinces: Sơn Lâm has a sitemap page, Trà Giang's crawl did not find one. */
    private static Assessment crawled() {
        return Scorer.score(M, DATE, List.of(
                province("tinh-son-lam", "Tỉnh Sơn Lâm", 1.0, 12),
                province("tinh-tra-giang", "Tỉnh Trà Giang", 0.0, 30)));
    }

    private static AgencyJudgements province(String id, String name, double sitemap, double level3) {
        Agency agency = new Agency(id, name, Group.PROVINCE, URI.create("http://127.0.0.1:1/" + id + "/"), null);
        Map<String, Judgement> judgements = new HashMap<>();
        M.criteria().filter(c -> c.appliesTo(Group.PROVINCE)).forEach(c -> judgements.put(c.id(),
                new Judgement(c, Status.NOT_MET, null, Map.of(), Source.SELF_REPORTED,
                        "Không có số liệu: cơ quan chưa báo cáo tiêu chí này", List.of(), 1.0, null, null)));
        Criterion c323 = M.criterion("C3.23").orElseThrow();
        judgements.put("C3.23", new Judgement(c323, sitemap > 0 ? Status.MET : Status.NOT_MET, sitemap, Map.of(),
                Source.CRAWLER, sitemap > 0 ? "Có: Trang sơ đồ cổng" : "Không tìm thấy sơ đồ cổng",
                List.of(new Evidence("http://127.0.0.1:1/" + id + "/", Instant.parse("2016-12-20T02:00:00Z"),
                        "<urn:uuid:1>", null, "Trang chủ", null)), 0.9, null, null));
        Criterion c404 = M.criterion("C4.04").orElseThrow();
        judgements.put("C4.04", new Judgement(c404, Status.MET, level3, Map.of(), Source.CRAWLER,
                "Đếm được " + (long) level3 + " dịch vụ mức độ 3", List.of(), 0.8, level3, null));
        return new AgencyJudgements(agency, new CrawlInfo(40, 0, "OK", List.of()), judgements);
    }

    private static CriterionResult result(Assessment a, String agency, String criterion) {
        return a.agency(agency).orElseThrow().categories().stream().flatMap(c -> c.criteria().stream())
                .filter(r -> r.id().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void rescoringWithoutOverridesGivesTheSameAssessment() {
        Assessment before = crawled();
        assertThat(Scorer.rescore(M, before, Overrides.NONE)).isEqualTo(before);
    }

    @Test
    void inspectorOverrideWinsWithItsReasonAuthorAndTheOldEvidence() {
        Assessment after = Scorer.rescore(M, crawled(), Overrides.of(List.of(new InspectorOverride("tinh-tra-giang",
                "C3.23", 1.0, Map.of(), "có", "Cơ quan chứng minh trang /so-do-cong tồn tại từ 01/12/2016",
                "Nguyễn Văn An", Instant.parse("2017-01-10T03:00:00Z")))));

        CriterionResult r = result(after, "tinh-tra-giang", "C3.23");
        assertThat(r.source()).isEqualTo(Source.INSPECTOR);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.points()).isEqualTo(3.0);
        assertThat(r.explanation()).contains("Nguyễn Văn An", "trang /so-do-cong tồn tại", "trước đó: Không tìm thấy sơ đồ cổng");
        assertThat(r.evidence()).extracting(Evidence::url).containsExactly("http://127.0.0.1:1/tinh-tra-giang/");
    }

    @Test
    void overrideOfANormalizedCountMovesTheGroupBestAndTheOtherAgencysPoints() {
        Assessment before = crawled();
        assertThat(result(before, "tinh-son-lam", "C4.04").points()).isEqualTo(10.0);

        Assessment after = Scorer.rescore(M, before, Overrides.of(List.of(new InspectorOverride("tinh-tra-giang",
                "C4.04", 20.0, Map.of(), "20", "10 dịch vụ khai là mức độ 3 chỉ có mẫu đơn tải về (mức độ 2)",
                "Trần Thị Bình", Instant.parse("2017-01-10T03:00:00Z")))));

        assertThat(result(after, "tinh-tra-giang", "C4.04").points()).isEqualTo(25.0);
        assertThat(result(after, "tinh-son-lam", "C4.04").points()).isEqualTo(15.0);
        assertThat(after.agency("tinh-son-lam").orElseThrow().category("4").orElseThrow().rank()).isEqualTo(2);
    }

    @Test
    void overrideWithoutReasonIsRefused() {
        assertThatThrownBy(() -> new InspectorOverride("tinh-tra-giang", "C3.23", 1.0, Map.of(), "có", " ",
                "Nguyễn Văn An", Instant.now())).hasMessageContaining("needs a reason");
    }

    @Test
    void overrideOfACriterionOutsideTheGroupIsRefusedNotDropped() {
        Criterion gazette = M.criterion("C3.13").orElseThrow();
        assertThat(gazette.appliesTo(Group.MINISTRY)).isFalse();
        Agency ministry = new Agency("bo-tai-nguyen-bien", "Bộ Tài nguyên Biển", Group.MINISTRY,
                URI.create("http://127.0.0.1:1/"), null);
        Overrides o = Overrides.of(List.of(new InspectorOverride("bo-tai-nguyen-bien", "C3.13", 1.0, Map.of(), "có",
                "có công báo", "Nguyễn Văn An", Instant.now())));
        assertThatThrownBy(() -> o.apply(M, new AgencyJudgements(ministry, new CrawlInfo(1, 0, "OK", List.of()), Map.of())))
                .hasMessageContaining("does not apply to group MINISTRY");
    }

    @Test
    void evaluatorAppliesOverridesAfterJudgingSoTheInspectorWinsOverAnUnreachablePortal(@org.junit.jupiter.api.io.TempDir
                                                                                        java.nio.file.Path run) {
        Agency agency = new Agency("tinh-tra-giang", "Tỉnh Trà Giang", Group.PROVINCE,
                URI.create("http://127.0.0.1:1/"), null);
        Overrides o = Overrides.of(List.of(new InspectorOverride("tinh-tra-giang", "C3.23", 1.0, Map.of(), "có",
                "Thanh tra viên mở được trang sơ đồ cổng khi cổng hoạt động lại ngày 03/01/2017", "Nguyễn Văn An",
                Instant.parse("2017-01-03T03:00:00Z"))));

        Assessment a = vn.portalassessor.evaluate.Evaluator.standard(M).evaluate(List.of(agency), run,
                vn.portalassessor.selfreport.SelfReport.NONE,
                ag -> new vn.portalassessor.crawl.ArchivedPageSource(vn.portalassessor.crawl.store.PageStore.open(run, ag.id())),
                DATE, id -> { }, o);

        assertThat(result(a, "tinh-tra-giang", "C3.22").status()).as("not crawled").isEqualTo(Status.UNREACHABLE);
        CriterionResult r = result(a, "tinh-tra-giang", "C3.23");
        assertThat(r.source()).isEqualTo(Source.INSPECTOR);
        assertThat(r.points()).isEqualTo(3.0);
        assertThat(r.explanation()).contains("Nguyễn Văn An", "trước đó: Không đánh giá được");
    }
}
