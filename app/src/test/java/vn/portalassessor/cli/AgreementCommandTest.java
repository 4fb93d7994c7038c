package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.report.json.ResultsJson;

/**
 * {@code assessor agreement} from the outside: a run folder with results.json, an inspector's label file,
 * the exit code and what is printed. The run: tinh-son-lam C3.18 MET, C3.19 NEEDS_REVIEW, C4.05 MET with 2
 * services detected. Labels: C3.18 NOT_MET (disagree), C3.19 MET (disagree: the tool abstained), C4.05 MET
 * with 3 services (agree; count error 1 of 3 = 33.3%). Agreement 1/3; kappa: labels MET 2, NOT_MET 1; tool
 * MET 2, NEEDS_REVIEW 1; p_o = 1/3, p_e = (2·2)/9 = 4/9, κ = (3/9 − 4/9)/(5/9) = −0.2.
 */
class AgreementCommandTest {

    private static final String LABELS = """
            agency_id,criterion_id,status,count,note
            tinh-son-lam,C3.18,NOT_MET,,trang English chỉ ghi "Under construction"
            tinh-son-lam,C3.19,MET,,DC.title và DC.date trên trang chủ và bài viết
            tinh-son-lam,C4.05,MET,3,3 dịch vụ có bước thanh toán lệ phí qua Payoo
            """;

    @TempDir
    Path dir;
    private Path run;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void runAndCapture() throws Exception {
        run = Files.createDirectories(dir.resolve("ket-qua"));
        ResultsJson.write(assessment(), run.resolve("results.json"));
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void printsTheAgreementAndEveryDisagreementAndExitsZeroWhateverTheFigure() throws Exception {
        Path labels = Files.writeString(dir.resolve("nhan.csv"), LABELS, StandardCharsets.UTF_8);

        int exit = AssessorCommand.execute("agreement", "--run", run.toString(), "--labels", labels.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "Tổng thể: 0.333 (1/3)",
                "Kappa Cohen: -0.200",
                "  C4.05  tinh-son-lam                  nhãn 3 / công cụ 2, sai số 1, 33.3%",
                "  C3.19 tinh-son-lam: nhãn MET, công cụ NEEDS_REVIEW (công cụ không tự kết luận: tính là không đồng thuận)",
                "      công cụ: Tìm thấy liên kết English tới /web/guest/english",
                "      thanh tra viên: trang English chỉ ghi \"Under construction\"");
    }

    @Test
    void jsonForProgramsAndOutWritesTheFileWhole() throws Exception {
        Path labels = Files.writeString(dir.resolve("nhan.csv"), LABELS, StandardCharsets.UTF_8);
        Path report = dir.resolve("dong-thuan.json");

        int exit = AssessorCommand.execute("agreement", "--run", run.toString(), "--labels", labels.toString(), "--json",
                "--out", report.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("Đã ghi mức đồng thuận vào " + report.toAbsolutePath() + ": tổng thể 0.333 (1/3)");
        JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertThat(json.get("agreed").asInt()).isEqualTo(1);
        assertThat(json.at("/kappa/value").asDouble()).isEqualTo(-0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(json.at("/counts/criteria/0/agencies/0/detected").asInt()).isEqualTo(2);
        assertThat(json.at("/disagreements").size()).isEqualTo(2);
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("ket-qua", "nhan.csv", "dong-thuan.json");
    }

    @Test
    void aBadLabelFileIsRefusedWithExitTwoNamingFileLineAndFieldAndNothingIsWritten() throws Exception {
        Path labels = Files.writeString(dir.resolve("nhan.csv"), """
                agency_id,criterion_id,status,count,note
                tinh-son-lam,C3.18,NOT_MET,,
                tinh-son-lam,C3.18,MET,,
                tinh-son-lam,C3.02,DAT,2,
                """, StandardCharsets.UTF_8);
        Path report = dir.resolve("dong-thuan.txt");

        int exit = AssessorCommand.execute("agreement", "--run", run.toString(), "--labels", labels.toString(),
                "--out", report.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                labels + ":3: field \"criterion_id\": duplicate row: tinh-son-lam C3.18 was already labelled at " + labels + ":2",
                labels + ":4: field \"status\": \"DAT\" is not one of MET, PARTIAL, NOT_MET, NOT_APPLICABLE, UNREACHABLE",
                labels + ":4: field \"count\": \"2\" given for C3.02");
        assertThat(report).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderWithoutResultsIsBadInput() throws Exception {
        Path labels = Files.writeString(dir.resolve("nhan.csv"), LABELS, StandardCharsets.UTF_8);

        int exit = AssessorCommand.execute("agreement", "--run", dir.toString(), "--labels", labels.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir + " has no results.json");
    }

    @Test
    void helpExplainsTheLabelFormatAndTheExitCodes() {
        assertThat(AssessorCommand.execute("agreement", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: assessor agreement", "--labels=FILE",
                "agency_id,criterion_id,status,count,note", "NEEDS_REVIEW", "Exit codes: 0 computed");
    }

    private static Assessment assessment() {
        CriterionResult english = new CriterionResult("C3.18", "Thông tin tiếng nước ngoài", Status.MET, 5, 5, Source.CRAWLER,
                0.8, "Tìm thấy liên kết English tới /web/guest/english", List.of(), RuleType.PRESENCE, 1.0, null, null, null);
        CriterionResult metadata = new CriterionResult("C3.19", "Dữ liệu đặc tả (metadata)", Status.NEEDS_REVIEW, 0, 4,
                Source.CRAWLER, 0.3, "Thẻ meta DC.* không rõ ràng: thanh tra viên cần xem xét", List.of(), RuleType.PRESENCE,
                null, null, null, null);
        CriterionResult level4 = new CriterionResult("C4.05", "Số DVC mức độ 4", Status.MET, 25, 25, Source.CRAWLER, 0.9,
                "2 dịch vụ hoạt động ở mức độ 4 trên 26 dịch vụ đã kiểm tra (công bố mức độ 4: 5)", List.of(),
                RuleType.NORMALIZED, 2.0, 2.0, 5.0, true);
        AgencyResult sonLam = new AgencyResult("tinh-son-lam", "Tỉnh Sơn Lâm", Group.PROVINCE, "http://127.0.0.1:8102/",
                new CrawlInfo(74, 0, "OK", List.of()),
                List.of(new CategoryResult("3", "Trang/Cổng thông tin điện tử", 5, 9, 0.556, 1, 1, Level.TRUNG_BINH,
                                List.of(english, metadata)),
                        new CategoryResult("4", "Cung cấp dịch vụ công trực tuyến", 25, 25, 1.0, 1, 1, Level.TOT, List.of(level4))),
                null);
        return new Assessment(Assessment.SCHEMA_VERSION, new Assessment.MethodologyRef("2016-reconstructed", "2",
                "Quyết định 62/QĐ-BTTTT", "Điểm số được tái dựng."), LocalDate.of(2016, 12, 31), List.of(sonLam));
    }
}
