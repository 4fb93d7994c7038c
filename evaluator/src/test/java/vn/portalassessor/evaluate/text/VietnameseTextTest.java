package vn.portalassessor.evaluate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest(name = "\"{0}\" contains \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Hỏi – Đáp                    | Hỏi đáp          | true
            Hỏi-đáp                      | Hỏi đáp          | true
            Trao đổi - Hỏi đáp           | Hỏi đáp          | true
            HỎI ĐÁP                      | Hỏi đáp          | true
            Hoi dap                      | Hỏi đáp          | false
            Lịch công tác                | lich cong tac    | true
            Đơn vị trực thuộc            | don vi truc thuoc | true
            Tin tức                      | Tin              | true
            Tính toán                    | Tin              | false
            """)
    void matchesWholeWordsAcrossDashesCaseAndAccents(String text, String phrase, boolean expected) {
        assertThat(VietnameseText.containsPhrase(text, phrase)).isEqualTo(expected);
    }

    @Test
    void decomposedTextMatchesComposedKeywords() {
        String nfd = Normalizer.normalize("Chức năng, nhiệm vụ", Normalizer.Form.NFD);
        assertThat(VietnameseText.containsPhrase(nfd, "Chức năng nhiệm vụ")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"/web/guest/gioi-thieu, gioi-thieu, true", "/Pages/GioiThieu.aspx, gioi-thieu, false",
            "/van-ban/chi-tiet-vb-01.html, van-ban, true", "/dich-vu-cong, dịch vụ công, true"})
    void findsSlugsInPaths(String path, String slug, boolean expected) {
        assertThat(VietnameseText.pathHasSlug(path, slug)).isEqualTo(expected);
    }
}
