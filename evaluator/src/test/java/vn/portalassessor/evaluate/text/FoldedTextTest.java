package vn.portalassessor.evaluate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    private static final String PAGE = "Ủy ban nhân dân tỉnh Thử Nghiệm – Lịch công tác tuần: Thứ Hai, 12/12/2016, Chủ tịch "
            + "UBND tỉnh họp với các sở, ban, ngành về công tác cải cách hành chính. Hỏi-đáp trực tuyến.";

    @ParameterizedTest(name = "page contains \"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lịch công tác      | true
            lich cong tac      | true
            Hỏi đáp            | true
            hoi dap            | true
            Cải cách hành chính | true
            Lịch làm việc      | false
            Tin                | false
            ban                | true
            12 12 2016         | true
            2016 chủ tịch      | true
            '–'                | false
            """)
    void matchesPhrasesAsContainsPhraseDoesWithThePageFoldedOnce(String phrase, boolean expected) {
        FoldedText page = FoldedText.of(PAGE);

        assertThat(page.containsPhrase(phrase)).as(phrase).isEqualTo(expected);
        assertThat(VietnameseText.containsPhrase(PAGE, phrase)).as("the one-off form agrees").isEqualTo(expected);
    }

    @Test
    void decomposedTextIsFoldedToTheComposedForm() {
        FoldedText nfd = FoldedText.of(Normalizer.normalize("Chức năng, nhiệm vụ", Normalizer.Form.NFD));

        assertThat(nfd.folded()).isEqualTo("chức năng nhiệm vụ");
        assertThat(nfd.ascii()).isEqualTo("chuc nang nhiem vu");
        assertThat(nfd.containsPhrase(FoldedText.of("Chức năng nhiệm vụ"))).isTrue();
    }

    @Test
    void wordsMustBeWholeEvenWhenTheFirstOccurrenceIsInsideAWord() {
        assertThat(FoldedText.of("Tính toán, tin tức").containsPhrase("Tin")).as("\"tin\" after \"tính\"").isTrue();
        assertThat(FoldedText.of("Tính toán").containsPhrase("Tin")).isFalse();
        assertThat(FoldedText.of(null).containsPhrase("Tin")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"/web/guest/gioi-thieu, gioi-thieu, true", "/Pages/GioiThieu.aspx, gioi-thieu, false",
            "/dich-vu-cong, dịch vụ công, true", "/hoi-dap?id=3, Hỏi đáp, true"})
    void namesSlugsInPathsAsPathHasSlugDoes(String path, String slug, boolean expected) {
        assertThat(FoldedText.of(path).hasSlug(FoldedText.of(slug))).isEqualTo(expected);
        assertThat(VietnameseText.pathHasSlug(path, slug)).isEqualTo(expected);
    }
}
