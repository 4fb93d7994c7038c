package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.load.AgencyListReader;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;
import vn.portalassessor.selfreport.template.TemplateFiller;

/** {@code assessor selfreport template|status}, and {@code run} warning about missing rows before it crawls. */
class SelfReportCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private Path agencies;

    @BeforeEach
    void capture() throws Exception {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        agencies = Files.writeString(dir.resolve("agencies.csv"), """
                id,name,group,portal_url,services_url
                bo-tu-phap,Bộ Tư pháp,MINISTRY,http://127.0.0.1:9/,
                vien-han-lam-khcn,Viện Hàn lâm Khoa học và Công nghệ Việt Nam,GOV_AGENCY,http://127.0.0.1:9/vien/,
                tinh-quang-binh,Tỉnh Quảng Bình,PROVINCE,http://127.0.0.1:9/qb/,
                """, StandardCharsets.UTF_8);
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void templateWritesOneWorkbookPerAgency() {
        int exit = AssessorCommand.execute("selfreport", "template", "--agencies", agencies.toString(),
                "--out", dir.resolve("mau").toString());

        assertThat(exit).isZero();
        assertThat(dir.resolve("mau").resolve("bo-tu-phap.xlsx")).isRegularFile();
        assertThat(dir.resolve("mau").resolve("vien-han-lam-khcn.xlsx")).isRegularFile();
        assertThat(dir.resolve("mau").resolve("tinh-quang-binh.xlsx")).isRegularFile();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã viết 3 biểu tự báo cáo",
                "Bộ, cơ quan ngang Bộ: 25 số liệu mỗi biểu");
    }

    @Test
    void templateRefusesAPreviousFolderThatIsNotARun() {
        int exit = AssessorCommand.execute("selfreport", "template", "--agencies", agencies.toString(),
                "--out", dir.resolve("mau").toString(), "--previous", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir + ": is not a run folder: it has no results.json");
        assertThat(dir.resolve("mau")).doesNotExist();
    }

    @Test
    void statusListsWhoReportedWhoDidNotAndTheRefusedWorkbookWithItsCell() throws Exception {
        Path returned = returnedWorkbooks();

        int exit = AssessorCommand.execute("selfreport", "status", "--agencies", agencies.toString(),
                "--self-reported", returned.toString());

        assertThat(exit).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).containsPattern("bo-tu-phap +Thiếu 1 +24/25 +C1\\.02\n")
                .containsPattern("vien-han-lam-khcn +Chưa báo cáo +0/25 +C1\\.01, C1\\.02, C1\\.03")
                .containsPattern("tinh-quang-binh +Bị từ chối +0/25")
                .contains("0/3 cơ quan đủ số liệu, 2 chưa gửi số liệu nào, thiếu tổng cộng 51 số liệu.")
                .contains("Không nhập tệp " + returned.resolve("tinh-quang-binh.xlsx") + " (1 lỗi):")
                .contains(returned.resolve("tinh-quang-binh.xlsx") + "!Số liệu!G8: C1.01: \"1.234\" is ambiguous");
    }

    @Test
    void runWarnsAboutMissingRowsBeforeItCrawlsAndWritesTheStatusPage() throws Exception {
        Path returned = returnedWorkbooks();

        int exit = AssessorCommand.execute("run", "--agencies", agencies.toString(), "--self-reported", returned.toString(),
                "--out", dir.resolve("ket-qua").toString(), "--allow-private-addresses", "--screenshots", "off",
                "--delay-ms", "0", "--assessment-date", "2016-12-31");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String console = out.toString(StandardCharsets.UTF_8);
        int warning = console.indexOf("Cảnh báo: 3/3 cơ quan còn thiếu 51 số liệu tự báo cáo; tiêu chí thiếu số liệu được chấm 0 điểm:");
        assertThat(warning).as(console).isNotNegative();
        assertThat(console.indexOf("Cảnh báo: không nhập biểu " + returned.resolve("tinh-quang-binh.xlsx"))).isNotNegative()
                .isLessThan(console.indexOf("Thu thập "));
        assertThat(warning).isLessThan(console.indexOf("Thu thập "));
        assertThat(console).contains("  vien-han-lam-khcn: Chưa báo cáo (C1.01, C1.02");
        String page = Files.readString(dir.resolve("ket-qua").resolve("report").resolve("tu-bao-cao.html"));
        assertThat(page).contains("<h1>Tình hình tự báo cáo số liệu</h1>", "data-agency=\"vien-han-lam-khcn\" data-missing=\"25\"",
                "C1.02 — Tỷ lệ máy tính có phần mềm diệt virus có bản quyền", "Biểu không được nhập");
        assertThat(dir.resolve("ket-qua").resolve("self-reported").resolve("bo-tu-phap.xlsx")).as("kept for evaluate").isRegularFile();

        out.reset();
        assertThat(AssessorCommand.execute("report", "--run", dir.resolve("ket-qua").toString())).isZero();
        assertThat(dir.resolve("ket-qua").resolve("report").resolve("tu-bao-cao.html")).as("kept by a rewrite").isRegularFile();
    }

    /** bo-tu-phap returns all but C1.02, tinh-quang-binh writes an ambiguous ratio, the institute sends nothing. */
    private Path returnedWorkbooks() throws Exception {
        Path returned = dir.resolve("tra-ve");
        assertThat(AssessorCommand.execute("selfreport", "template", "--agencies", agencies.toString(),
                "--out", returned.toString())).isZero();
        Files.delete(returned.resolve("vien-han-lam-khcn.xlsx"));
        StringBuilder csv = new StringBuilder("agency_id,criterion_id,value,note\n");
        for (String id : new String[] {"C1.01", "C1.03", "C1.04a", "C1.04b", "C1.05a", "C1.05b", "C2.01", "C2.02", "C2.03",
                "C2.04", "C2.05", "C2.06", "C2.07", "C4.04", "C4.05", "C4.08", "C5.01", "C5.02", "C5.03", "C5.04", "C6.01",
                "C6.02", "C6.03", "C6.04"}) {
            csv.append("bo-tu-phap,").append(id).append(",1,\n");
        }
        Path figures = Files.writeString(dir.resolve("so-lieu.csv"), csv, StandardCharsets.UTF_8);
        SelfReport report = SelfReportReader.read(figures, MethodologyLoader.loadDefault(), AgencyListReader.read(agencies));
        assertThat(TemplateFiller.fill(returned.resolve("bo-tu-phap.xlsx"), "bo-tu-phap", report)).isEqualTo(24);
        Path qb = returned.resolve("tinh-quang-binh.xlsx");
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(qb)) {
            wb = new XSSFWorkbook(in);
        }
        wb.getSheet("Số liệu").getRow(7).getCell(6).setCellValue("1.234");
        try (OutputStream o = Files.newOutputStream(qb)) {
            wb.write(o);
        }
        wb.close();
        out.reset();
        return returned;
    }
}
