package vn.portalassessor.criteria.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;

/**
 * Reads a table as spreadsheets write it: CSV in UTF-8 with or without a byte-order mark, quoted
 * fields, CRLF or LF; or the first sheet of an {@code .xlsx}. Checks that the required columns are
 * in the header and that every CSV line has as many fields as the header (an unquoted decimal comma,
 * {@code 0,5}, would otherwise shift the note into the value); everything else about the values is the
 * caller's to check.
 */
public final class TableReader {

    private TableReader() {
    }

    /**
     * Reads {@code file}, refusing it when it cannot be read or lacks one of {@code requiredColumns}.
     */
    public static Table read(Path file, List<String> requiredColumns) {
        String name = file.toString();
        Table table;
        try {
            table = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? readXlsx(file, name) : readCsv(file, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException(new RowError(name, 0, "", "cannot be read: " + e.getMessage()));
        }
        List<RowError> missing = new ArrayList<>();
        for (String column : requiredColumns) {
            if (!table.header().contains(column)) {
                missing.add(new RowError(name, 1, column, "column is missing from the header " + table.header()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(missing);
        }
        return table;
    }

    private static Table readCsv(Path file, String name) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        List<RowError> miscounted = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                List<String> values = it.nextValue();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(v -> v == null ? "" : v.trim()).toList();
                    continue;
                }
                if (values.size() != header.size()) {
                    miscounted.add(new RowError(name, line, "", "has " + values.size() + " fields, the header has "
                            + header.size() + " (" + String.join(",", header) + "): a comma inside a value must be"
                            + " quoted (\"0,5\"), or write a decimal point (0.5)"));
                    continue;
                }
                rows.add(row(header, values, line));
            }
        }
        if (header == null) {
            throw new InputFileException(new RowError(name, 0, "", "is empty: a header row is expected"));
        }
        if (!miscounted.isEmpty()) {
            throw new InputFileException(miscounted);
        }
        return new Table(name, header, rows);
    }

    private static Table readXlsx(Path file, String name) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                List<String> values = new ArrayList<>();
                int last = header == null ? r.getLastCellNum() : Math.max(header.size(), r.getLastCellNum());
                for (int i = 0; i < last; i++) {
                    Cell cell = r.getCell(i);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(String::trim).toList();
                    continue;
                }
                rows.add(row(header, values, r.getRowNum() + 1));
            }
            if (header == null) {
                throw new InputFileException(new RowError(name, 0, "", "the first sheet is empty: a header row is expected"));
            }
            return new Table(name, header, rows);
        }
    }

    private static Table.Row row(List<String> header, List<String> values, int line) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String v = i < values.size() && values.get(i) != null ? values.get(i).trim() : "";
            cells.put(header.get(i), v);
        }
        return new Table.Row(line, cells);
    }
}
