package vn.portalassessor.confirm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;

/**
 * Reads one agency's answered confirmation workbook and checks every row: the agency must be one of
 * the run's (and the one the file is named for, when it is named for an agency), the round the one
 * being imported, each criterion known and applicable to the agency's
 * group and answered once, the answer "Đồng ý" or "Không đồng ý", a dispute must say something (a
 * corrected value, a comment or an evidence URL), a corrected value must be of the criterion's kind,
 * an evidence URL must be an http(s) address. The workbook must be bound to its agency and round
 * ({@link SheetSignature}): an altered one is refused with every changed locked cell named as
 * {@code file!sheet!C7}. Every problem is collected as a {@link RowError}; the
 * caller refuses the whole import when there is any. Stateless.
 */
final class AnswerSheetReader {

    /** A workbook that passed every check; {@code savedAt} is when it was last saved (null when unknown). */
    record Read(String agencyId, int round, String file, String sha256, Instant exportedAt, Instant savedAt,
                List<Answer> answers) {
    }

    /**
     * What a workbook is checked against: the run's signature, who each access code belongs to, and the
     * workbook this run exported for an agency in a round (to name the cells changed in an altered one).
     */
    record Exported(SheetSignature signature, Map<String, String> agencyByToken,
                    BiFunction<String, Integer, Optional<Path>> workbook) {
    }

    private AnswerSheetReader() {
    }

    static Optional<Read> read(Path path, int round, Methodology m, Assessment assessment, Exported exported,
                               List<RowError> errors) {
        String name = path.getFileName().toString();
        int before = errors.size();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            errors.add(new RowError(name, 0, "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SheetLayout.SHEET);
            if (sheet == null) {
                errors.add(new RowError(name, 0, "", "has no sheet \"" + SheetLayout.SHEET
                        + "\"; answer in the workbook 'assessor confirm export' wrote"));
                return Optional.empty();
            }
            DataFormatter fmt = new DataFormatter();
            String agencyId = null;
            String roundText = null;
            String token = "";
            String exportedText = "";
            String signature = "";
            int headerRow = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && headerRow < 0; r++) {
                String label = text(sheet.getRow(r), 0, fmt);
                if (label.equals(SheetLayout.AGENCY_LABEL)) {
                    agencyId = text(sheet.getRow(r), 1, fmt);
                } else if (label.equals(SheetLayout.ROUND_LABEL)) {
                    roundText = text(sheet.getRow(r), 1, fmt);
                } else if (label.equals(SheetLayout.TOKEN_LABEL)) {
                    token = text(sheet.getRow(r), 1, fmt);
                } else if (label.equals(SheetLayout.EXPORTED_LABEL)) {
                    exportedText = text(sheet.getRow(r), 1, fmt);
                } else if (label.equals(SheetLayout.SIGNATURE_LABEL)) {
                    signature = text(sheet.getRow(r), 1, fmt);
                } else if (label.equals(SheetLayout.HEADER.get(0))) {
                    headerRow = r;
                }
            }
            if (headerRow < 0) {
                errors.add(new RowError(name, 0, "", "has no header row starting with \"" + SheetLayout.HEADER.get(0) + "\""));
                return Optional.empty();
            }
            Row header = sheet.getRow(headerRow);
            for (int c = 0; c < SheetLayout.HEADER.size(); c++) {
                if (!text(header, c, fmt).equals(SheetLayout.HEADER.get(c))) {
                    errors.add(new RowError(name, headerRow + 1, SheetLayout.HEADER.get(c),
                            "column " + (c + 1) + " must be \"" + SheetLayout.HEADER.get(c) + "\", found \""
                                    + text(header, c, fmt) + "\"; do not move or rename columns"));
                }
            }
            Optional<AgencyResult> agency = agencyId == null ? Optional.empty() : assessment.agency(agencyId);
            if (agency.isEmpty()) {
                errors.add(new RowError(name, 0, SheetLayout.AGENCY_LABEL, "agency \"" + (agencyId == null ? "" : agencyId)
                        + "\" is not one of this run's agencies"));
            }
            String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
            if (agency.isPresent() && assessment.agency(stem).isPresent() && !stem.equals(agencyId)) {
                errors.add(new RowError(name, 0, SheetLayout.AGENCY_LABEL, "the file is named for " + stem
                        + " but holds the workbook of " + agencyId + "; check which agency sent it"));
            }
            if (!String.valueOf(round).equals(roundText)) {
                errors.add(new RowError(name, 0, SheetLayout.ROUND_LABEL, "the workbook is for round \"" + roundText
                        + "\", not round " + round));
            }
            if (errors.size() != before) {
                return Optional.empty();
            }
            checkBinding(name, sheet, fmt, agencyId, round, token, signature, exported, errors);
            List<Answer> answers = rows(sheet, headerRow, name, m, agency.get(), fmt, errors);
            Set<String> expected = new LinkedHashSet<>();
            m.criteria().filter(c -> c.appliesTo(agency.get().group())).forEach(c -> expected.add(c.id()));
            answers.forEach(a -> expected.remove(a.criterionId()));
            if (!expected.isEmpty() && errors.size() == before) {
                errors.add(new RowError(name, 0, SheetLayout.HEADER.get(0), "criteria missing from the workbook: "
                        + String.join(", ", expected)));
            }
            if (errors.size() != before) {
                return Optional.empty();
            }
            Instant savedAt = wb instanceof XSSFWorkbook x && x.getProperties().getCoreProperties().getModified() != null
                    ? x.getProperties().getCoreProperties().getModified().toInstant() : null;
            Instant exportedAt;
            try {
                exportedAt = Instant.parse(exportedText);
            } catch (java.time.format.DateTimeParseException e) {
                exportedAt = null;
            }
            return Optional.of(new Read(agencyId, round, name, sha256(bytes), exportedAt, savedAt, answers));
        } catch (IOException | RuntimeException e) {
            errors.add(new RowError(name, 0, "", "is not a readable XLSX workbook (" + e.getMessage() + ")"));
            return Optional.empty();
        }
    }

