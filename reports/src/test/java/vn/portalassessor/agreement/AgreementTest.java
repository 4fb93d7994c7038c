package vn.portalassessor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static vn.portalassessor.evaluate.Status.MET;
import static vn.portalassessor.evaluate.Status.NEEDS_REVIEW;
import static vn.portalassessor.evaluate.Status.NOT_APPLICABLE;
import static vn.portalassessor.evaluate.Status.NOT_MET;
import static vn.portalassessor.evaluate.Status.PARTIAL;
import static vn.portalassessor.evaluate.Status.UNREACHABLE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.agreement.AgreementReport.CountError;
import vn.portalassessor.agreement.AgreementReport.CriterionCounts;
import vn.portalassessor.agreement.AgreementReport.Disagreement;
import vn.portalassessor.agreement.AgreementReport.Share;

/**
 * Agreement of the fixture run ({@link AgreementFixture}) with 15 inspector's labels, every figure
 * computed by hand below. The labels (line: agency criterion label ↔ tool):
 *
 * <pre>
 *  2 bo-tai-nguyen-bien C3.01 MET            ↔ MET            agree
 *  3 bo-tai-nguyen-bien C3.02 NOT_MET        ↔ PARTIAL        disagree
 *  4 bo-tai-nguyen-bien C3.13 NOT_APPLICABLE ↔ NOT_APPLICABLE agree
 *  5 bo-tai-nguyen-bien C3.18 NOT_MET        ↔ MET            disagree
 *  6 bo-tai-nguyen-bien C3.19 MET            ↔ NEEDS_REVIEW   disagree (the tool abstained)
 *  7 bo-tai-nguyen-bien C4.04 MET, count 4   ↔ MET, detected 3   agree
 *  8 bo-tai-nguyen-bien C4.05 MET, count 2   ↔ NOT_MET, detected 0 disagree
 *  9 tinh-son-lam       C3.01 MET            ↔ MET            agree
 * 10 tinh-son-lam       C3.02 MET            ↔ MET            agree
 * 11 tinh-son-lam       C3.13 MET            ↔ MET            agree
 * 12 tinh-son-lam       C3.18 NOT_MET        ↔ MET            disagree
 * 13 tinh-son-lam       C3.19 NOT_MET        ↔ NOT_MET        agree
 * 14 tinh-son-lam       C4.04 MET, count 10  ↔ MET, crawler value 10 agree
 * 15 tinh-son-lam       C4.05 MET, count 2   ↔ MET, crawler value 2  agree
 * 16 tinh-son-lam       C1.01 MET            ↔ (no verdict in the run: not counted)
 * </pre>
 *
 * Compared 14, agreed 9: 9/14 = 0.643. Category 3: 10 compared, 6 agreed = 0.600; category 4: 4
 * compared, 3 agreed = 0.750.
 *
 * <p>Kappa. Labels: MET 9, NOT_MET 4, NOT_APPLICABLE 1. Tool: MET 9, PARTIAL 1, NOT_MET 2, NEEDS_REVIEW 1,
 * NOT_APPLICABLE 1. Observed p_o = 9/14 = 126/196. Expected p_e = (9·9 + 0·1 + 4·2 + 0·1 + 1·1) / 14² =
 * 90/196. κ = (126 − 90) / (196 − 90) = 36/106 = 18/53 = 0.3396.
 *
 * <p>Counts. C4.04: bo-tai-nguyen-bien |3 − 4| = 1, 1/4 = 25%; tinh-son-lam 0, 0%; mean 12.5%. C4.05:
 * bo-tai-nguyen-bien |0 − 2| = 2, 2/2 = 100%; tinh-son-lam 0, 0%; mean 50%. All four: (0.25 + 0 + 1 + 0) / 4
 * = 31.25%.
 */
class AgreementTest {

    static final String LABELS = """
            agency_id,criterion_id,status,count,note
            bo-tai-nguyen-bien,C3.01,MET,,
            bo-tai-nguyen-bien,C3.02,NOT_MET,,"Họ tên, chức vụ lãnh đạo chỉ có trong ảnh banner; trang không có chữ"
            bo-tai-nguyen-bien,C3.13,NOT_APPLICABLE,,
            bo-tai-nguyen-bien,C3.18,NOT_MET,,/en/Pages/Default.aspx chỉ có dòng Under construction
            bo-tai-nguyen-bien,C3.19,MET,,"dc.title, dc.creator, dc.date (chữ thường) trên trang chủ và bài viết"
            bo-tai-nguyen-bien,C4.04,MET,4,4 dịch vụ nộp hồ sơ trực tuyến hoạt động
            bo-tai-nguyen-bien,C4.05,MET,2,Nộp lệ phí qua cổng thanh toán Payoo ở 2 dịch vụ
            tinh-son-lam,C3.01,MET,,
            tinh-son-lam,C3.02,met,,
            tinh-son-lam,C3.13,MET,,
            tinh-son-lam,C3.18,NOT_MET,,Liên kết English dẫn tới trang Đang cập nhật
            tinh-son-lam,C3.19,NOT_MET,,
            tinh-son-lam,C4.04,MET,10,
            tinh-son-lam,C4.05,MET,2,
            tinh-son-lam,C1.01,MET,,tự báo cáo: không đánh giá qua cổng
            """;

