package vn.portalassessor.report.csv;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one writer of the CSV files the assessor produces: UTF-8 with a byte-order mark (so spreadsheets
 * show Vietnamese), CRLF, quoted where needed, and every cell a spreadsheet would take for a formula
 * neutralised. Agencies control their names, their services' names and the text on their pages, so a
 * cell beginning with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice for CSV injection): the spreadsheet shows the text instead of running it. Plain numbers
 * ({@code -0.5}) are left as they are. Stateless.
 */
public final class CsvTable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {
    }

    /** Writes the rows (the first one the header) to {@code file}. */
    public static void write(Path file, List<List<String>> rows) throws IOException {
        List<List<String>> safe = rows.stream().map(r -> r.stream().map(CsvTable::cell).toList()).toList();
        String csv = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(safe);
        Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
    }

    /** A cell as written: with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