    /**
     * The workbook must be the one this run exported for its agency and round: its access code must be
     * the agency's, and its signature must match the agency, the round and the locked cells. When it
     * does not, every locked cell that differs from the exported workbook is named.
     */
    private static void checkBinding(String name, Sheet sheet, DataFormatter fmt, String agencyId, int round, String token,
                                     String signature, Exported exported, List<RowError> errors) {
        Map<String, String> locked = SheetSignature.lockedCells(sheet, fmt);
        if (exported.signature().verifies(signature, agencyId, round, locked)) {
            return;
        }
        int before = errors.size();
        String owner = exported.agencyByToken().get(token);
        if (owner == null) {
            errors.add(new RowError(name, 0, SheetLayout.TOKEN_LABEL, "the access code is not one this run gave any agency:"
                    + " answer in the workbook 'assessor confirm export' wrote for the agency"));
        } else if (!owner.equals(agencyId)) {
            errors.add(new RowError(name, 0, SheetLayout.AGENCY_LABEL, "the workbook was exported for " + owner
                    + " (the access code in it is " + owner + "'s) but its agency cell says " + agencyId
                    + ": an answer sheet cannot be moved to another agency"));
        }
        Optional<Path> original = exported.workbook().apply(owner == null ? agencyId : owner, round);
        if (original.isPresent()) {
            try (InputStream in = Files.newInputStream(original.get()); Workbook wb = WorkbookFactory.create(in)) {
                Sheet was = wb.getSheet(SheetLayout.SHEET);
                Map<String, String> expected = was == null ? Map.of() : SheetSignature.lockedCells(was, fmt);
                Set<String> refs = new java.util.TreeSet<>(java.util.Comparator
                        .comparingInt((String ref) -> new CellReference(ref).getRow())
                        .thenComparingInt(ref -> new CellReference(ref).getCol()));
                refs.addAll(expected.keySet());
                refs.addAll(locked.keySet());
                for (String ref : refs) {
                    String then = expected.getOrDefault(ref, "");
                    String now = locked.getOrDefault(ref, "");
                    if (!then.equals(now)) {
                        errors.add(new RowError(name + "!" + SheetLayout.SHEET + "!" + ref, 0, "",
                                "locked cell changed, was \"" + then + "\", now \"" + now + "\""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the exported copy is unreadable: the signature error below still refuses the workbook
            }
        }
        if (errors.size() == before) {
            errors.add(new RowError(name, 0, SheetLayout.SIGNATURE_LABEL, signature.isEmpty()
                    ? "the workbook has no signature: answer in a workbook 'assessor confirm export' wrote"
                    : "the signature does not match the agency, round and locked cells: the workbook was altered or was"
                    + " not exported by this run; ask the agency to answer in the exported workbook"));
        }
    }

    private static List<Answer> rows(Sheet sheet, int headerRow, String name, Methodology m, AgencyResult agency,
                                     DataFormatter fmt, List<RowError> errors) {
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int line = r + 1;
            String id = text(row, SheetLayout.COL_ID, fmt);
            String answer = text(row, SheetLayout.COL_ANSWER, fmt);
            String corrected = text(row, SheetLayout.COL_CORRECTED, fmt);
            String comment = text(row, SheetLayout.COL_COMMENT, fmt);
            String url = text(row, SheetLayout.COL_EVIDENCE, fmt);
            if (id.isEmpty() && answer.isEmpty() && corrected.isEmpty() && comment.isEmpty() && url.isEmpty()) {
                continue;
            }
            int before = errors.size();
            Optional<Criterion> criterion = m.criterion(id);
            if (criterion.isEmpty()) {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(0), "unknown criterion \"" + id
                        + "\" in methodology " + m.id() + " v" + m.version()));
                continue;
            }
            if (!criterion.get().appliesTo(agency.group())) {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(0), id + " does not apply to "
                        + agency.id() + " (group " + agency.group() + "): the row belongs to another agency's workbook"));
                continue;
            }
            if (!seen.add(id)) {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(0), id + " is answered twice"));
                continue;
            }
            boolean agrees;
            if (answer.equalsIgnoreCase(SheetLayout.AGREE)) {
                agrees = true;
            } else if (answer.equalsIgnoreCase(SheetLayout.DISAGREE)) {
                agrees = false;
            } else {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(SheetLayout.COL_ANSWER), answer.isEmpty()
                        ? "no answer: write \"Đồng ý\" or \"Không đồng ý\""
                        : "\"" + answer + "\" is neither \"Đồng ý\" nor \"Không đồng ý\""));
                agrees = true;
            }
            CorrectedValue value = null;
            if (!corrected.isEmpty()) {
                if (agrees && errors.size() == before) {
                    errors.add(new RowError(name, line, SheetLayout.HEADER.get(SheetLayout.COL_CORRECTED),
                            "a corrected value with \"Đồng ý\": write \"Không đồng ý\" to dispute the value"));
                }
                try {
                    value = CorrectedValue.parse(criterion.get(), corrected);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(name, line, SheetLayout.HEADER.get(SheetLayout.COL_CORRECTED),
                            id + " (" + criterion.get().rule() + "): " + e.getMessage()));
                }
            }
            if (!url.isEmpty() && !httpUrl(url)) {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(SheetLayout.COL_EVIDENCE),
                        "\"" + url + "\" is not an http:// or https:// address"));
            }
            if (!agrees && corrected.isEmpty() && comment.isEmpty() && url.isEmpty()) {
                errors.add(new RowError(name, line, SheetLayout.HEADER.get(SheetLayout.COL_COMMENT),
                        "\"Không đồng ý\" needs a corrected value, a comment or an evidence URL"));
            }
            if (errors.size() == before) {
                answers.add(new Answer(id, line, agrees, corrected, value == null ? null : value.value(),
                        value == null ? null : value.components(), comment, url));
            }
        }
        return answers;
    }

    private static boolean httpUrl(String s) {
        try {
            URI u = new URI(s);
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(col);
        return cell == null ? "" : fmt.formatCellValue(cell).strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
