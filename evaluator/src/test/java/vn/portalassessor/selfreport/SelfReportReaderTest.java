package vn.portalassessor.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.MethodologyLoader;

class SelfReportReaderTest {

    private static final Methodology METHOD = MethodologyLoader.loadDefault();
    private static final Set<String> AGENCIES = Set.of("bo-tu-phap", "tinh-quang-binh");

    @TempDir
    Path dir;

    @Test
    void readsRatiosCountsBooleansAndComponents() throws IOException {
        Path file = write("\uFEFFagency_id,criterion_id,value,note\r\n"
                + "bo-tu-phap,C1.01,0.97,\r\n"
                + "bo-tu-phap,C1.04b,7,\"bảy ứng dụng, trên mạng WAN\"\r\n"
                + "bo-tu-phap,C1.05a,true,\r\n"
                + "bo-tu-phap,C4.04,124,số DVC mức độ 3 tự báo cáo\r\n"
                + "tinh-quang-binh,C1.02,85%,\r\n");

        SelfReport report = SelfReportReader.read(file, METHOD, AGENCIES);

        assertThat(report.size()).isEqualTo(5);
        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.97);
        assertThat(report.value("bo-tu-phap", "C1.04b").orElseThrow().note()).isEqualTo("bảy ứng dụng, trên mạng WAN");
        assertThat(report.value("bo-tu-phap", "C1.05a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.value("tinh-quang-binh", "C1.02").orElseThrow().value()).isEqualTo(0.85);
        assertThat(report.value("tinh-quang-binh", "C1.01")).isEmpty();
    }

    @Test
    void refusesTheWholeFileListingEveryBadRow() throws IOException {
        Path file = write("agency_id,criterion_id,value,note\n"
                + "bo-tu-phap,C1.01,0.97,\n"
                + "bo-y-te,C1.01,0.5,\n"
                + "bo-tu-phap,C9.99,1,\n"
                + "bo-tu-phap,C1.02,1.3,\n"
                + "bo-tu-phap,C1.04b,2.5,\n"
                + "bo-tu-phap,C1.05a,có lẽ,\n"
                + "bo-tu-phap,C1.01,0.9,\n"
                + "bo-tu-phap,C1.04,0.8,\n"
                + "bo-tu-phap,C3.23,1,\n"
                + "tinh-quang-binh,C1.03,nhiều,\n");

        assertThatThrownBy(() -> SelfReportReader.read(file, METHOD, AGENCIES))
                .isInstanceOf(InputFileException.class)
                .satisfies(e -> assertThat(((InputFileException) e).errors()).hasSize(9))
                .hasMessageContaining("tu-bao-cao.csv:3: field \"agency_id\": unknown agency \"bo-y-te\"")
                .hasMessageContaining(":4: field \"criterion_id\": unknown criterion \"C9.99\"")
                .hasMessageContaining(":5: field \"value\": the ratio 1.3 is outside 0..1")
                .hasMessageContaining(":6: field \"value\": the count 2.5 is not a whole number")
                .hasMessageContaining(":7: field \"value\": \"có lẽ\" is not Có or Không: write Có or Không")
                .hasMessageContaining(":8: field \"criterion_id\": duplicate row: bo-tu-phap C1.01 was already given at")
                .hasMessageContaining(":9: field \"criterion_id\": C1.04 is reported by its parts: C1.04a, C1.04b")
                .hasMessageContaining(":10: field \"criterion_id\": C3.23 is judged from the portal, not self-reported")
                .hasMessageContaining(":11: field \"value\": \"nhiều\" is not a number");
    }

    @Test
    void readsTheSameColumnsFromAnXlsxWorkbook() throws IOException {
        Path file = dir.resolve("tu-bao-cao.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Số liệu");
            String[][] rows = {{"agency_id", "criterion_id", "value", "note"}, {"bo-tu-phap", "C1.01", null, "nhập số"},
                    {"bo-tu-phap", "C1.04b", null, ""}};
            for (int i = 0; i < rows.length; i++) {
                Row r = sheet.createRow(i);
                for (int j = 0; j < 4; j++) {
                    if (rows[i][j] != null) {
                        r.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            sheet.getRow(1).createCell(2).setCellValue(0.97);
            sheet.getRow(2).createCell(2).setCellValue(4);
            wb.write(out);
        }

        SelfReport report = SelfReportReader.read(file, METHOD, AGENCIES);

        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.97);
        assertThat(report.value("bo-tu-phap", "C1.04b").orElseThrow().value()).isEqualTo(4.0);
        assertThat(report.value("bo-tu-phap", "C1.04b").orElseThrow().where()).endsWith("tu-bao-cao.xlsx:3");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnErrorNamingFileAndLine() throws IOException {
        // An unquoted decimal comma: "0,5" splits into two fields and would read as 0 with the note "5".
        Path file = write("agency_id,criterion_id,value,note\n"
                + "bo-tu-phap,C1.02,0.9,\n"
                + "bo-tu-phap,C1.01,0,5,\n");

        assertThatThrownBy(() -> SelfReportReader.read(file, METHOD, AGENCIES))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("tu-bao-cao.csv:3: has 5 fields, the header has 4 (agency_id,criterion_id,value,note):"
                        + " a comma inside a value must be quoted (\"0,5\"), or write a decimal point (0.5)");
    }

    @Test
    void readsVietnameseThousandsDotsAndDecimalCommasByTheOneRule() throws IOException {
        Path file = write("agency_id,criterion_id,value,note\n"
                + "bo-tu-phap,C4.04,1.234,số DVC mức độ 3\n"
                + "bo-tu-phap,C1.01,\"97,5%\",\n"
                + "bo-tu-phap,C1.02,\"0,97\",\n"
                + "bo-tu-phap,C1.03,\"1.234,5\",kbps\n"
                + "bo-tu-phap,C1.05a,Có,\n"
                + "tinh-quang-binh,C1.05a,Không,\n");

        SelfReport report = SelfReportReader.read(file, METHOD, AGENCIES);

        assertThat(report.value("bo-tu-phap", "C4.04").orElseThrow().value()).isEqualTo(1234.0);
        assertThat(report.value("bo-tu-phap", "C1.01").orElseThrow().value()).isEqualTo(0.975);
        assertThat(report.value("bo-tu-phap", "C1.02").orElseThrow().value()).isEqualTo(0.97);
        assertThat(report.value("bo-tu-phap", "C1.03").orElseThrow().value()).isEqualTo(1234.5);
        assertThat(report.value("bo-tu-phap", "C1.05a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.value("tinh-quang-binh", "C1.05a").orElseThrow().value()).isEqualTo(0.0);
    }

    @Test
    void anAmbiguousThousandsDotForARatioOrAMeasureIsRefusedNotGuessed() throws IOException {
        Path file = write("agency_id,criterion_id,value,note\n"
                + "bo-tu-phap,C1.03,1.234,kbps\n"
                + "bo-tu-phap,C1.01,1.234,\n");

        assertThatThrownBy(() -> SelfReportReader.read(file, METHOD, AGENCIES))
                .hasMessageContaining("tu-bao-cao.csv:2: field \"value\": \"1.234\" is ambiguous: 1234 (a dot between"
                        + " thousands, the Vietnamese way) or 1,234 (a decimal point)? write 1234 or 1,234")
                .hasMessageContaining("tu-bao-cao.csv:3: field \"value\": \"1.234\" is ambiguous")
                .hasMessageContaining("; a ratio is written 0,97 or 97%");
    }

    @Test
    void aNumberTypedIntoAWorkbookCellIsTakenAsItIsNotReReadAsText() throws IOException {
        Path file = dir.resolve("tu-bao-cao.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Số liệu");
            Row header = sheet.createRow(0);
            String[] columns = {"agency_id", "criterion_id", "value", "note"};
            for (int j = 0; j < 4; j++) {
                header.createCell(j).setCellValue(columns[j]);
            }
            Row bandwidth = sheet.createRow(1);
            bandwidth.createCell(0).setCellValue("bo-tu-phap");
            bandwidth.createCell(1).setCellValue("C1.03");
            bandwidth.createCell(2).setCellValue(1.234);
            Row services = sheet.createRow(2);
            services.createCell(0).setCellValue("bo-tu-phap");
            services.createCell(1).setCellValue("C4.04");
            services.createCell(2).setCellValue(1234);
            org.apache.poi.ss.usermodel.CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            services.getCell(2).setCellStyle(grouped);
            wb.write(out);
        }

        SelfReport report = SelfReportReader.read(file, METHOD, AGENCIES);

        assertThat(report.value("bo-tu-phap", "C1.03").orElseThrow().value()).isEqualTo(1.234);
        assertThat(report.value("bo-tu-phap", "C4.04").orElseThrow().value()).isEqualTo(1234.0);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("tu-bao-cao.csv"), text, StandardCharsets.UTF_8);
    }
}
