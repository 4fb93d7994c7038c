package vn.portalassessor.confirm;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.viewer.OwnerOnlyFile;

/**
 * Writes one agency's confirmation workbook in Vietnamese: every applicable criterion with its
 * result, value, points, source, reason and evidence, and the four columns the agency answers in
 * (Đồng ý / Không đồng ý as a drop-down, a corrected value, a comment, an evidence URL). The file
 * holds the agency's token, so it is written owner-only, whole or not at all ({@link OwnerOnlyFile}).
 * Stateless.
 */
final class AnswerSheetWriter {

    private AnswerSheetWriter() {
    }

    /**
     * @param viewerLink the page of the agency's evidence in the viewer
     * @param token      the agency's viewer token
     * @param exportedAt when the round was exported, written in the sheet and signed with it
     * @param signature  the run's workbook signature, written last over the agency, round and locked cells
     */
    static void write(Path file, AgencyResult agency, int round, String methodology, String viewerLink, String token,
                      Instant exportedAt, SheetSignature signature) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SheetLayout.SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle answer = wb.createCellStyle();
            answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("Phiếu xác nhận kết quả đánh giá ứng dụng CNTT — vòng " + round);
            title.getCell(0).setCellStyle(bold);
            r = info(sheet, r, SheetLayout.AGENCY_LABEL, agency.id());
            r = info(sheet, r, "Tên cơ quan", agency.name());
            r = info(sheet, r, SheetLayout.ROUND_LABEL, String.valueOf(round));
            r = info(sheet, r, "Phương pháp đánh giá", methodology);
            r = info(sheet, r, "Xem bằng chứng", viewerLink);
            r = info(sheet, r, SheetLayout.TOKEN_LABEL, token);
            r = info(sheet, r, SheetLayout.EXPORTED_LABEL, exportedAt.toString());
            int signatureRow = r++;
            r = info(sheet, r, "Hướng dẫn", "Ghi \"Đồng ý\" hoặc \"Không đồng ý\" ở cột Ý kiến cho mọi tiêu chí. "
                    + "Khi không đồng ý, ghi giá trị đề nghị sửa (tỷ lệ 0..1 hoặc %, số lượng, có/không) và/hoặc "
                    + "ghi chú và URL bằng chứng. Không sửa các cột khác.");
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < SheetLayout.HEADER.size(); c++) {
                header.createCell(c).setCellValue(SheetLayout.HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int first = r;
            for (CategoryResult cat : agency.categories()) {
                for (CriterionResult cr : cat.criteria()) {
                    if (cr.status() == Status.NOT_APPLICABLE) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(cr.id());
                    row.createCell(1).setCellValue(cr.name());
                    row.createCell(2).setCellValue(cat.id() + ". " + cat.name());
                    row.createCell(3).setCellValue(cr.status().vietnamese());
                    row.createCell(4).setCellValue(cr.value() == null ? "" : number(cr.value()));
                    row.createCell(5).setCellValue(cr.points());
                    row.createCell(6).setCellValue(cr.maxPoints());
                    row.createCell(7).setCellValue(source(cr));
                    row.createCell(8).setCellValue(cr.explanation());
                    row.getCell(8).setCellStyle(wrap);
                    row.createCell(9).setCellValue(cr.evidence().stream().map(Evidence::url).distinct()
                            .collect(Collectors.joining("\n")));
                    row.getCell(9).setCellStyle(wrap);
                    for (int c = SheetLayout.COL_ANSWER; c <= SheetLayout.COL_EVIDENCE; c++) {
                        row.createCell(c).setCellStyle(answer);
                    }
                }
            }
            if (r > first) {
                DataValidationHelper dv = sheet.getDataValidationHelper();
                DataValidation v = dv.createValidation(
                        dv.createExplicitListConstraint(new String[] {SheetLayout.AGREE, SheetLayout.DISAGREE}),
                        new CellRangeAddressList(first, r - 1, SheetLayout.COL_ANSWER, SheetLayout.COL_ANSWER));
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
            int[] widths = {10, 40, 30, 14, 10, 8, 8, 14, 60, 50, 18, 16, 40, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(1, first);
            info(sheet, signatureRow, SheetLayout.SIGNATURE_LABEL,
                    signature.sign(agency.id(), round, SheetSignature.lockedCells(sheet, new DataFormatter())));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            OwnerOnlyFile.write(file, bytes.toByteArray());
        }
    }

    private static int info(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    static String source(CriterionResult cr) {
        return switch (cr.source()) {
            case CRAWLER -> "Kiểm tra tự động";
            case SELF_REPORTED -> "Tự báo cáo";
            case INSPECTOR -> "Thanh tra viên";
        };
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
