package vn.portalassessor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.evaluate.Status;

/** An inspector's label file is read as spreadsheets write it, and refused whole, naming file, line and field. */
class LabelFileTest {

    @TempDir
    Path dir;

    @Test
    void readsASpreadsheetsCsvWithByteOrderMarkCrlfQuotesAndNoCountColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("nhan.csv"), "\uFEFFagency_id,criterion_id,status,note\r\n"
                + "tinh-son-lam,C3.18,not_met,\"Trang English: \"\"Under construction\"\", không có giới thiệu\"\r\n"
                + "bo-tai-nguyen-bien,C3.13,NOT_APPLICABLE,\r\n", StandardCharsets.UTF_8);

        List<Label> labels = LabelFile.read(file, AgreementFixture.agencies(), AgreementFixture.criteria());

        assertThat(labels).containsExactly(
                new Label("tinh-son-lam", "C3.18", Status.NOT_MET, null,
                        "Trang English: \"Under construction\", không có giới thiệu", file + ":2"),
                new Label("bo-tai-nguyen-bien", "C3.13", Status.NOT_APPLICABLE, null, "", file + ":3"));
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryBadRowNamingFileLineAndField() throws Exception {
        Path file = Files.writeString(dir.resolve("nhan.csv"), """
                agency_id,criterion_id,status,count,note
                bo-tai-nguyen-bien,C3.01,MET,,
                bo-y-te,C3.01,MET,,
                tinh-son-lam,C3.99,MET,,
                tinh-son-lam,C3.02,ĐẠT,,
                tinh-son-lam,C3.03,NEEDS_REVIEW,,
                bo-tai-nguyen-bien,C3.01,NOT_MET,,ghi lại lần hai
                tinh-son-lam,C3.05,MET,12,12 tin trong tháng 12
                tinh-son-lam,C4.04,MET,mười,
                tinh-son-lam,C4.05,MET,-1,
                tinh-son-lam,C4.04,MET,2.5,
                """, StandardCharsets.UTF_8);

        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> LabelFile.read(file, AgreementFixture.agencies(), AgreementFixture.criteria()));

        assertThat(e.errors()).extracting(RowError::toString).containsExactly(
                file + ":3: field \"agency_id\": unknown agency \"bo-y-te\": not one of the run's 3 agencies",
                file + ":4: field \"criterion_id\": unknown criterion \"C3.99\" in the run's methodology",
                file + ":5: field \"status\": \"ĐẠT\" is not one of MET, PARTIAL, NOT_MET, NOT_APPLICABLE, UNREACHABLE",
                file + ":6: field \"status\": NEEDS_REVIEW is the tool abstaining, not an inspector's verdict: write one of"
                        + " MET, PARTIAL, NOT_MET, NOT_APPLICABLE, UNREACHABLE",
                file + ":7: field \"criterion_id\": duplicate row: bo-tai-nguyen-bien C3.01 was already labelled at "
                        + file + ":2",
                file + ":8: field \"count\": \"12\" given for C3.05: a count is labelled only for C4.04 (services at"
                        + " level 3) and C4.05 (services at level 4)",
                file + ":9: field \"count\": \"mười\" is not a whole number of services (0 or more)",
                file + ":10: field \"count\": \"-1\" is not a whole number of services (0 or more)",
                file + ":11: field \"count\": \"2.5\" is not a whole number of services (0 or more)");
    }

    @Test
    void aFileWithoutAStatusColumnIsRefusedNamingTheHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("nhan.csv"), "agency_id,criterion_id,expected\ntinh-son-lam,C3.01,MET\n",
                StandardCharsets.UTF_8);

        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> LabelFile.read(file, AgreementFixture.agencies(), AgreementFixture.criteria()));

        assertThat(e.getMessage()).isEqualTo(file + ":1: field \"status\": column is missing from the header"
                + " [agency_id, criterion_id, expected]");
    }

    @Test
    void emptyAgencyAndStatusCellsAreNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("nhan.csv"), "agency_id,criterion_id,status\n,C3.01,\n",
                StandardCharsets.UTF_8);

        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> LabelFile.read(file, AgreementFixture.agencies(), AgreementFixture.criteria()));

        assertThat(e.errors()).extracting(RowError::toString).containsExactly(
                file + ":2: field \"agency_id\": is empty",
                file + ":2: field \"status\": is empty: write one of MET, PARTIAL, NOT_MET, NOT_APPLICABLE, UNREACHABLE");
    }
}
