package vn.portalassessor.criteria.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.RowErrors;

/**
 * Reads a table as spreadsheets write it: CSV in UTF-8 with or without a byte-order mark (or UTF-16
 * with one, as "Unicode text" exports are), quoted fields, CRLF or LF; or the first sheet of an
 * {@code .xlsx}. Checks that the required columns are in the header and that every CSV line has as
 * many fields as the header (an unquoted decimal comma, {@code 0,5}, would otherwise shift the note
 * into the value); everything else about the values is the caller's to check. A CSV is read as a
 * stream, row by row, so a huge file costs no more memory than the rows the caller keeps. Text that is
 * not UTF-8 (a windows-1258 export, UTF-16 without a byte-order mark) is refused with the hint to save
 * it as CSV UTF-8.
 */
public final class TableReader {

    /** What to tell a user whose file is not UTF-8. */
    static final String SAVE_AS_UTF8 = "save it as CSV UTF-8 (Excel: Save As → \"CSV UTF-8 (Comma delimited)\"; "
            + "lưu lại dưới dạng CSV UTF-8)";

    private TableReader() {
    }

    /**
     * Reads {@code file}, refusing it when it cannot be read or lacks one of {@code requiredColumns}.
     */
    public static Table read(Path file, List<String> requiredColumns) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> header = stream(file, requiredColumns, rows::add);
        return new Table(file.toString(), header, rows);
    }

    /**
     * Reads {@code file} row by row, handing each data row to {@code sink} in file order once the
     * header has been checked; returns the header.
     */
    public static List<String> stream(Path file, List<String> requiredColumns, Consumer<Table.Row> sink) {
        String name = file.toString();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                Table table = readXlsx(file, name);
                checkHeader(name, table.header(), requiredColumns);
                table.rows().forEach(sink);
                return table.header();
            }
            return streamCsv(file, name, requiredColumns, sink);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new InputFileException(new RowError(name, 0, "", "is not UTF-8 text: " + SAVE_AS_UTF8));
                }
            }
            throw new InputFileException(new RowError(name, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static void checkHeader(String name, List<String> header, List<String> requiredColumns) {
        List<RowError> missing = new ArrayList<>();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                missing.add(new RowError(name, 1, column, "column is missing from the header " + header));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(missing);
        }
    }

    private static List<String> streamCsv(Path file, String name, List<String> requiredColumns, Consumer<Table.Row> sink)
            throws IOException {
        List<String> header = null;
        int line = 0;
        RowErrors miscounted = new RowErrors();
        try (Reader text = decoded(file, name);
             MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                     .with(CsvParser.Feature.WRAP_AS_ARRAY)
                     .readValues(text)) {
            while (it.hasNextValue()) {
                line = it.getCurrentLocation().getLineNr();
                List<String> values = it.nextValue();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(v -> v == null ? "" : v.trim()).toList();
                    checkHeader(name, header, requiredColumns);
                    continue;
                }
                if (values.size() != header.size()) {
                    miscounted.add(new RowError(name, line, "", "has " + values.size() + " fields, the header has "
                            + header.size() + " (" + String.join(",", header) + "): a comma inside a value must be"
                            + " quoted (\"0,5\"), or write a decimal point (0.5)"));
                    continue;
                }
                if (miscounted.isEmpty()) {
                    sink.accept(row(header, values, line));
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new InputFileException(new RowError(name, firstBadLine(file), "", "is not UTF-8 text from this line on: "
                            + SAVE_AS_UTF8));
                }
            }
            throw e;
        }
        if (header == null) {
            throw new InputFileException(new RowError(name, 0, "", "is empty: a header row is expected"));
        }
        miscounted.throwIfAny();
        return header;
    }

    /** The 1-based line holding the first byte that is not UTF-8 (0 when none is found). */
    private static int firstBadLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                int start = bytes.position();
                CoderResult r = decoder.decode(bytes, chars, end);
                for (int i = start; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                    }
                }
                if (r.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        }
        return 0;
    }

    /**
     * The file's text: UTF-8 (a byte-order mark is skipped), or UTF-16 when it starts with a UTF-16
     * byte-order mark; anything else that is not UTF-8 fails on the first bad byte.
     */
    private static Reader decoded(Path file, String name) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(4);
        byte[] start = in.readNBytes(4);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (start.length >= 2 && (start[0] == 0 || start[1] == 0)) {
            in.close();
            throw new InputFileException(new RowError(name, 0, "", "looks like UTF-16 text without a byte-order mark: "
                    + SAVE_AS_UTF8));
        }
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
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