    @TempDir
    Path dir;

    private AgreementReport report;

    @BeforeEach
    void measure() throws Exception {
        report = Agreement.measure(AgreementFixture.assessment(), AgreementFixture.labels(dir, LABELS),
                "demo/results.json", "nhan-thanh-tra.csv");
    }

    @Test
    void agreementIsTheShareOfComparedLabelsWhoseStatusTheToolGaveExactly() {
        assertThat(report.labelled()).isEqualTo(15);
        assertThat(report.compared()).isEqualTo(14);
        assertThat(report.agreed()).isEqualTo(9);
        assertThat(report.agreement()).isCloseTo(9.0 / 14, within(1e-12));
        assertThat(report.methodology()).isEqualTo("2016-reconstructed v1");
    }

    @Test
    void agreementPerCategoryAndPerCriterion() {
        assertThat(report.categories()).extracting(Share::id, Share::agreed, Share::compared)
                .containsExactly(tuple("3", 6, 10), tuple("4", 3, 4));
        assertThat(report.categories().get(0).agreement()).isCloseTo(0.6, within(1e-12));
        assertThat(report.categories().get(1).agreement()).isCloseTo(0.75, within(1e-12));
        assertThat(report.criteria()).extracting(Share::id, Share::agreed, Share::compared).containsExactly(
                tuple("C3.01", 2, 2), tuple("C3.02", 1, 2), tuple("C3.13", 2, 2), tuple("C3.18", 0, 2),
                tuple("C3.19", 1, 2), tuple("C4.04", 2, 2), tuple("C4.05", 1, 2));
    }

    @Test
    void cohensKappaOverTheStatusesPresentMatchesTheHandComputation() {
        assertThat(report.kappa().classes()).containsExactly(MET, PARTIAL, NOT_MET, NEEDS_REVIEW, NOT_APPLICABLE);
        assertThat(report.kappa().observed()).isCloseTo(126.0 / 196, within(1e-12));
        assertThat(report.kappa().expected()).isCloseTo(90.0 / 196, within(1e-12));
        assertThat(report.kappa().value()).isCloseTo(18.0 / 53, within(1e-12));
    }

    @Test
    void confusionTableCountsEachLabelAgainstTheToolsStatus() {
        AgreementReport.Confusion c = report.confusion();
        assertThat(c.classes()).containsExactly(MET, PARTIAL, NOT_MET, NEEDS_REVIEW, NOT_APPLICABLE);
        assertThat(c.counts()).containsExactly(
                List.of(7, 0, 1, 1, 0),   // labelled MET: 7 MET, 1 NOT_MET (C4.05), 1 NEEDS_REVIEW (C3.19)
                List.of(0, 0, 0, 0, 0),   // nobody labelled PARTIAL
                List.of(2, 1, 1, 0, 0),   // labelled NOT_MET: 2 MET (both C3.18), 1 PARTIAL (C3.02), 1 NOT_MET
                List.of(0, 0, 0, 0, 0),   // an inspector never labels NEEDS_REVIEW
                List.of(0, 0, 0, 0, 1));  // NOT_APPLICABLE C3.13 of the ministry
        assertThat(c.count(NOT_MET, MET)).isEqualTo(2);
        assertThat(c.count(UNREACHABLE, MET)).as("a status absent on both sides").isZero();
    }

    @Test
    void serviceCountErrorsPerAgencyAndTheirMeans() {
        CriterionCounts level3 = report.counts().criteria().get(0);
        CriterionCounts level4 = report.counts().criteria().get(1);
        assertThat(level3.criterion()).isEqualTo("C4.04");
        assertThat(level3.agencies()).extracting(CountError::agency, CountError::labelled, CountError::detected,
                        CountError::absoluteError, CountError::relativeError)
                .containsExactly(tuple("bo-tai-nguyen-bien", 4, 3, 1, 0.25), tuple("tinh-son-lam", 10, 10, 0, 0.0));
        assertThat(level3.meanRelativeError()).isCloseTo(0.125, within(1e-12));
        assertThat(level4.criterion()).isEqualTo("C4.05");
        assertThat(level4.agencies()).extracting(CountError::agency, CountError::labelled, CountError::detected,
                        CountError::absoluteError, CountError::relativeError)
                .containsExactly(tuple("bo-tai-nguyen-bien", 2, 0, 2, 1.0), tuple("tinh-son-lam", 2, 2, 0, 0.0));
        assertThat(level4.meanRelativeError()).isCloseTo(0.5, within(1e-12));
        assertThat(report.counts().measured()).isEqualTo(4);
        assertThat(report.counts().meanRelativeError()).isCloseTo(0.3125, within(1e-12));
    }

