package vn.portalassessor.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.viewer.ViewerTokens;

/**
 * An answer sheet is bound to its agency and round and its locked cells; an older or repeated one does
 * not silently replace newer answers; the files holding tokens are the owner's only.
 */
@DisplayName("confirm import: answer sheets that cannot be moved, altered or replayed")
class AnswerSheetBindingTest {

    private static final Instant EXPORTED = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path dir;

    Path run;
    ConfirmationRounds rounds;

    @BeforeEach
    void exportRoundOne() throws Exception {
        run = SampleRun.create(dir.resolve("run"));
        rounds = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.fixed(EXPORTED, ZoneOffset.UTC));
        rounds.export(1, "Thanh tra Lê Minh");
    }

    @Test
    void sonLamsWorkbookWithTheAgencyCellChangedToTraGiangIsRefused() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/son-lam.xlsx"), Map.of());
        Path moved = edit(answered, dir.resolve("a/tinh-tra-giang.xlsx"), sheet -> sheet.getRow(1).getCell(1).setCellValue("tinh-tra-giang"));

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(moved), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("the workbook was exported for tinh-son-lam (the access code in it is tinh-son-lam's)"
                        + " but its agency cell says tinh-tra-giang")
                .hasMessageContaining("tinh-tra-giang.xlsx!Xác nhận!B2: locked cell changed, was \"tinh-son-lam\", now \"tinh-tra-giang\"");
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Imported);
    }

    @Test
    void editedResultPointsAndExplanationAreRefusedWithEachCellNamed() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"), Map.of());
        int[] line = new int[1];
        Path altered = edit(answered, dir.resolve("b/tinh-son-lam.xlsx"), sheet -> {
            Row row = rowOf(sheet, "C3.23");
            line[0] = row.getRowNum() + 1;
            row.getCell(3).setCellValue("Đạt");
            row.getCell(5).setCellValue(3.0);
            row.getCell(8).setCellValue("Cổng đã có sơ đồ cổng");
        });

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(altered), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("tinh-son-lam.xlsx!Xác nhận!D" + line[0] + ": locked cell changed, was \"Không đạt\", now \"Đạt\"")
                .hasMessageContaining("tinh-son-lam.xlsx!Xác nhận!F" + line[0] + ": locked cell changed, was \"0\", now \"3\"")
                .hasMessageContaining("tinh-son-lam.xlsx!Xác nhận!I" + line[0]
                        + ": locked cell changed, was \"Không có trang sơ đồ cổng và không có tệp sitemap.xml\", now \"Cổng đã có sơ đồ cổng\"");
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Imported);
    }

    @Test
    void aWorkbookWhoseSignatureWasRemovedIsRefused() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"), Map.of());
        Path unsigned = edit(answered, dir.resolve("b/tinh-son-lam.xlsx"), sheet -> rowOf(sheet, SheetLayout.SIGNATURE_LABEL)
                .getCell(1).setCellValue(""));

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(unsigned), "Văn thư"))
                .hasMessageContaining("the workbook has no signature");
    }

    @Test
    void theSameFileImportedTwiceIsRefusedTheSecondTime() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"),
                Map.of("C3.23", new String[] {"Không đồng ý", "", "Đã có trang sơ đồ cổng", "http://sonlam.gov.vn/so-do-cong"}));
        rounds.importAnswers(1, List.of(answered), "Văn thư");

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(answered), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("was already imported on " + EXPORTED + " by Văn thư")
                .hasMessageContaining("--replace --reason");
        assertThat(rounds.journal().read()).filteredOn(e -> e instanceof JournalEntry.Imported).hasSize(1);
    }

    @Test
    void anOlderSavedWorkbookAfterANewerOneIsRefusedUnlessReplacedWithAReason() throws Exception {
        Path first = saved(SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"),
                Map.of("C1.01", new String[] {"Không đồng ý", "80%", "Số liệu quý 3"})), "2026-12-03T01:00:00Z", "first");
        Path second = saved(SampleRun.answer(exported("tinh-son-lam"), dir.resolve("b/tinh-son-lam.xlsx"),
                Map.of("C1.01", new String[] {"Không đồng ý", "95%", "Số liệu tháng 12"})), "2026-12-04T01:00:00Z", "second");
        rounds.importAnswers(1, List.of(second), "Văn thư");

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(first), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("the workbook was last saved at 2026-12-03T01:00:00Z, before the one imported")
                .hasMessageContaining("saved at 2026-12-04T01:00:00Z");
        assertThat(rounds.state().latestAnswer("tinh-son-lam", "C1.01").orElseThrow().correctedRaw()).isEqualTo("95%");

        rounds.importAnswers(1, List.of(first), "Văn thư", "Cơ quan gửi công văn rút lại số liệu tháng 12");
        assertThat(rounds.state().latestAnswer("tinh-son-lam", "C1.01").orElseThrow().correctedRaw()).isEqualTo("80%");
        assertThat(rounds.journal().read()).filteredOn(e -> e instanceof JournalEntry.Imported).last()
                .extracting(e -> ((JournalEntry.Imported) e).replaceReason())
                .isEqualTo("Cơ quan gửi công văn rút lại số liệu tháng 12");
    }

    @Test
    void aWorkbookFromAnEarlierExportAfterOneFromALaterExportIsRefused() throws Exception {
        Path fromFirstExport = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"), Map.of());
        ConfirmationRounds later = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES,
                Clock.fixed(EXPORTED.plusSeconds(86_400), ZoneOffset.UTC));
        later.export(1, "Thanh tra Lê Minh");
        Path fromSecondExport = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("b/tinh-son-lam.xlsx"),
                Map.of("C3.23", new String[] {"Không đồng ý", "", "Đã có sơ đồ cổng"}));
        later.importAnswers(1, List.of(fromSecondExport), "Văn thư");

        assertThatThrownBy(() -> later.importAnswers(1, List.of(fromFirstExport), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("the workbook was exported at " + EXPORTED + ", before the one imported");
    }

    @Test
    void everyFileHoldingATokenIsTheOwnersOnlyAndTokensHaveServesFormat() throws Exception {
        for (Path f : List.of(run.resolve(ViewerTokens.FILE), exported("tinh-son-lam"),
                run.resolve("confirm/round-1/tinh-son-lam-truy-cap.txt"), run.resolve("confirm/" + SheetSignature.KEY_FILE))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
        }
        ViewerTokens tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES.stream().map(a -> a.id()).toList());
        assertThat(tokens.agencies().values()).allSatisfy(t -> assertThat(t).matches("[A-Za-z0-9_-]{43}"));
        assertThat(tokens.inspector()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Files.readString(run.resolve("confirm/round-1/tinh-son-lam-truy-cap.txt")))
                .contains("Mã truy cập: " + tokens.agencies().get("tinh-son-lam"));
    }

    private Path exported(String agency) {
        return run.resolve("confirm/round-1/" + agency + ".xlsx");
    }

    private static Row rowOf(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).toString().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** Opens a workbook, changes it and saves it elsewhere, as an agency's spreadsheet program would. */
    private static Path edit(Path in, Path out, Consumer<Sheet> change) throws Exception {
        try (InputStream i = Files.newInputStream(in); XSSFWorkbook wb = new XSSFWorkbook(i)) {
            change.accept(wb.getSheet(SheetLayout.SHEET));
            Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** Marks a workbook as last saved at {@code at} (what Excel or LibreOffice records on saving). */
    private Path saved(Path file, String at, String name) throws Exception {
        Path out = dir.resolve(name).resolve(file.getFileName());
        try (InputStream i = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(i)) {
            wb.getProperties().getCoreProperties().setModified(Optional.of(Date.from(Instant.parse(at))));
            Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }
}
