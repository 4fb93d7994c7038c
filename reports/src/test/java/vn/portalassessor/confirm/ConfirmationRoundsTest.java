package vn.portalassessor.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.result.CriterionResult;

class ConfirmationRoundsTest {

    @TempDir
    Path dir;

    ConfirmationRounds rounds;
    Path run;

    @BeforeEach
    void exportRoundOne() throws Exception {
        run = SampleRun.create(dir.resolve("run"));
        rounds = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.systemUTC());
        rounds.export(1, "Thanh tra Lê Minh");
    }

    private Path exported(String agency) {
        return run.resolve("confirm/round-1/" + agency + ".xlsx");
    }

    @Test
    void withoutAPublicAddressTheAccessFileSaysHowToGetOne() throws Exception {
        String text = Files.readString(run.resolve("confirm/round-1/tinh-son-lam-truy-cap.txt"));

        assertThat(text).contains("Trang bằng chứng: /report/agency/tinh-son-lam.html?token=");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 13: after 'serve --public-url', access links are complete URLs")
    void accessLinksAreCompleteOnceThePublicAddressIsKnown() throws Exception {
        vn.portalassessor.viewer.PublicUrl.save(run, vn.portalassessor.viewer.PublicUrl.parse("https://danhgia.mic.gov.vn/2016"));
        ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.systemUTC()).export(1, "Thanh tra Lê Minh");

        String text = Files.readString(run.resolve("confirm/round-1/tinh-son-lam-truy-cap.txt"));
        String token = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(run.resolve("viewer-tokens.json").toFile()).at("/agencies/tinh-son-lam").asText();
        assertThat(text).contains("Trang bằng chứng: https://danhgia.mic.gov.vn/2016/report/agency/tinh-son-lam.html?token=" + token,
                "Trang xác nhận: https://danhgia.mic.gov.vn/2016/report/confirm/tinh-son-lam.html?token=" + token);
        try (InputStream in = Files.newInputStream(exported("tinh-son-lam")); Workbook wb = WorkbookFactory.create(in)) {
            boolean found = false;
            for (Row r : wb.getSheet("Xác nhận")) {
                for (var cell : r) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue()
                            .equals("https://danhgia.mic.gov.vn/2016/report/agency/tinh-son-lam.html?token=" + token);
                }
            }
            assertThat(found).as("the workbook carries the complete link").isTrue();
        }
    }

    @Test
    void workbookListsEveryApplicableCriterionWithTheAgencysTokenInVietnamese() throws Exception {
        try (InputStream in = Files.newInputStream(exported("tinh-son-lam")); Workbook wb = WorkbookFactory.create(in)) {
            var sheet = wb.getSheet("Xác nhận");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("tinh-son-lam");
            long rows = 0;
            String token = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Mã truy cập bằng chứng")) {
                    token = r.getCell(1).getStringCellValue();
                }
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().matches("C\\d\\.\\d\\d")) {
                    rows++;
                }
            }
            long applicable = SampleRun.M.criteria().filter(c -> c.appliesTo(SampleRun.AGENCIES.get(0).group())).count();
            assertThat(rows).isEqualTo(applicable);
            assertThat(Files.readString(run.resolve("viewer-tokens.json"))).contains(token);
        }
    }

    @Test
    void badRowsRefuseTheWholeImportAndListEveryRow() throws Exception {
        Path good = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"),
                Map.of("C1.01", new String[] {"Không đồng ý", "95%", "Thống kê tháng 12/2016"}));
        Path bad = SampleRun.answer(exported("tinh-tra-giang"), dir.resolve("a/tinh-tra-giang.xlsx"), Map.of(
                "C1.01", new String[] {"Không đồng ý", "nhiều", "Hầu hết cán bộ có máy tính"},
                "C1.02", new String[] {"OK"},
                "C3.23", new String[] {"Không đồng ý"},
                "C3.24", new String[] {"Không đồng ý", "", "", "so-do-cong.html"}));
        try (InputStream in = Files.newInputStream(bad); Workbook wb = WorkbookFactory.create(in)) {
            Row extra = wb.getSheet("Xác nhận").createRow(wb.getSheet("Xác nhận").getLastRowNum() + 1);
            extra.createCell(0).setCellValue("C9.99");
            extra.createCell(SheetLayout.COL_ANSWER).setCellValue("Đồng ý");
            try (OutputStream o = Files.newOutputStream(dir.resolve("a/tinh-tra-giang-2.xlsx"))) {
                wb.write(o);
            }
        }

        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(good, dir.resolve("a/tinh-tra-giang-2.xlsx")), "Văn thư"))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.errors())
                        .extracting(RowError::field)
                        .contains("Giá trị đề nghị sửa", "Ý kiến (Đồng ý / Không đồng ý)", "Ghi chú",
                                "URL bằng chứng bổ sung", "Mã tiêu chí"))
                .hasMessageContaining("\"nhiều\" is not a ratio")
                .hasMessageContaining("unknown criterion \"C9.99\"");
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Imported);
    }

    @Test
    void workbookOfAnotherRoundOrAClosedRoundIsRefused() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"), Map.of());
        assertThatThrownBy(() -> rounds.importAnswers(2, List.of(answered), "Văn thư"))
                .hasMessageContaining("round 2 has not been exported");
        rounds.close(1, "Thanh tra Lê Minh");
        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(answered), "Văn thư"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("round 1 is closed");
    }

    @Test
    void acceptedCorrectionOverridesWithReasonAndAuthorAndTheStatusFollowsTheDispute() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"),
                Map.of("C1.01", new String[] {"Không đồng ý", "95%", "Thống kê tháng 12/2016"}));
        rounds.importAnswers(1, List.of(answered), "Văn thư Phạm Hà");
        assertThat(rounds.state().status("tinh-son-lam")).isEqualTo(AgencyStatus.DISPUTED);
        assertThat(rounds.state().status("tinh-tra-giang")).isEqualTo(AgencyStatus.NOT_ANSWERED);

        assertThatThrownBy(() -> rounds.decide("tinh-son-lam", "C1.02", JournalEntry.Decision.ACCEPT, null, "đúng", "X"))
                .hasMessageContaining("has not disputed C1.02");
        rounds.decide("tinh-son-lam", "C1.01", JournalEntry.Decision.ACCEPT, null,
                "Biên bản kiểm kê thiết bị ngày 15/12/2016 khớp số liệu", "Thanh tra Lê Minh");

        assertThat(rounds.state().status("tinh-son-lam")).isEqualTo(AgencyStatus.RESOLVED);
        CriterionResult r = ConfirmedResults.criterion(rounds.current(), "tinh-son-lam", "C1.01").orElseThrow();
        assertThat(r.source()).isEqualTo(Source.INSPECTOR);
        assertThat(r.points()).isEqualTo(19.0);
        assertThat(r.explanation()).contains("Thanh tra Lê Minh", "Biên bản kiểm kê");
        List<Change> changes = ConfirmedResults.changes(SampleRun.M, rounds.baseline(), rounds.journal().read());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.after().id()).isEqualTo("C1.01");
            assertThat(c.before().points()).isZero();
            assertThat(c.author()).isEqualTo("Thanh tra Lê Minh");
            assertThat(c.stage()).isEqualTo("Vòng 1");
        });
        assertThat(rounds.current().agency("tinh-son-lam").orElseThrow().category("1").orElseThrow().rank()).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 13: the confirmation page prints points and indices the Vietnamese way")
    void theConfirmationPageWritesNumbersWithADecimalComma() throws Exception {
        rounds.decide("tinh-tra-giang", "C1.01", JournalEntry.Decision.SET, "0.85", "Báo cáo bổ sung ngày 20/12/2016",
                "Thanh tra Lê Minh");
        rounds.writeReport(dir.resolve("report"));

        String page = org.jsoup.Jsoup.parse(dir.resolve("report/confirm/tinh-tra-giang.html").toFile(), "UTF-8").text();
        assertThat(page).containsPattern("điểm, chỉ số \\d,\\d{3}, hạng");
        assertThat(page).doesNotContainPattern("chỉ số \\d\\.\\d{3}");
        assertThat(page).contains("giá trị 0,85");
    }

    @Test
    void inspectorSetValueMustBeOfTheCriterionsKind() {
        assertThatThrownBy(() -> rounds.decide("tinh-tra-giang", "C1.01", JournalEntry.Decision.SET, "1,5",
                "sai số liệu", "Thanh tra Lê Minh")).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> rounds.decide("tinh-tra-giang", "C1.01", JournalEntry.Decision.SET, "0.5",
                " ", "Thanh tra Lê Minh")).hasMessageContaining("needs a reason");
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Decided);
    }

    @Test
    void workbookOfOneAgencySentUnderAnothersNameIsRefused() throws Exception {
        Path mixedUp = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-tra-giang.xlsx"), Map.of());
        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(mixedUp), "Văn thư"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("named for tinh-tra-giang but holds the workbook of tinh-son-lam");
    }

    @Test
    void workbookOfAnAgencyOutsideTheRunIsRefused() throws Exception {
        Path answered = SampleRun.answer(exported("tinh-son-lam"), dir.resolve("a/tinh-son-lam.xlsx"), Map.of());
        try (InputStream in = Files.newInputStream(answered); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("Xác nhận").getRow(1).getCell(1).setCellValue("tinh-quang-binh");
            try (OutputStream o = Files.newOutputStream(dir.resolve("a/quang-binh.xlsx"))) {
                wb.write(o);
            }
        }
        assertThatThrownBy(() -> rounds.importAnswers(1, List.of(dir.resolve("a/quang-binh.xlsx")), "Văn thư"))
                .hasMessageContaining("quang-binh.xlsx: field \"Mã cơ quan\": agency \"tinh-quang-binh\" is not one of this run's agencies");
    }
}
