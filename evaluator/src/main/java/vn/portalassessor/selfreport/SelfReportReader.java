package vn.portalassessor.selfreport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.RowErrors;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.ValueKind;
import vn.portalassessor.criteria.load.TableReader;
import vn.portalassessor.selfreport.template.ReturnedWorkbook;

/**
 * Imports self-reported data against a methodology and an agency list, from
 * <ul>
 *   <li>a table ({@code agency_id,criterion_id,value,note}, CSV or the first sheet of an XLSX), refused
 *       whole with every bad row listed on: an unknown agency or criterion, a criterion that does not take
 *       self-reports, a COMPOSITE criterion reported directly instead of by its components, a value of the
 *       wrong kind, a duplicate row;</li>
 *   <li>a self-report template an agency filled in ({@link ReturnedWorkbook}), refused whole when any
 *       cell is bad;</li>
 *   <li>a folder of either: each file is imported or refused on its own, and the refused ones are listed
 *       in {@link SelfReport#refused()}; a figure given by two files refuses the later one.</li>
 * </ul>
 * Every value is read by one rule ({@link ValueReading}, {@link VietnameseNumber}).
 */
public final class SelfReportReader {

    static final List<String> COLUMNS = List.of("agency_id", "criterion_id", "value");

    private SelfReportReader() {
    }

    /** Reads one table file; self-report templates need the agency list ({@link #read(Path, Methodology, List)}). */
    public static SelfReport read(Path file, Methodology methodology, Set<String> agencyIds) {
        FileValues values = readFile(file, methodology, agencyIds, Map.of());
        values.throwIfRefused();
        return new SelfReport(values.values(), file.toString());
    }

    /**
     * Reads a file (refused whole with every error when anything is bad) or a folder of files (each
     * imported or refused on its own).
     */
    public static SelfReport read(Path fileOrFolder, Methodology methodology, List<Agency> agencies) {
        Map<String, Agency> byId = agencies.stream().collect(Collectors.toMap(Agency::id, a -> a, (a, b) -> a,
                LinkedHashMap::new));
        if (!Files.isDirectory(fileOrFolder)) {
            FileValues values = readFile(fileOrFolder, methodology, byId.keySet(), byId);
            values.throwIfRefused();
            return new SelfReport(values.values(), fileOrFolder.toString());
        }
        Map<String, Map<String, ReportedValue>> merged = new HashMap<>();
        List<SelfReport.RefusedFile> refused = new ArrayList<>();
        for (Path file : filesOf(fileOrFolder)) {
            FileValues values = readFile(file, methodology, byId.keySet(), byId);
            List<RowError> errors = new ArrayList<>(values.errors());
            if (errors.isEmpty()) {
                values.values().forEach((agency, rows) -> rows.forEach((id, v) -> {
                    ReportedValue earlier = merged.getOrDefault(agency, Map.of()).get(id);
                    if (earlier != null) {
                        errors.add(new RowError(v.where(), 0, "", agency + " " + id
                                + " was already given at " + earlier.where() + ": keep it in one file only"));
                    }
                }));
            }
            if (errors.isEmpty()) {
                values.values().forEach((agency, rows) -> merged.computeIfAbsent(agency, a -> new HashMap<>()).putAll(rows));
            } else {
                refused.add(new SelfReport.RefusedFile(file.toString(), values.agencyId(), errors));
            }
        }
        return new SelfReport(merged, fileOrFolder.toString(), refused);
    }

