package vn.portalassessor.selfreport.template;

import static vn.portalassessor.selfreport.template.TemplateLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.ValueKind;
import vn.portalassessor.selfreport.AskedRow;

/**
 * Writes the self-report workbook an agency fills in, in Vietnamese: its name and id, one row per figure
 * the methodology asks of its group ({@link AskedRow}) with unit, what is asked and the allowed range,
 * spreadsheet validation on the answer cells (a ratio 0–100 %, a whole count, Có/Không from a list),
 * every other cell locked by sheet protection, an instructions sheet, last year's value beside each row
 * when a previous run is given, and a hidden sheet with the template's fingerprint that
 * {@link ReturnedWorkbook} checks on import. Written to a temporary file and moved into place.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    /** Writes one workbook per agency into {@code dir} as {@code <agency id>.xlsx}; returns the files. */
    public static List<Path> writeAll(Methodology m, List<Agency> agencies, PreviousValues previous, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Agency agency : agencies) {
            Path file = dir.resolve(agency.id() + ".xlsx");
            write(m, agency, previous, file);
            files.add(file);
        }
        return files;
    }

    /** Writes the workbook of one agency. */
    public static void write(Methodology m, Agency agency, PreviousValues previous, Path file) throws IOException {
        List<AskedRow> rows = AskedRow.forGroup(m, agency.group());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
            Styles styles = new Styles(wb);
            writeData(wb, styles, m, agency, rows, previous);
            writeGuide(wb, styles, m, previous.present());
            writeMark(wb, m, agency, rows);
            wb.setActiveSheet(0);
            wb.lockStructure();
            wb.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeData(XSSFWorkbook wb, Styles styles, Methodology m, Agency agency, List<AskedRow> rows,
                                  PreviousValues previous) {
        XSSFSheet sheet = wb.createSheet(DATA_SHEET);
        text(sheet.createRow(0), 0, "BIỂU TỰ BÁO CÁO SỐ LIỆU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", styles.title);
        text(sheet.createRow(1), 0, m.name() + " — phương pháp " + m.id() + " phiên bản " + m.version(), styles.plain);
        labelled(sheet, AGENCY_NAME_ROW, "Cơ quan:", agency.name(), styles);
        labelled(sheet, AGENCY_ID_ROW, "Mã cơ quan:", agency.id(), styles);
        labelled(sheet, GROUP_ROW, "Nhóm:", agency.group().vietnameseName(), styles);
        Row header = sheet.createRow(HEADER_ROW);
        int columns = previous.present() ? HEADERS.size() : HEADERS.size() - 1;
        for (int c = 0; c < columns; c++) {
            text(header, c, HEADERS.get(c), styles.header);
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < rows.size(); i++) {
            AskedRow asked = rows.get(i);
            int r = FIRST_DATA_ROW + i;
            Row row = sheet.createRow(r);
            text(row, COL_ID, asked.id(), styles.locked);
            text(row, COL_CATEGORY, asked.categoryName(), styles.locked);
            text(row, COL_NAME, asked.name(), styles.locked);
            text(row, COL_UNIT, asked.unit(), styles.locked);
            text(row, COL_QUESTION, asked.question(), styles.locked);
            text(row, COL_RANGE, asked.allowedRange(), styles.locked);
            row.createCell(COL_VALUE).setCellStyle(styles.answer(asked.kind()));
            row.createCell(COL_NOTE).setCellStyle(styles.note);
            if (previous.present()) {
                Cell last = row.createCell(COL_PREVIOUS);
                Optional<Double> v = previous.value(agency.id(), asked.id());
                if (v.isPresent()) {
                    if (asked.kind() == ValueKind.BOOLEAN) {
                        last.setCellValue(v.get() >= 0.5 ? "Có" : "Không");
                    } else {
                        last.setCellValue(v.get());
                    }
                } else {
                    last.setCellValue("—");
                }
                last.setCellStyle(styles.previous(asked.kind()));
            }
            sheet.addValidationData(validation(helper, asked, r));
        }
        int[] widths = {9, 28, 48, 11, 34, 16, 16, 30, 16};
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static DataValidation validation(DataValidationHelper helper, AskedRow asked, int row) {
        DataValidationConstraint constraint = switch (asked.kind()) {
            case RATIO -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
            case COUNT -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            case NUMBER -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            case BOOLEAN -> helper.createExplicitListConstraint(new String[] {"Có", "Không"});
        };
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(row, row, COL_VALUE, COL_VALUE));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Giá trị không hợp lệ", asked.id() + ": " + asked.question() + " (" + asked.allowedRange() + ").");
        v.setShowPromptBox(true);
        v.createPromptBox(asked.id(), asked.question());
        v.setEmptyCellAllowed(true);
        if (asked.kind() == ValueKind.BOOLEAN) {
            v.setSuppressDropDownArrow(true);
        }
        return v;
    }

    private static void writeGuide(XSSFWorkbook wb, Styles styles, Methodology m, boolean withPrevious) {
        XSSFSheet sheet = wb.createSheet(GUIDE_SHEET);
        List<String> lines = new ArrayList<>(List.of(
                "HƯỚNG DẪN ĐIỀN BIỂU TỰ BÁO CÁO",
                "",
                "1. Chỉ điền vào hai cột \"Số liệu năm nay\" và \"Ghi chú\" của trang \"" + DATA_SHEET
                        + "\"; các ô khác đã được khóa.",
                "2. Tỷ lệ: ghi phần trăm, ví dụ 97,5% (hoặc 0,975). Giá trị từ 0% đến 100%.",
                "3. Số lượng: ghi số nguyên, ví dụ 12 hoặc 1.234 (dấu chấm ngăn cách hàng nghìn).",
                "4. Số đo (băng thông, số cán bộ trên 100 cán bộ, tỷ lệ chi): ghi số theo đơn vị trong tên tiêu chí,"
                        + " dấu phẩy là dấu thập phân, ví dụ 256 hoặc 1,5; không ghi ký hiệu %.",
                "   Một số dạng 1.234 (một dấu chấm và ba chữ số) sẽ bị từ chối vì không rõ là 1234 hay 1,234:"
                        + " hãy ghi 1234 hoặc 1,234.",
                "5. Có/Không: chọn từ danh sách trong ô.",
                "6. Để trống ô nếu chưa có số liệu; ô trống được ghi nhận là \"chưa báo cáo\", không phải số 0.",
                "7. Không thêm, xóa hay đổi thứ tự dòng, không đổi tên trang, không sửa mã cơ quan:"
                        + " biểu được đối chiếu với cơ quan và danh mục tiêu chí khi nhập.",
                "8. Lưu tệp ở dạng .xlsx (Excel hoặc LibreOffice) và gửi lại cho đơn vị đánh giá.",
                "",
                "Khi nhập, mỗi ô sai được nêu rõ (tên tệp!trang!ô: lỗi gì, cần ghi thế nào); một biểu có ô sai"
                        + " sẽ không được nhập cho đến khi được sửa và gửi lại.",
                "Phương pháp đánh giá: " + m.name() + " (" + m.id() + ", phiên bản " + m.version() + ")."));
        if (withPrevious) {
            lines.add("Cột \"Số liệu năm trước\" ghi số liệu đã dùng trong kỳ đánh giá trước, để đối chiếu.");
        }
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i), 0, lines.get(i), i == 0 ? styles.title : styles.plain);
        }
        sheet.setColumnWidth(0, 120 * 256);
        sheet.enableLocking();
    }

    private static void writeMark(XSSFWorkbook wb, Methodology m, Agency agency, List<AskedRow> rows) {
        XSSFSheet sheet = wb.createSheet(MARK_SHEET);
        String[][] keys = {{KEY_AGENCY, agency.id()}, {KEY_METHODOLOGY, m.id()}, {KEY_VERSION, m.version()},
                {KEY_FINGERPRINT, fingerprint(m.id(), agency.id(), rows)}, {KEY_ROWS, String.valueOf(rows.size())}};
        int r = 0;
        for (String[] kv : keys) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(kv[0]);
            row.createCell(1).setCellValue(kv[1]);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(rows.get(i).id());
            row.createCell(1).setCellValue(rows.get(i).kind().name());
            row.createCell(2).setCellValue(FIRST_DATA_ROW + i);
        }
        sheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void labelled(XSSFSheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.bold);
        text(row, 1, value, styles.bold);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle note;
        private final CellStyle ratio;
        private final CellStyle count;
        private final CellStyle number;
        private final CellStyle yesNo;
        private final CellStyle previousRatio;
        private final CellStyle previousOther;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            plain = wb.createCellStyle();
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            header = bordered(wb, true);
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = bordered(wb, true);
            note = bordered(wb, false);
            ratio = answer(wb, "0.0%");
            count = answer(wb, "#,##0");
            number = answer(wb, "General");
            yesNo = answer(wb, "@");
            previousRatio = bordered(wb, true);
            previousRatio.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            previousOther = bordered(wb, true);
        }

        CellStyle answer(ValueKind kind) {
            return switch (kind) {
                case RATIO -> ratio;
                case COUNT -> count;
                case NUMBER -> number;
                case BOOLEAN -> yesNo;
            };
        }

        CellStyle previous(ValueKind kind) {
            return kind == ValueKind.RATIO ? previousRatio : previousOther;
        }

        private static CellStyle answer(XSSFWorkbook wb, String format) {
            CellStyle s = bordered(wb, false);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }

        private static CellStyle bordered(XSSFWorkbook wb, boolean isLocked) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setLocked(isLocked);
            return s;
        }
    }
}
