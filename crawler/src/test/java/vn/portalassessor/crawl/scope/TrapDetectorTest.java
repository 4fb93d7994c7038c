package vn.portalassessor.crawl.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Crawler traps are recognised; ordinary portal URLs, however many, are not (issue 4). */
class TrapDetectorTest {

    @ParameterizedTest(name = "{0} → trap: {1}")
    @CsvSource({
            "http://stp.gov.vn/tin-tuc/chi-tiet.html, false",
            "http://stp.gov.vn/lich/thang-sau/thang-sau/thang-sau/, true",
            "http://stp.gov.vn/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/, true",
            "http://stp.gov.vn/lich?thang=12&ngay=1&ngay=1&ngay=1, true",
            "http://stp.gov.vn/Pages/ChiTiet.aspx?ID=1234&CatID=5, false",
    })
    void recognisesTrapsFromTheUrlAlone(String url, boolean trap) {
        assertThat(new TrapDetector(60).check(URI.create(url)).isPresent()).isEqualTo(trap);
    }

    @Test
    void endlessCalendarDaysAreCutAfterTheBound() {
        TrapDetector traps = new TrapDetector(60);
        Optional<String> verdict = Optional.empty();
        int allowed = 0;
        for (int day = 0; day < 100 && verdict.isEmpty(); day++) {
            verdict = traps.check(URI.create("http://stp.gov.vn/lich-cong-tac?ngay=2016-12-" + (day + 1)));
            allowed += verdict.isEmpty() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(60);
        assertThat(verdict).get().asString().contains("ngày tháng");
    }

    @Test
    void numberedArticlesAreNeverATrapHoweverMany() {
        TrapDetector traps = new TrapDetector(60);
        for (int id = 1; id <= 500; id++) {
            assertThat(traps.check(URI.create("http://stp.gov.vn/tin/" + id + ".html"))).isEmpty();
            assertThat(traps.check(URI.create("http://stp.gov.vn/ChiTiet.aspx?ID=" + id))).isEmpty();
        }
    }
}
