package vn.portalassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.ServiceResult;

/**
 * An agency controls its own name as listed and its services' names: text that a spreadsheet would
 * run as a formula reaches results.csv and services.csv as text, and ranking.xlsx as string cells.
 */
@DisplayName("CSV and XLSX outputs: names beginning with = + - @ are text, not formulas")
class FormulaInjectionTest {

    private static final String HOSTILE_AGENCY = "=HYPERLINK(\"http://127.0.0.1:9/x?\"&A1,\"Bộ Tư pháp\")";
    private static final List<String> HOSTILE_SERVICES = List.of("+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "Đăng ký khai sinh");

    @Test
    void formulaLikeCellsAreNeutralisedInEveryCsvAndAreStringsInTheWorkbook(@TempDir Path dir) throws Exception {
        Assessment sample = SampleRun.assessment();
        List<AgencyResult> agencies = sample.agencies().stream().map(a -> a.id().equals("bo-tu-phap")
                ? new AgencyResult(a.id(), HOSTILE_AGENCY, a.group(), a.portalUrl(), a.crawl(), a.categories(), a.overall(), List.of())
                : a).toList();
        List<ServiceResult> services = HOSTILE_SERVICES.stream().map(n -> new ServiceResult(n,
                "https://dichvucong.moj.gov.vn/thu-tuc/1", 2, 2, false, List.of(), List.of(), "Mức độ 2 theo kiểm tra")).toList();
        Assessment hostile = new Assessment(sample.schemaVersion(), sample.methodology(), sample.assessmentDate(), agencies)
                .withServices(Map.of("bo-tu-phap", services));

        RunOutputs.write(dir, hostile, Map.of());

        String results = Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8);
        String servicesCsv = Files.readString(dir.resolve("services.csv"), StandardCharsets.UTF_8);
        assertThat(results).contains(",\"'=HYPERLINK(\"\"http://127.0.0.1:9/x?\"\"&A1,\"\"Bộ Tư pháp\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(servicesCsv).contains(",\"'+cmd|' /C calc'!A0\",", ",\"'-2+3+cmd|' /C calc'!A0\",",
                        ",\"'@SUM(1+1)*cmd|' /C calc'!A0\",", ",\"'\t=1+1\",", ",\"Đăng ký khai sinh\",")
                .doesNotContain(",\"+cmd", ",\"-2+3", ",\"@SUM");
        for (String csv : List.of(results, servicesCsv)) {
            for (String line : csv.lines().skip(1).toList()) {
                assertThat(line).doesNotContain(",=", ",+", ",@", ",\"=", ",\"+", ",\"@");
            }
        }

        try (InputStream in = Files.newInputStream(dir.resolve("ranking.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            List<Cell> names = new java.util.ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HOSTILE_AGENCY)) {
                            names.add(cell);
                        }
                    }
                }
            }
            assertThat(names).as("the agency's name, kept as it is but as a string cell").isNotEmpty();
        }
    }
}
