package vn.portalassessor.selfreport.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An agency filling in its template, as a script: answers typed into the row of a given id. */
final class FilledTemplate implements AutoCloseable {

    private final Path file;
    private final XSSFWorkbook wb;
    private final Sheet data;

    private FilledTemplate(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.wb = new XSSFWorkbook(in);
        }
        this.data = wb.getSheet(TemplateLayout.DATA_SHEET);
    }

    static FilledTemplate open(Path file) throws IOException {
        return new FilledTemplate(file);
    }

    /** The 0-based row of an id on the data sheet. */
    int rowOf(String id) {
        for (Row r : data) {
            Cell c = r.getCell(TemplateLayout.COL_ID);
            if (r.getRowNum() >= TemplateLayout.FIRST_DATA_ROW && c != null && id.equals(c.getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new IllegalArgumentException(id + " is not a row of " + file);
    }

    /** The answer cell's A1 reference (G9). */
    String answerRef(String id) {
        return TemplateLayout.ref(rowOf(id), TemplateLayout.COL_VALUE);
    }

    FilledTemplate number(String id, double v) {
        answer(id).setCellValue(v);
        return this;
    }

    FilledTemplate text(String id, String v) {
        answer(id).setCellValue(v);
        return this;
    }

    FilledTemplate bool(String id, boolean v) {
        answer(id).setCellValue(v);
        return this;
    }

    FilledTemplate error(String id) {
        answer(id).setCellErrorValue(FormulaError.DIV0.getCode());
        return this;
    }

    FilledTemplate note(String id, String note) {
        data.getRow(rowOf(id)).getCell(TemplateLayout.COL_NOTE).setCellValue(note);
        return this;
    }

    /** Overwrites any cell of the data sheet (what a locked cell edited outside protection looks like). */
    FilledTemplate cell(int row, int col, String v) {
        Row r = data.getRow(row) == null ? data.createRow(row) : data.getRow(row);
        (r.getCell(col) == null ? r.createCell(col) : r.getCell(col)).setCellValue(v);
        return this;
    }

    /** Overwrites a cell of the hidden mark sheet. */
    FilledTemplate mark(int row, int col, String v) {
        wb.getSheet(TemplateLayout.MARK_SHEET).getRow(row).getCell(col).setCellValue(v);
        return this;
    }

    private Cell answer(String id) {
        return data.getRow(rowOf(id)).getCell(TemplateLayout.COL_VALUE);
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
