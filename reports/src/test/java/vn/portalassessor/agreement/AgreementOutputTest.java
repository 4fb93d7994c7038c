package vn.portalassessor.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as the console prints it and as JSON, on the labels of {@link AgreementTest}. */
class AgreementOutputTest {

    @TempDir
    Path dir;

    private AgreementReport report;

    @BeforeEach
    void measure() throws Exception {
        report = Agreement.measure(AgreementFixture.assessment(), AgreementFixture.labels(dir, AgreementTest.LABELS),
                "demo/results.json", "nhan-thanh-tra.csv");
    }

    @Test
    void theConsoleReportGivesEveryFigureAndPutsTheToolsReasonBesideTheInspectorsNote() {
        String text = AgreementText.render(report);

        assertThat(text).contains(
                "Nhãn: nhan-thanh-tra.csv — 15 nhãn, 14 được so sánh, 1 không có trong lượt chạy (không tính)",
                "Tổng thể: 0.643 (9/14)",
                "  hạng mục 3: 0.600 (6/10)",
                "  hạng mục 4: 0.750 (3/4)",
                "Kappa Cohen: 0.340 (đồng thuận quan sát 0.643, ngẫu nhiên 0.459;"
                        + " các trạng thái: MET, PARTIAL, NOT_MET, NEEDS_REVIEW, NOT_APPLICABLE)",
                "Công cụ trả NEEDS_REVIEW (không tự kết luận) ở 1 nhãn: mỗi trường hợp được tính là không đồng thuận.",
                "  C3.18  0.000 (0/2)",
                "  C4.04  bo-tai-nguyen-bien            nhãn 4 / công cụ 3, sai số 1, 25.0%",
                "  C4.05 sai số tương đối trung bình: 50.0% (2 cơ quan)",
                "  Sai số tương đối trung bình chung: 31.3% (4 số đếm)",
                "Không đồng thuận (5):",
                "  C3.19 bo-tai-nguyen-bien: nhãn MET, công cụ NEEDS_REVIEW (công cụ không tự kết luận: tính là không đồng thuận)",
                "Không có trong lượt chạy, không tính (1):");
        assertThat(text).containsSubsequence(
                "  C3.18 tinh-son-lam: nhãn NOT_MET, công cụ MET",
                "      công cụ: Tìm thấy liên kết English tới /web/guest/english",
                "      thanh tra viên: Liên kết English dẫn tới trang Đang cập nhật");
        assertThat(text).containsSubsequence("Bảng nhầm lẫn", "NOT_MET", "2", "1", "1", "0", "0");
    }

    @Test
    void theJsonReportKeepsItsFieldNamesAndReadsBack() throws Exception {
        String json = AgreementJson.toJson(report);
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.get("agreement").asDouble()).isEqualTo(9.0 / 14);
        assertThat(root.get("compared").asInt()).isEqualTo(14);
        assertThat(root.get("toolAbstained").asInt()).isEqualTo(1);
        assertThat(root.at("/categories/0/id").asText()).isEqualTo("3");
        assertThat(root.at("/categories/0/agreement").asDouble()).isEqualTo(0.6);
        assertThat(root.at("/kappa/value").asDouble()).isEqualTo(18.0 / 53);
        assertThat(root.at("/confusion/classes/2").asText()).isEqualTo("NOT_MET");
        assertThat(root.at("/confusion/counts/2/0").asInt()).isEqualTo(2);
        assertThat(root.at("/counts/meanRelativeError").asDouble()).isEqualTo(0.3125);
        assertThat(root.at("/counts/criteria/1/agencies/0/relativeError").asDouble()).isEqualTo(1.0);
        assertThat(root.at("/disagreements/3/toolAbstained").asBoolean()).isTrue();
        assertThat(root.at("/disagreements/3/explanation").asText()).startsWith("Không chắc chắn: thẻ meta dc.title");
        assertThat(root.at("/notInRun/0/criterion").asText()).isEqualTo("C1.01");
        assertThat(AgreementJson.fromJson(json)).isEqualTo(report);
    }
}
