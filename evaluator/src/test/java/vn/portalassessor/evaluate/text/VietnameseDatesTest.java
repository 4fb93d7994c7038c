package vn.portalassessor.evaluate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            22/12/2016                              | 2016-12-22
            08:30 22/12/2016                        | 2016-12-22
            Thứ sáu, 22/01/2010 16:36               | 2010-01-22
            Ngày 09 tháng 05 năm 2017               | 2017-05-09
            ngày 9 tháng 5 năm 2017                 | 2017-05-09
            Cập nhật lúc 10:15 ngày 28/12/2016      | 2016-12-28
            22-12-2016                              | 2016-12-22
            22.12.2016                              | 2016-12-22
            2016-12-22                              | 2016-12-22
            """)
    void readsEveryFormatPortalsPrint(String text, LocalDate expected) {
        assertThat(VietnameseDates.find(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "\"{0}\" has no date")
    @CsvSource({"31/02/2016", "Số 45/2016/QĐ-UBND", "Điện thoại 0233 3822 456"})
    void skipsImpossibleDatesAndDocumentNumbers(String text) {
        assertThat(VietnameseDates.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Ngày 09 tháng 05 năm 2017"})
    void readsDecomposedText(String text) {
        assertThat(VietnameseDates.find(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)))
                .containsExactly(LocalDate.of(2017, 5, 9));
    }
}
