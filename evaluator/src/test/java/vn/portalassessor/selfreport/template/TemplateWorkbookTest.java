package vn.portalassessor.selfreport.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.selfreport.AskedRow;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;

/** The self-report template: what the agency receives, and what is accepted or refused when it comes back. */
class TemplateWorkbookTest {

    static final Methodology METHOD = MethodologyLoader.loadDefault();
    static final Agency BO_TU_PHAP = agency("bo-tu-phap", "Bộ Tư pháp", Group.MINISTRY);
    static final Agency BO_Y_TE = agency("bo-y-te", "Bộ Y tế", Group.MINISTRY);
    static final Agency TINH_QUANG_BINH = agency("tinh-quang-binh", "Tỉnh Quảng Bình", Group.PROVINCE);
    static final List<Agency> AGENCIES = List.of(BO_TU_PHAP, BO_Y_TE, TINH_QUANG_BINH);

    @TempDir
    Path dir;

    static Agency agency(String id, String name, Group group) {
        return new Agency(id, name, group, URI.create("https://" + id + ".gov.vn/"), null);
    }

    @Test
    void aProvinceIsAskedEverySelfReportedRowWithItsUnitAndValidationAndNothingElseCanBeEdited() throws IOException {
        Path file = dir.resolve("tinh-quang-binh.xlsx");
        TemplateWriter.write(METHOD, TINH_QUANG_BINH, PreviousValues.NONE, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("Số liệu");
            assertThat(data.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tỉnh Quảng Bình");
            assertThat(data.getRow(3).getCell(1).getStringCellValue()).isEqualTo("tinh-quang-binh");
            assertThat(data.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Tỉnh, thành phố trực thuộc Trung ương");
            List<String> ids = AskedRow.forGroup(METHOD, Group.PROVINCE).stream().map(AskedRow::id).toList();
            assertThat(ids).startsWith("C1.01", "C1.02", "C1.03", "C1.04a", "C1.04b", "C1.05a", "C1.05b", "C2.01")
                    .contains("C4.04", "C4.05", "C4.08", "C5.03", "C6.04")
                    .doesNotContain("C1.04", "C1.05", "C3.23", "C4.01");
            for (int i = 0; i < ids.size(); i++) {
                assertThat(data.getRow(7 + i).getCell(0).getStringCellValue()).isEqualTo(ids.get(i));
            }
            int c103 = 7 + ids.indexOf("C1.03");
            assertThat(data.getRow(c103).getCell(3).getStringCellValue()).isEqualTo("kbps/cán bộ");
            int c404 = 7 + ids.indexOf("C4.04");
            assertThat(data.getRow(c404).getCell(2).getStringCellValue()).isEqualTo("Số dịch vụ công mức độ 3");
            assertThat(data.getRow(c404).getCell(3).getStringCellValue()).isEqualTo("dịch vụ");
            assertThat(data.getRow(c404).getCell(5).getStringCellValue()).isEqualTo("Số nguyên ≥ 0");

            Map<String, DataValidation> validations = data.getDataValidations().stream().collect(Collectors.toMap(
                    v -> data.getRow(v.getRegions().getCellRangeAddress(0).getFirstRow()).getCell(0).getStringCellValue(),
                    v -> v));
            assertThat(validations).hasSize(ids.size());
            assertThat(validations.values()).allSatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(6);
                assertThat(v.getShowErrorBox()).isTrue();
            });
            DataValidationConstraint ratio = validations.get("C1.01").getValidationConstraint();
            assertThat(ratio.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(ratio.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
            assertThat(List.of(ratio.getFormula1(), ratio.getFormula2())).containsExactly("0", "1");
            DataValidationConstraint count = validations.get("C1.04b").getValidationConstraint();
            assertThat(count.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(count.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            assertThat(validations.get("C4.04").getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(validations.get("C1.03").getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            DataValidationConstraint yesNo = validations.get("C1.05a").getValidationConstraint();
            assertThat(yesNo.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(yesNo.getExplicitListValues()).containsExactly("Có", "Không");

            assertThat(data.getProtect()).isTrue();
            assertThat(data.getRow(7).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(data.getRow(7).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(data.getRow(7).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(data.getRow(7).getCell(7).getCellStyle().getLocked()).isFalse();
            assertThat(data.getRow(3).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(wb.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("HƯỚNG DẪN ĐIỀN BIỂU TỰ BÁO CÁO");
            assertThat(wb.getSheet("Hướng dẫn").getProtect()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("_mau_bieu"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void aReturnedTemplateIsImportedByTheOneNumberRuleWithItsNotesAndCells() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tra-ve"));
        TemplateWriter.writeAll(METHOD, List.of(BO_TU_PHAP), PreviousValues.NONE, folder);
        try (FilledTemplate t = FilledTemplate.open(folder.resolve("bo-tu-phap.xlsx"))) {
            t.number("C1.01", 0.975).text("C1.02", "97,5%").text("C1.03", "1.234,5").note("C1.03", "đường truyền 2 Gbps")
                    .number("C1.04a", 1).text("C4.04", "1.234").text("C1.05a", "Có").text("C2.05", "không")
                    .number("C2.04", 6);
        }

        SelfReport report = SelfReportReader.read(folder, METHOD, AGENCIES);

        assertThat(report.refused()).isEmpty();
        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.975);
        assertThat(report.value("bo-tu-phap", "C1.02").orElseThrow().value()).isEqualTo(0.975);
        assertThat(report.value("bo-tu-phap", "C1.03").orElseThrow().value()).isEqualTo(1234.5);
        assertThat(report.value("bo-tu-phap", "C1.03").orElseThrow().note()).isEqualTo("đường truyền 2 Gbps");
        assertThat(report.value("bo-tu-phap", "C1.04a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.value("bo-tu-phap", "C4.04").orElseThrow().value()).isEqualTo(1234.0);
        assertThat(report.value("bo-tu-phap", "C1.05a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.value("bo-tu-phap", "C2.05").orElseThrow().value()).isEqualTo(0.0);
        assertThat(report.value("bo-tu-phap", "C2.04").orElseThrow().where())
                .isEqualTo(folder.resolve("bo-tu-phap.xlsx") + "!Số liệu!G" + (7 + 1 + 10));
        assertThat(report.value("bo-tu-phap", "C1.04b")).as("an empty cell is a figure not reported").isEmpty();
    }

    @Test
    void everyBadCellIsNamedAndItsWorkbookRefusedWholeWhileTheOthersAreImported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tra-ve"));
        TemplateWriter.writeAll(METHOD, List.of(BO_TU_PHAP, TINH_QUANG_BINH), PreviousValues.NONE, folder);
        try (FilledTemplate t = FilledTemplate.open(folder.resolve("bo-tu-phap.xlsx"))) {
            t.number("C1.01", 0.9);
        }
        Path bad = folder.resolve("tinh-quang-binh.xlsx");
        String cells;
        try (FilledTemplate t = FilledTemplate.open(bad)) {
            t.number("C1.01", 1.3).text("C1.02", "1.234").number("C1.04b", 2.5).text("C1.05a", "có lẽ")
                    .text("C2.01", "-5%").text("C1.03", "nhiều").bool("C2.04", true).error("C2.06")
                    .text("C5.03", "1,5%").number("C2.02", 0.4);
            cells = String.join(",", t.answerRef("C1.01"), t.answerRef("C1.02"), t.answerRef("C1.04b"),
                    t.answerRef("C1.05a"), t.answerRef("C2.01"), t.answerRef("C1.03"), t.answerRef("C2.04"),
                    t.answerRef("C2.06"), t.answerRef("C5.03"));
        }
        String[] ref = cells.split(",");
        String at = bad + "!Số liệu!";

        SelfReport report = SelfReportReader.read(folder, METHOD, AGENCIES);

        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.9);
        assertThat(report.reportedIds("tinh-quang-binh")).as("nothing of a refused workbook is used").isEmpty();
        assertThat(report.refused()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(bad.toString());
            assertThat(f.agencyId()).isEqualTo("tinh-quang-binh");
            assertThat(f.errors().stream().map(RowError::toString)).containsExactly(
                    at + ref[0] + ": C1.01: the ratio 130.0% is outside 0..1 (0% to 100%): write 0,97 or 97%",
                    at + ref[1] + ": C1.02: \"1.234\" is ambiguous: 1234 (a dot between thousands, the Vietnamese way)"
                            + " or 1,234 (a decimal point)? write 1234 or 1,234; a ratio is written 0,97 or 97%",
                    at + ref[5] + ": C1.03: \"nhiều\" is not a number: write e.g. 256 or 256,5",
                    at + ref[2] + ": C1.04b: the count 2.5 is not a whole number: write e.g. 12",
                    at + ref[3] + ": C1.05a: \"có lẽ\" is not Có or Không: write Có or Không",
                    at + ref[4] + ": C2.01: -5% is negative or not a number: write a number of at least 0, e.g. 97,5% or 0,975",
                    at + ref[6] + ": C2.04: TRUE is a yes/no value but this row asks for a number: write e.g. 1234 or 1.234",
                    at + ref[7] + ": C2.06: holds the error #DIV/0!: write the figure itself",
                    at + ref[8] + ": C5.03: \"1,5%\" has a % sign but this row asks for a number in the row's unit:"
                            + " write the number alone, e.g. 256 or 256,5");
        });
    }

    @Test
    void aSingleReturnedWorkbookWithABadCellIsRefusedWithTheCellNamed() throws IOException {
        Path file = dir.resolve("bo-y-te.xlsx");
        TemplateWriter.write(METHOD, BO_Y_TE, PreviousValues.NONE, file);
        String ref;
        try (FilledTemplate t = FilledTemplate.open(file)) {
            t.text("C6.01", "chín mươi phần trăm");
            ref = t.answerRef("C6.01");
        }

        assertThatThrownBy(() -> SelfReportReader.read(file, METHOD, AGENCIES))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + "!Số liệu!" + ref + ": C6.01: \"chín mươi phần trăm\" is not a number: write e.g. 97,5% or 0,975");
    }

    @Test
    void aWorkbookWhoseAgencyWasChangedIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tra-ve"));
        TemplateWriter.writeAll(METHOD, List.of(BO_TU_PHAP), PreviousValues.NONE, folder);
        Path renamed = folder.resolve("bo-y-te.xlsx");
        Files.copy(folder.resolve("bo-tu-phap.xlsx"), renamed);
        Files.delete(folder.resolve("bo-tu-phap.xlsx"));
        try (FilledTemplate t = FilledTemplate.open(renamed)) {
            t.number("C1.01", 0.5).cell(3, 1, "bo-y-te");
        }
        Path forged = folder.resolve("bo-y-te-2.xlsx");
        Files.copy(renamed, forged);
        try (FilledTemplate t = FilledTemplate.open(forged)) {
            t.mark(0, 1, "bo-y-te");
        }

        SelfReport report = SelfReportReader.read(folder, METHOD, AGENCIES);

        assertThat(report.size()).isZero();
        assertThat(report.refused()).hasSize(2);
        assertThat(report.refused().get(0).errors().get(0).toString()).isEqualTo(forged
                + ": was made for other rows than methodology 2016-reconstructed v2 asks of bo-y-te (template of"
                + " 2016-reconstructed v2; same rows, made for another agency or altered): send the agency a new template"
                + " ('assessor selfreport template') and import that");
        assertThat(report.refused().get(1).errors().get(0).toString()).isEqualTo(renamed
                + "!Số liệu!B4: the agency id was changed to \"bo-y-te\" in a workbook made for bo-tu-phap:"
                + " send each agency's figures in its own workbook");
    }

    @Test
    void aWorkbookOfAnAgencyNotInTheListAndAFileThatIsNoWorkbookAreRefusedByName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tra-ve"));
        TemplateWriter.writeAll(METHOD, List.of(agency("bo-cong-an", "Bộ Công an", Group.MINISTRY), BO_Y_TE),
                PreviousValues.NONE, folder);
        try (FilledTemplate t = FilledTemplate.open(folder.resolve("bo-y-te.xlsx"))) {
            t.number("C1.01", 0.8);
        }
        Files.writeString(folder.resolve("bo-tu-phap.xlsx"), "không phải tệp Excel", StandardCharsets.UTF_8);

        SelfReport report = SelfReportReader.read(folder, METHOD, AGENCIES);

        assertThat(report.value("bo-y-te", "C1.01").orElseThrow().value()).isEqualTo(0.8);
        assertThat(report.refused()).extracting(SelfReport.RefusedFile::file)
                .containsExactly(folder.resolve("bo-cong-an.xlsx").toString(), folder.resolve("bo-tu-phap.xlsx").toString());
        assertThat(report.refused().get(0).errors().get(0).toString()).isEqualTo(folder.resolve("bo-cong-an.xlsx")
                + ": was made for agency \"bo-cong-an\", which is not in the agency list: import it with the agency list"
                + " it was made for");
        assertThat(report.refused().get(1).errors().get(0).toString()).startsWith(folder.resolve("bo-tu-phap.xlsx")
                + ": cannot be read: ");
    }

    @Test
    void aRowIdEditedOutsideTheProtectionIsNamed() throws IOException {
        Path file = dir.resolve("bo-tu-phap.xlsx");
        TemplateWriter.write(METHOD, BO_TU_PHAP, PreviousValues.NONE, file);
        try (FilledTemplate t = FilledTemplate.open(file)) {
            t.number("C1.02", 0.5).cell(7, 0, "C1.02");
        }

        assertThatThrownBy(() -> SelfReportReader.read(file, METHOD, AGENCIES))
                .hasMessage(file + "!Số liệu!A8: holds \"C1.02\" where the template had C1.01: do not move, insert or"
                        + " delete rows; fill in the template as sent");
    }

    @Test
    void aValueGivenInTwoFilesRefusesTheLaterFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tra-ve"));
        TemplateWriter.writeAll(METHOD, List.of(BO_TU_PHAP), PreviousValues.NONE, folder);
        String ref;
        try (FilledTemplate t = FilledTemplate.open(folder.resolve("bo-tu-phap.xlsx"))) {
            t.number("C1.01", 0.9);
            ref = t.answerRef("C1.01");
        }
        Files.writeString(folder.resolve("bo-tu-phap-bo-sung.csv"),
                "agency_id,criterion_id,value,note\nbo-tu-phap,C1.01,0.8,\nbo-tu-phap,C1.02,0.7,\n", StandardCharsets.UTF_8);

        SelfReport report = SelfReportReader.read(folder, METHOD, AGENCIES);

        // Files are read in name order: the CSV comes first, so the workbook repeating C1.01 is refused.
        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.8);
        assertThat(report.value("bo-tu-phap", "C1.02").orElseThrow().value()).isEqualTo(0.7);
        assertThat(report.refused()).singleElement().satisfies(f -> assertThat(f.errors().get(0).toString())
                .isEqualTo(folder.resolve("bo-tu-phap.xlsx") + "!Số liệu!" + ref + ": bo-tu-phap C1.01 was already given at "
                        + folder.resolve("bo-tu-phap-bo-sung.csv") + ":2: keep it in one file only"));
    }

    @Test
    void aMethodologyEditChangesTheTemplateAndAnOldTemplateIsRefusedWithTheDifference() throws IOException {
        Path old = dir.resolve("cu").resolve("bo-tu-phap.xlsx");
        Files.createDirectories(old.getParent());
        TemplateWriter.write(METHOD, BO_TU_PHAP, PreviousValues.NONE, old);
        // The inspector splits C6.04's 10 points with a new self-reported ratio, and turns C6.01 into a
        // measure normalised in the group.
        String yaml = defaultYaml()
                .replace("{id: C6.01, name: \"Tỷ lệ đơn vị có cán bộ chuyên trách CNTT\", rule: RATIO,",
                        "{id: C6.01, name: \"Tỷ lệ đơn vị có cán bộ chuyên trách CNTT\", rule: NORMALIZED,")
                .replace("{id: C6.04, name: \"Có lãnh đạo phụ trách CNTT (CIO)\", rule: PRESENCE, maxPoints: 10, sources: [SELF_REPORTED]}",
                        "{id: C6.04, name: \"Có lãnh đạo phụ trách CNTT (CIO)\", rule: PRESENCE, maxPoints: 5, sources: [SELF_REPORTED]}\n"
                                + "      - {id: C6.05, name: \"Tỷ lệ cán bộ CNTT có chứng chỉ an toàn thông tin\", rule: RATIO,"
                                + " maxPoints: 5, sources: [SELF_REPORTED]}");
        Path edited = Files.writeString(dir.resolve("2016-sua.yaml"), yaml, StandardCharsets.UTF_8);
        Methodology m = MethodologyLoader.load(edited);
        Path fresh = dir.resolve("moi").resolve("bo-tu-phap.xlsx");
        Files.createDirectories(fresh.getParent());
        TemplateWriter.write(m, BO_TU_PHAP, PreviousValues.NONE, fresh);

        try (InputStream in = Files.newInputStream(fresh); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("Số liệu");
            int last = data.getLastRowNum();
            assertThat(data.getRow(last).getCell(0).getStringCellValue()).isEqualTo("C6.05");
            assertThat(data.getRow(last).getCell(2).getStringCellValue()).isEqualTo("Tỷ lệ cán bộ CNTT có chứng chỉ an toàn thông tin");
            DataValidation newRow = data.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == last).findFirst().orElseThrow();
            assertThat(newRow.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
            int c601 = last - 4;
            assertThat(data.getRow(c601).getCell(0).getStringCellValue()).isEqualTo("C6.01");
            DataValidation changed = data.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == c601).findFirst().orElseThrow();
            assertThat(changed.getValidationConstraint().getOperator())
                    .as("a measure is at least 0, no longer at most 100%")
                    .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
        }
        assertThatThrownBy(() -> SelfReportReader.read(old, m, AGENCIES))
                .hasMessage(old + ": was made for other rows than methodology 2016-reconstructed v2 asks of bo-tu-phap"
                        + " (template of 2016-reconstructed v2; rows now asked: C6.01:NUMBER, C6.05:RATIO; rows no longer"
                        + " asked: C6.01:RATIO): send the agency a new template ('assessor selfreport template') and import that");
    }

    @Test
    void withAPreviousRunLastYearsSelfReportedValueStandsBesideEachRow() throws IOException {
        Path run = Files.createDirectories(dir.resolve("ket-qua-2015"));
        Files.writeString(run.resolve("results.json"), """
                {"schemaVersion": 1, "methodology": {"id": "2016-reconstructed", "version": "1"},
                 "agencies": [{"id": "bo-tu-phap", "name": "Bộ Tư pháp", "group": "MINISTRY", "categories": [
                   {"id": "1", "criteria": [
                     {"id": "C1.01", "status": "MET", "source": "SELF_REPORTED", "rule": "RATIO", "value": 0.92},
                     {"id": "C1.04", "status": "MET", "source": "SELF_REPORTED", "rule": "COMPOSITE"}]},
                   {"id": "4", "criteria": [
                     {"id": "C4.04", "status": "MET", "source": "CRAWLER", "rule": "NORMALIZED", "value": 98,
                      "detected": 98, "reported": 120}]},
                   {"id": "5", "criteria": [
                     {"id": "C5.01", "status": "MET", "source": "SELF_REPORTED", "rule": "PRESENCE", "value": 1.0}]}]}]}
                """, StandardCharsets.UTF_8);
        Path file = dir.resolve("bo-tu-phap.xlsx");

        TemplateWriter.write(METHOD, BO_TU_PHAP, PreviousValues.read(run), file);

        try (FilledTemplate t = FilledTemplate.open(file);
             InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("Số liệu");
            assertThat(data.getRow(6).getCell(8).getStringCellValue()).isEqualTo("Số liệu năm trước");
            assertThat(data.getRow(t.rowOf("C1.01")).getCell(8).getNumericCellValue()).isEqualTo(0.92);
            assertThat(data.getRow(t.rowOf("C4.04")).getCell(8).getNumericCellValue()).as("the reported count, not the detected one")
                    .isEqualTo(120.0);
            assertThat(data.getRow(t.rowOf("C5.01")).getCell(8).getStringCellValue()).isEqualTo("Có");
            assertThat(data.getRow(t.rowOf("C1.04a")).getCell(8).getStringCellValue()).isEqualTo("—");
            assertThat(data.getRow(t.rowOf("C1.01")).getCell(8).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void aPreviousFolderWithoutResultsIsRefusedNamingIt() {
        assertThatThrownBy(() -> PreviousValues.read(dir))
                .isInstanceOf(InputFileException.class)
                .hasMessage(dir + ": is not a run folder: it has no results.json (give --previous the --out folder of last year's run)");
    }

    private static String defaultYaml() throws IOException {
        try (InputStream in = MethodologyLoader.class.getResourceAsStream("/methodology/2016-reconstructed.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
