package vn.portalassessor.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;

/**
 * Writes {@code ranking.xlsx}: one sheet per category ("Hạng mục 3"), rows grouped by agency group
 * (ministries, government agencies, provinces) and ranked within it, Vietnamese headers on a frozen
 * first row with a filter. Ranks, points and indices are numeric cells (the index shown with 3
 * decimals), so a spreadsheet sorts and sums them; nothing is stored as text that is a number.
 */
public final class RankingWorkbook {

    /** The header row, in column order. */
    public static final List<String> HEADERS = List.of("Nhóm", "Xếp hạng", "Số cơ quan trong nhóm", "Mã cơ quan",
            "Cơ quan", "Chỉ số", "Điểm", "Điểm tối đa", "Mức", "Thu thập");

    private RankingWorkbook() {
    }

    public static void write(Assessment assessment, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle index = book.createCellStyle();
            index.setDataFormat(book.createDataFormat().getFormat("0.000"));
            CellStyle points = book.createCellStyle();
            points.setDataFormat(book.createDataFormat().getFormat("0.##"));
            for (String categoryId : categoryIds(assessment)) {
                List<Line> lines = lines(assessment, categoryId);
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName("Hạng mục " + categoryId));
                Row head = sheet.createRow(0);
                for (int i = 0; i < HEADERS.size(); i++) {
                    head.createCell(i).setCellValue(HEADERS.get(i));
                    head.getCell(i).setCellStyle(header);
                }
                int r = 1;
                for (Line line : lines) {
                    Row row = sheet.createRow(r++);
                    CategoryResult c = line.category();
                    row.createCell(0).setCellValue(line.agency().group().vietnameseName());
                    row.createCell(1).setCellValue(c.rank());
                    row.createCell(2).setCellValue(c.rankOf());
                    row.createCell(3).setCellValue(line.agency().id());
                    row.createCell(4).setCellValue(line.agency().name());
                    row.createCell(5).setCellValue(c.index());
                    row.getCell(5).setCellStyle(index);
                    row.createCell(6).setCellValue(c.points());
                    row.getCell(6).setCellStyle(points);
                    row.createCell(7).setCellValue(c.maxPoints());
                    row.getCell(7).setCellStyle(points);
                    row.createCell(8).setCellValue(c.level().vietnamese());
                    row.createCell(9).setCellValue(line.agency().crawl().status());
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
                int[] widths = {22, 9, 10, 28, 40, 9, 9, 10, 12, 12};
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, widths[i] * 256);
                }
            }
            if (book.getNumberOfSheets() == 0) {
                book.createSheet("Xếp hạng").createRow(0).createCell(0).setCellValue("Không có cơ quan nào được đánh giá");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    private record Line(AgencyResult agency, CategoryResult category) {
    }

    private static List<String> categoryIds(Assessment assessment) {
        return assessment.agencies().isEmpty() ? List.of()
                : assessment.agencies().get(0).categories().stream().map(CategoryResult::id).toList();
    }

    private static List<Line> lines(Assessment assessment, String categoryId) {
        List<Line> lines = new ArrayList<>();
        for (AgencyResult a : assessment.agencies()) {
            a.category(categoryId).ifPresent(c -> lines.add(new Line(a, c)));
        }
        lines.sort(Comparator.comparing((Line l) -> l.agency().group(), Comparator.comparingInt(Group::ordinal))
                .thenComparingInt(l -> l.category().rank())
                .thenComparing(l -> l.agency().name()));
        return lines;
    }
}