    @Test
    void everyDisagreementCarriesTheToolsReasonBesideTheInspectorsNoteByCriterion() {
        assertThat(report.disagreements()).extracting(Disagreement::criterion, Disagreement::agency,
                        Disagreement::label, Disagreement::tool, Disagreement::toolAbstained, Disagreement::where)
                .containsExactly(
                        tuple("C3.02", "bo-tai-nguyen-bien", NOT_MET, PARTIAL, false, dir.resolve("nhan-thanh-tra.csv") + ":3"),
                        tuple("C3.18", "bo-tai-nguyen-bien", NOT_MET, MET, false, dir.resolve("nhan-thanh-tra.csv") + ":5"),
                        tuple("C3.18", "tinh-son-lam", NOT_MET, MET, false, dir.resolve("nhan-thanh-tra.csv") + ":12"),
                        tuple("C3.19", "bo-tai-nguyen-bien", MET, NEEDS_REVIEW, true, dir.resolve("nhan-thanh-tra.csv") + ":6"),
                        tuple("C4.05", "bo-tai-nguyen-bien", MET, NOT_MET, false, dir.resolve("nhan-thanh-tra.csv") + ":8"));
        Disagreement english = report.disagreements().get(2);
        assertThat(english.explanation()).isEqualTo("Tìm thấy liên kết English tới /web/guest/english");
        assertThat(english.note()).isEqualTo("Liên kết English dẫn tới trang Đang cập nhật");
        assertThat(english.category()).isEqualTo("3");
        assertThat(report.toolAbstained()).as("NEEDS_REVIEW of the tool, counted as a disagreement").isEqualTo(1);
    }

    @Test
    void aLabelForACriterionTheRunHasNoVerdictOnIsListedAndNotCounted() {
        assertThat(report.notInRun()).singleElement().satisfies(n -> {
            assertThat(n.agency()).isEqualTo("tinh-son-lam");
            assertThat(n.criterion()).isEqualTo("C1.01");
            assertThat(n.label()).isEqualTo(MET);
            assertThat(n.where()).endsWith("nhan-thanh-tra.csv:16");
        });
        assertThat(report.criteria()).extracting(Share::id).doesNotContain("C1.01");
    }

    @Test
    void aCountIsMeasuredOnlyWhereTheToolCountedAndARelativeErrorNeedsALabelledCountAboveZero() throws Exception {
        AgreementReport r = Agreement.measure(AgreementFixture.assessment(), AgreementFixture.labels(dir, """
                agency_id,criterion_id,status,count,note
                tinh-tra-giang,C4.04,UNREACHABLE,5,dichvucong.tinhtragiang từ chối kết nối
                bo-tai-nguyen-bien,C4.05,NOT_MET,0,không dịch vụ nào thanh toán trực tuyến được
                tinh-son-lam,C4.05,NOT_MET,0,nút Thanh toán chỉ dẫn tới trang hướng dẫn nộp tại quầy
                tinh-son-lam,C4.04,MET,,
                """), "r", "l");

        assertThat(r.counts().criteria()).extracting(CriterionCounts::criterion).containsExactly("C4.04", "C4.05");
        assertThat(r.counts().criteria().get(0).agencies()).as("no count from an unreachable services site; the "
                        + "C4.04 label without a count is not measured")
                .containsExactly(new CountError("tinh-tra-giang", 5, null, null, null, UNREACHABLE));
        assertThat(r.counts().criteria().get(0).meanRelativeError()).isNull();
        assertThat(r.counts().criteria().get(1).agencies()).containsExactly(
                new CountError("bo-tai-nguyen-bien", 0, 0, 0, 0.0, NOT_MET),
                new CountError("tinh-son-lam", 0, 2, 2, null, MET));
        assertThat(r.counts().measured()).isEqualTo(1);
        assertThat(r.counts().meanRelativeError()).isEqualTo(0.0);
        assertThat(r.agreed()).as("UNREACHABLE matches UNREACHABLE exactly").isEqualTo(3);
    }

    @Test
    void kappaIsUndefinedWhenBothSidesPutEveryVerdictInOneStatus() throws Exception {
        AgreementReport r = Agreement.measure(AgreementFixture.assessment(), AgreementFixture.labels(dir, """
                agency_id,criterion_id,status
                tinh-son-lam,C3.01,MET
                tinh-tra-giang,C3.01,MET
                """), "r", "l");

        assertThat(r.agreement()).isEqualTo(1.0);
        assertThat(r.kappa().value()).isNull();
        assertThat(r.kappa().expected()).isEqualTo(1.0);
        assertThat(r.counts().criteria()).isEmpty();
        assertThat(r.counts().meanRelativeError()).isNull();
    }
}
