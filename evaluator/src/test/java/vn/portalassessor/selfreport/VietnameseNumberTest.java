package vn.portalassessor.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.criteria.ValueKind;

/** The one rule for numbers written by Vietnamese agencies, as the README states it. */
class VietnameseNumberTest {

    @ParameterizedTest(name = "{1} \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            97,5%      | RATIO  | 0.975
            97.5%      | RATIO  | 0.975
            0,97       | RATIO  | 0.97
            0.97       | RATIO  | 0.97
            0.975      | RATIO  | 0.975
            100%       | RATIO  | 1.0
            1.234      | COUNT  | 1234
            1.500      | COUNT  | 1500
            1.234.567  | COUNT  | 1234567
            1234       | COUNT  | 1234
            1.234,5    | NUMBER | 1234.5
            1.234.567,25 | NUMBER | 1234567.25
            256        | NUMBER | 256
            256,5      | NUMBER | 256.5
            12.5       | NUMBER | 12.5
            1,5        | NUMBER | 1.5
            ' 0,5 '    | RATIO  | 0.5
            """)
    void readsTheNumberTheAgencyMeant(String written, ValueKind kind, double meant) {
        ValueReading.Outcome outcome = ValueReading.text(written, kind);

        assertThat(outcome.problem()).isNull();
        assertThat(outcome.value()).isCloseTo(meant, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest(name = "{1} \"{0}\" refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.234      | RATIO  | "1.234" is ambiguous: 1234 (a dot between thousands, the Vietnamese way) or 1,234 (a decimal point)? write 1234 or 1,234; a ratio is written 0,97 or 97%
            1.234      | NUMBER | "1.234" is ambiguous: 1234 (a dot between thousands, the Vietnamese way) or 1,234 (a decimal point)? write 1234 or 1,234
            97.500%    | RATIO  | "97.500%" is ambiguous
            1,234.5    | NUMBER | "1,234.5" is not a Vietnamese number: dots group thousands and the comma marks decimals, e.g. 1.234,5 or 1234,5
            1,234,567  | COUNT  | "1,234,567" has several commas, but the comma marks decimals
            1,5%       | NUMBER | "1,5%" has a % sign but this row asks for a number in the row's unit: write the number alone, e.g. 256 or 256,5
            12%        | COUNT  | "12%" has a % sign but this row asks for a count
            1,234      | COUNT  | the count 1,234 is not a whole number
            130%       | RATIO  | the ratio 130% is outside 0..1 (0% to 100%): write 0,97 or 97%
            -3         | COUNT  | -3 is negative or not a number
            chín mươi  | RATIO  | "chín mươi" is not a number: write e.g. 97,5% or 0,975
            có lẽ      | BOOLEAN | "có lẽ" is not Có or Không: write Có or Không
            """)
    void refusesWhatItCannotReadWithoutGuessing(String written, ValueKind kind, String problem) {
        ValueReading.Outcome outcome = ValueReading.text(written, kind);

        assertThat(outcome.value()).isNull();
        assertThat(outcome.problem()).startsWith(problem);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"Có, 1", "có, 1", "CO, 1", "Không, 0", "không, 0", "khong, 0", "true, 1", "false, 0"})
    void readsYesAndNoInVietnamese(String written, double meant) {
        assertThat(ValueReading.text(written, ValueKind.BOOLEAN).value()).isEqualTo(meant);
    }
}
