package vn.portalassessor.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.report.SampleRun;

class RankingWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void writesOneSheetPerCategoryWithVietnameseHeadersOnAFrozenRow() throws Exception {
        Path file = dir.resolve("ranking.xlsx");
        RankingWorkbook.write(SampleRun.assessment(), file);

        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("Hạng mục 3");
            assertThat(book.getSheetName(1)).isEqualTo("Hạng mục 4");
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhóm");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Chỉ số");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void ranksAreNumbersWithinEachGroupAndIndicesKeepTheirValue() throws Exception {
        Path file = dir.resolve("ranking.xlsx");
        RankingWorkbook.write(SampleRun.assessment(), file);

        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Bộ, cơ quan ngang Bộ");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Bộ Tư pháp");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.756);
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Khá");
            Row province = sheet.getRow(3);
            assertThat(province.getCell(4).getStringCellValue()).isEqualTo("Tỉnh Quảng Bình");
            assertThat(province.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
