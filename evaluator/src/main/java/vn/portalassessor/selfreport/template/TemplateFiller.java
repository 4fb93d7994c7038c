package vn.portalassessor.selfreport.template;

import static vn.portalassessor.selfreport.template.TemplateLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.portalassessor.selfreport.SelfReport;

/**
 * Types an agency's figures into its template's answer cells, as the agency would: ratios, counts and
 * measures as numbers, yes/no as Có or Không, notes beside them. The demo fills its sample agencies'
 * templates this way; an inspector can also send an agency a template pre-filled with the figures on file
 * for it to check. Rows without a figure are left empty.
 */
public final class TemplateFiller {

    private TemplateFiller() {
    }

    /** Fills {@code template} (written by {@link TemplateWriter}) with what {@code report} holds for the agency. */
    public static int fill(Path template, String agencyId, SelfReport report) throws IOException {
        int filled = 0;
        Path partial = template.resolveSibling(template.getFileName() + ".partial");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet(DATA_SHEET);
            Sheet mark = wb.getSheet(MARK_SHEET);
            for (int r = 5; r <= mark.getLastRowNum(); r++) {
                Row markRow = mark.getRow(r);
                String id = markRow.getCell(0).getStringCellValue();
                boolean yesNo = "BOOLEAN".equals(markRow.getCell(1).getStringCellValue());
                Row row = data.getRow((int) markRow.getCell(2).getNumericCellValue());
                var value = report.value(agencyId, id);
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = row.getCell(COL_VALUE);
                if (yesNo) {
                    cell.setCellValue(value.get().value() >= 0.5 ? "Có" : "Không");
                } else {
                    cell.setCellValue(value.get().value());
                }
                if (!value.get().note().isBlank()) {
                    row.getCell(COL_NOTE).setCellValue(value.get().note());
                }
                filled++;
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, template, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return filled;
    }
}
