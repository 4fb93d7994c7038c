package vn.portalassessor.selfreport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;
import vn.portalassessor.selfreport.SelfReportStatus;

/**
 * A template survives the office suite agencies use: written for one agency of each group, filled in by a
 * script, saved again by LibreOffice ({@code soffice --headless --convert-to xlsx}, installed by
 * scripts/install-deps.sh --tests, so this never skips) and imported from the LibreOffice-written files,
 * with its protection, validation and fingerprint intact.
 */
class TemplateLibreOfficeIT {

    static final Agency VIEN = TemplateWorkbookTest.agency("vien-han-lam-khcn", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
            Group.GOV_AGENCY);
    static final List<Agency> AGENCIES = List.of(TemplateWorkbookTest.BO_TU_PHAP, VIEN, TemplateWorkbookTest.TINH_QUANG_BINH);

    @TempDir
    Path dir;

    @Test
    void templatesOfTheThreeGroupsFilledAndSavedByLibreOfficeAreImported() throws Exception {
        Path sent = Files.createDirectories(dir.resolve("gui-di"));
        TemplateWriter.writeAll(TemplateWorkbookTest.METHOD, AGENCIES, PreviousValues.NONE, sent);
        try (FilledTemplate t = FilledTemplate.open(sent.resolve("bo-tu-phap.xlsx"))) {
            t.number("C1.01", 0.975).number("C1.03", 256).number("C1.04b", 7).text("C1.05a", "Có")
                    .number("C4.04", 1234).note("C4.04", "số DVC mức độ 3 tự báo cáo");
        }
        try (FilledTemplate t = FilledTemplate.open(sent.resolve("vien-han-lam-khcn.xlsx"))) {
            t.text("C1.01", "97,5%").text("C1.03", "1.234,5").text("C2.05", "Không").number("C5.03", 1.5);
        }
        try (FilledTemplate t = FilledTemplate.open(sent.resolve("tinh-quang-binh.xlsx"))) {
            t.number("C1.02", 0.85).text("C4.05", "1.234").number("C6.02", 2.25);
        }

        Path returned = Files.createDirectories(dir.resolve("tra-ve"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        Process lo = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", returned.toString(),
                sent.resolve("bo-tu-phap.xlsx").toString(), sent.resolve("vien-han-lam-khcn.xlsx").toString(),
                sent.resolve("tinh-quang-binh.xlsx").toString())
                .redirectErrorStream(true).start();
        String log = new String(lo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("soffice finished: " + log).isTrue();
        assertThat(lo.exitValue()).as(log).isZero();
        for (Agency a : AGENCIES) {
            Path file = returned.resolve(a.id() + ".xlsx");
            assertThat(application(file)).as("written by LibreOffice: " + log).contains("LibreOffice");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet data = wb.getSheet("Số liệu");
                assertThat(data.getProtect()).as(a.id() + " still protected").isTrue();
                assertThat(data.getDataValidations()).as(a.id() + " validations kept").isNotEmpty();
                assertThat(wb.getSheet("_mau_bieu")).isNotNull();
            }
        }

        SelfReport report = SelfReportReader.read(returned, TemplateWorkbookTest.METHOD, AGENCIES);

        assertThat(report.refused()).isEmpty();
        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.975);
        assertThat(report.value("bo-tu-phap", "C1.03").orElseThrow().value()).isEqualTo(256.0);
        assertThat(report.value("bo-tu-phap", "C1.04b").orElseThrow().value()).isEqualTo(7.0);
        assertThat(report.value("bo-tu-phap", "C1.05a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.value("bo-tu-phap", "C4.04").orElseThrow().value()).isEqualTo(1234.0);
        assertThat(report.value("bo-tu-phap", "C4.04").orElseThrow().note()).isEqualTo("số DVC mức độ 3 tự báo cáo");
        assertThat(report.value("vien-han-lam-khcn", "C1.01").orElseThrow().value()).isEqualTo(0.975);
        assertThat(report.value("vien-han-lam-khcn", "C1.03").orElseThrow().value()).isEqualTo(1234.5);
        assertThat(report.value("vien-han-lam-khcn", "C2.05").orElseThrow().value()).isEqualTo(0.0);
        assertThat(report.value("vien-han-lam-khcn", "C5.03").orElseThrow().value()).isEqualTo(1.5);
        assertThat(report.value("tinh-quang-binh", "C1.02").orElseThrow().value()).isEqualTo(0.85);
        assertThat(report.value("tinh-quang-binh", "C4.05").orElseThrow().value()).isEqualTo(1234.0);
        assertThat(report.value("tinh-quang-binh", "C6.02").orElseThrow().value()).isEqualTo(2.25);

        SelfReportStatus status = SelfReportStatus.of(TemplateWorkbookTest.METHOD, AGENCIES, report);
        assertThat(status.agencies()).extracting(s -> s.asked().size() - s.missing().size()).containsExactly(5, 4, 3);
    }

    /** The application docProps/app.xml names: the program that last saved the file. */
    private static String application(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("docProps/app.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