    /** The CSV and XLSX files of a folder, by name; office lock files and hidden files are skipped. */
    static List<Path> filesOf(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith(".") && !n.startsWith("~$") && (n.endsWith(".csv") || n.endsWith(".xlsx"));
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputFileException(new RowError(folder.toString(), 0, "", "cannot be listed: " + e.getMessage()));
        }
    }

    /**
     * The values of one file and what is wrong with it.
     *
     * @param agencyId the agency a template was made for, else ""
     */
    private record FileValues(String agencyId, Map<String, Map<String, ReportedValue>> values, List<RowError> errors,
                              long omitted) {

        FileValues(String agencyId, Map<String, Map<String, ReportedValue>> values, List<RowError> errors) {
            this(agencyId, values, errors, 0);
        }

        /** Refuses the file when anything in it was bad, listing the first errors and counting the rest. */
        void throwIfRefused() {
            if (!errors.isEmpty()) {
                throw new InputFileException(errors, omitted);
            }
        }
    }

    /** One data row of a table, whatever the file type. */
    private record TableRow(String file, int line, String agency, String id, String raw, String note,
                            Function<ValueKind, ValueReading.Outcome> value) {
    }

    private static FileValues readFile(Path file, Methodology m, Set<String> agencyIds, Map<String, Agency> agencies) {
        try {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                String name = file.toString();
                TableValues values = new TableValues(m, agencyIds);
                TableReader.stream(file, COLUMNS, r -> values.accept(new TableRow(name, r.line(),
                        r.get("agency_id"), r.get("criterion_id"), r.get("value"), r.get("note"),
                        kind -> ValueReading.text(r.get("value"), kind))));
                return values.result();
            }
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                if (ReturnedWorkbook.isTemplate(wb)) {
                    if (agencies.isEmpty()) {
                        return new FileValues("", Map.of(), List.of(new RowError(file.toString(), 0, "",
                                "is a self-report template: it is checked against the agency list")));
                    }
                    ReturnedWorkbook.Returned returned = ReturnedWorkbook.read(file.toString(), wb, m, agencies);
                    return new FileValues(returned.agencyId(),
                            returned.values().isEmpty() ? Map.of() : Map.of(returned.agencyId(), returned.values()),
                            returned.errors());
                }
                TableValues values = new TableValues(m, agencyIds);
                sheetRows(file.toString(), wb.getSheetAt(0)).forEach(values::accept);
                return values.result();
            }
        } catch (InputFileException e) {
            return new FileValues("", Map.of(), e.errors(), e.omitted());
        } catch (IOException | RuntimeException e) {
            return new FileValues("", Map.of(), List.of(new RowError(file.toString(), 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    /** The rows of a flat workbook; numbers typed as numbers are taken as they are, not re-read as text. */
    private static List<TableRow> sheetRows(String name, Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<String, Integer> columns = null;
        List<TableRow> rows = new ArrayList<>();
        for (Row r : sheet) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < Math.max(0, r.getLastCellNum()); i++) {
                Cell c = r.getCell(i);
                texts.add(c == null ? "" : formatter.formatCellValue(c).trim());
            }
            if (texts.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < texts.size(); i++) {
                    columns.putIfAbsent(texts.get(i), i);
                }
                List<RowError> missing = new ArrayList<>();
                for (String column : COLUMNS) {
                    if (!columns.containsKey(column)) {
                        missing.add(new RowError(name, r.getRowNum() + 1, column, "column is missing from the header " + texts));
                    }
                }
                if (!missing.isEmpty()) {
                    throw new InputFileException(missing);
                }
                continue;
            }
            Map<String, Integer> cols = columns;
            Function<String, String> text = col -> cols.containsKey(col) && cols.get(col) < texts.size()
                    ? texts.get(cols.get(col)) : "";
            Cell valueCell = r.getCell(cols.get("value"));
            rows.add(new TableRow(name, r.getRowNum() + 1, text.apply("agency_id"), text.apply("criterion_id"),
                    text.apply("value"), text.apply("note"), kind -> cellValue(valueCell, kind, formatter)));
        }
        if (columns == null) {
            throw new InputFileException(new RowError(name, 0, "", "the first sheet is empty: a header row is expected"));
        }
        return rows;
    }

    private static ValueReading.Outcome cellValue(Cell cell, ValueKind kind, DataFormatter formatter) {
        if (cell == null) {
            return ValueReading.text("", kind);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> ValueReading.number(cell.getNumericCellValue(), kind, formatter.formatCellValue(cell));
            case BOOLEAN -> ValueReading.bool(cell.getBooleanCellValue(), kind);
            default -> ValueReading.text(formatter.formatCellValue(cell), kind);
        };
    }

    /**
     * The values of a table's rows, checked row by row as they are read; bad rows are collected with
     * {@link RowErrors}, so a huge bad file keeps only its first errors.
     */
    private static final class TableValues {
        private final Methodology m;
        private final Set<String> agencyIds;
        private final RowErrors all = new RowErrors();
        private final Map<String, Map<String, ReportedValue>> values = new HashMap<>();

        TableValues(Methodology m, Set<String> agencyIds) {
            this.m = m;
            this.agencyIds = agencyIds;
        }

        void accept(TableRow row) {
            List<RowError> errors = new ArrayList<>();
            if (!agencyIds.contains(row.agency())) {
                errors.add(new RowError(row.file(), row.line(), "agency_id", "unknown agency \"" + row.agency() + "\""));
            }
            Optional<ValueKind> kind = kindOf(m, row.id(), row.file(), row.line(), errors);
            Double value = null;
            if (kind.isPresent()) {
                ValueReading.Outcome outcome = row.value().apply(kind.get());
                if (outcome.ok()) {
                    value = outcome.value();
                } else {
                    errors.add(new RowError(row.file(), row.line(), "value", outcome.problem()));
                }
            }
            if (!errors.isEmpty()) {
                all.addAll(errors);
                return;
            }
            ReportedValue reported = new ReportedValue(value, row.raw(), row.note(), row.file() + ":" + row.line());
            ReportedValue earlier = values.computeIfAbsent(row.agency(), a -> new HashMap<>()).putIfAbsent(row.id(), reported);
            if (earlier != null) {
                all.add(new RowError(row.file(), row.line(), "criterion_id",
                        "duplicate row: " + row.agency() + " " + row.id() + " was already given at " + earlier.where()));
            }
        }

        FileValues result() {
            return all.isEmpty() ? new FileValues("", values, List.of())
                    : new FileValues("", Map.of(), all.shown(), all.count() - all.shown().size());
        }
    }

    private static Optional<ValueKind> kindOf(Methodology m, String id, String file, int line, List<RowError> errors) {
        Optional<Criterion> criterion = m.criterion(id);
        if (criterion.isPresent()) {
            Criterion c = criterion.get();
            if (!c.sources().contains(Source.SELF_REPORTED)) {
                errors.add(new RowError(file, line, "criterion_id", id + " is judged from the portal, not self-reported"));
                return Optional.empty();
            }
            if (c.rule() == RuleType.COMPOSITE) {
                errors.add(new RowError(file, line, "criterion_id", id + " is reported by its parts: "
                        + String.join(", ", c.components().stream().map(Component::id).toList())));
                return Optional.empty();
            }
            return Optional.of(c.valueKind());
        }
        Optional<Component> component = m.criteria().flatMap(c -> c.components().stream())
                .filter(c -> c.id().equals(id)).findFirst();
        if (component.isPresent()) {
            return Optional.of(component.get().valueKind());
        }
        errors.add(new RowError(file, line, "criterion_id", "unknown criterion \"" + id + "\" in methodology "
                + m.id() + " v" + m.version()));
        return Optional.empty();
    }
}
