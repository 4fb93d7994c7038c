package vn.portalassessor.selfreport.template;

import static vn.portalassessor.selfreport.template.TemplateLayout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.ValueKind;
import vn.portalassessor.selfreport.AskedRow;
import vn.portalassessor.selfreport.ReportedValue;
import vn.portalassessor.selfreport.ValueReading;

/**
 * Reads a template an agency filled in and sent back, checking it against the agency it was made for:
 * the hidden sheet names the agency, the visible agency id must still be that agency, and the
 * fingerprint must be the one the current methodology gives for that agency's rows (so a workbook made
 * for another agency, or for another list of rows, is refused rather than matched row by row). Every
 * answer cell is read by {@link ValueReading}; an empty cell is a figure not reported, not an error.
 * Every bad cell is named {@code file!sheet!G9: what is wrong, what to write}.
 */
public final class ReturnedWorkbook {

    private ReturnedWorkbook() {
    }

    /**
     * What one workbook holds.
     *
     * @param agencyId the agency it was made for, or "" when that cannot be read
     * @param values   row id → value, for the rows that were filled in
     * @param errors   every bad cell; when not empty nothing of the workbook may be used
     */
    public record Returned(String agencyId, Map<String, ReportedValue> values, List<RowError> errors) {

        public Returned {
            values = Map.copyOf(values);
            errors = List.copyOf(errors);
        }
    }

    /** Whether {@code wb} is a self-report template (it has the hidden mark sheet). */
    public static boolean isTemplate(Workbook wb) {
        return wb.getSheet(MARK_SHEET) != null;
    }

    /** Reads and checks a returned template; {@code name} is the file's name as errors print it. */
    public static Returned read(String name, Workbook wb, Methodology m, Map<String, Agency> agencies) {
        List<RowError> errors = new ArrayList<>();
        Sheet mark = wb.getSheet(MARK_SHEET);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int r = 0; r <= 4; r++) {
            Row row = mark.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(1) != null) {
                keys.put(row.getCell(0).getStringCellValue(), new DataFormatter(Locale.ROOT).formatCellValue(row.getCell(1)));
            }
        }
        String agencyId = keys.getOrDefault(KEY_AGENCY, "");
        Agency agency = agencies.get(agencyId);
        if (agency == null) {
            errors.add(fileError(name, "was made for agency \"" + agencyId + "\", which is not in the agency list: "
                    + "import it with the agency list it was made for"));
            return new Returned(agencyId, Map.of(), errors);
        }
        Sheet data = wb.getSheet(DATA_SHEET);
        if (data == null) {
            errors.add(fileError(name, "has no sheet \"" + DATA_SHEET + "\" (was it renamed?): fill in the template as sent"));
            return new Returned(agencyId, Map.of(), errors);
        }
        String shownId = text(data, AGENCY_ID_ROW, 1);
        if (!agencyId.equals(shownId)) {
            errors.add(cellError(name, AGENCY_ID_ROW, 1, "the agency id was changed to \"" + shownId
                    + "\" in a workbook made for " + agencyId + ": send each agency's figures in its own workbook"));
        }
        List<AskedRow> asked = AskedRow.forGroup(m, agency.group());
        String expected = fingerprint(m.id(), agency.id(), asked);
        if (!expected.equals(keys.get(KEY_FINGERPRINT))) {
            errors.add(fileError(name, "was made for other rows than methodology " + m.id() + " v" + m.version()
                    + " asks of " + agency.id() + " (template of " + keys.getOrDefault(KEY_METHODOLOGY, "?") + " v"
                    + keys.getOrDefault(KEY_VERSION, "?") + "; " + differences(mark, asked)
                    + "): send the agency a new template ('assessor selfreport template') and import that"));
            return new Returned(agencyId, Map.of(), errors);
        }
        Map<String, ReportedValue> values = new LinkedHashMap<>();
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        for (int i = 0; i < asked.size(); i++) {
            AskedRow row = asked.get(i);
            int r = FIRST_DATA_ROW + i;
            String id = text(data, r, COL_ID);
            if (!row.id().equals(id)) {
                errors.add(cellError(name, r, COL_ID, "holds \"" + id + "\" where the template had " + row.id()
                        + ": do not move, insert or delete rows; fill in the template as sent"));
                continue;
            }
            Row sheetRow = data.getRow(r);
            Cell cell = sheetRow == null ? null : sheetRow.getCell(COL_VALUE);
            ValueReading.Outcome outcome = read(cell, row.kind(), shown);
            if (outcome == null) {
                continue;
            }
            if (!outcome.ok()) {
                errors.add(cellError(name, r, COL_VALUE, row.id() + ": " + outcome.problem()));
                continue;
            }
            values.put(row.id(), new ReportedValue(outcome.value(), shown(cell, shown), text(data, r, COL_NOTE),
                    name + "!" + DATA_SHEET + "!" + ref(r, COL_VALUE)));
        }
        return new Returned(agencyId, errors.isEmpty() ? values : Map.of(), errors);
    }

    /** The value of an answer cell, null when it is empty. */
    private static ValueReading.Outcome read(Cell cell, ValueKind kind, DataFormatter shown) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> ValueReading.number(cell.getNumericCellValue(), kind, shown(cell, shown));
            case BOOLEAN -> ValueReading.bool(cell.getBooleanCellValue(), kind);
            case STRING -> cell.getStringCellValue().isBlank() ? null : ValueReading.text(cell.getStringCellValue(), kind);
            case ERROR -> new ValueReading.Outcome(null, "holds the error "
                    + FormulaError.forInt(cell.getErrorCellValue()).getString() + ": write the figure itself");
            default -> null;
        };
    }

    /**
     * A cell as the agency sees it when a percentage, else its exact number: a count format would show
     * 2.5 as "3" and hide what is wrong.
     */
    private static String shown(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && !cell.getCellStyle().getDataFormatString().contains("%")) {
            return NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        return formatter.formatCellValue(cell);
    }

    private static String differences(Sheet mark, List<AskedRow> asked) {
        List<String> had = new ArrayList<>();
        for (int r = 5; r <= mark.getLastRowNum(); r++) {
            Row row = mark.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(1) != null) {
                had.add(row.getCell(0).getStringCellValue() + ":" + row.getCell(1).getStringCellValue());
            }
        }
        List<String> now = asked.stream().map(a -> a.id() + ":" + a.kind()).toList();
        List<String> added = now.stream().filter(x -> !had.contains(x)).toList();
        List<String> gone = had.stream().filter(x -> !now.contains(x)).toList();
        if (added.isEmpty() && gone.isEmpty()) {
            return "same rows, made for another agency or altered";
        }
        return (added.isEmpty() ? "" : "rows now asked: " + String.join(", ", added))
                + (added.isEmpty() || gone.isEmpty() ? "" : "; ")
                + (gone.isEmpty() ? "" : "rows no longer asked: " + String.join(", ", gone));
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell).trim();
    }

    private static RowError cellError(String name, int r, int c, String why) {
        return new RowError(name + "!" + DATA_SHEET + "!" + ref(r, c), 0, "", why);
    }

    private static RowError fileError(String name, String why) {
        return new RowError(name, 0, "", why);
    }
}
