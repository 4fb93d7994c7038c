package vn.portalassessor.evaluate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13: figures in reasons and reports read the Vietnamese way. */
class VietnameseNumbersTest {

    @ParameterizedTest(name = "index {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0.949              | 0,949",
            "1.0                | 1,000",
            "0.0                | 0,000",
            "0.12556904400606   | 0,126"})
    void indexHasThreeDecimalsAfterAComma(double v, String printed) {
        assertThat(VietnameseNumbers.index(v)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "points {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "162.416667 | 162,42",
            "180.4      | 180,4",
            "190.0      | 190",
            "0.25       | 0,25",
            "12500      | 12.500",
            "1234567.5  | 1.234.567,5"})
    void pointsDropTrailingZerosAndGroupThousandsWithDots(double v, String printed) {
        assertThat(VietnameseNumbers.points(v)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "self-report cell \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "true                | Có",
            "FALSE               | Không",
            "0.99                | 0,99",
            "0.6022408963585434  | 0,6022408963585434",
            "124                 | 124",
            "2500                | 2.500",
            "đang cập nhật       | đang cập nhật"})
    void selfReportCellsReadAsWrittenButInVietnamese(String raw, String printed) {
        assertThat(VietnameseNumbers.cell(raw)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} with at most 3 decimals → {1}")
    @CsvSource(delimiter = '|', value = {
            "0.6022408963585434 | 0,602",
            "0.2                | 0,2",
            "-1.5               | -1,5",
            "-0.0001            | 0"})
    void rawDoublesAreRoundedForReasons(double v, String printed) {
        assertThat(VietnameseNumbers.decimal(v, 3)).isEqualTo(printed);
    }
}
