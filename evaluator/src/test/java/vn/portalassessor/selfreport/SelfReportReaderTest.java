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
                .hasMessageContaining(":7: field \"value\": \"có lẽ\" is not true or false")
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

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("tu-bao-cao.csv"), text, StandardCharsets.UTF_8);
    }
}
