package vn.portalassessor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: the national overview, one row per agency, missing self-reports said aloud. */
class OverviewTest {

    private final Overview overview = Overview.of(TwoProvinces.assessment());

    @Test
    void oneRowPerAgencyMinistriesFirstThenProvincesByName() {
        assertThat(overview.rows()).extracting(Overview.Line::agencyName)
                .containsExactly("Bộ Tài nguyên Biển", "Tỉnh Hải Đông", "Tỉnh Trà Giang");
        assertThat(overview.categories()).extracting(Overview.Head::id).containsExactly("2", "3");
    }

    @Test
    void aCategoryWithoutAnySelfReportIsMissingNotAZeroAndNotTrungBinh() {
        Overview.Cell c2 = row("tinh-tra-giang").cells().get(0);

        assertThat(c2.noData()).isTrue();
        assertThat(c2.index()).isEqualTo("không có số liệu");
        assertThat(c2.level()).as("no level is given without data").isEmpty();
        assertThat(c2.missingText()).isEqualTo("thiếu 2 số liệu tự báo cáo");
        assertThat(row("tinh-tra-giang").levels()).as("a level filter never matches a missing category")
                .isEqualTo("3-tot");
    }

    @Test
    void aCategoryWithSomeFiguresKeepsItsIndexAndSaysWhatIsMissing() {
        Overview.Cell c2 = row("tinh-hai-dong").cells().get(0);

        assertThat(c2.noData()).isFalse();
        assertThat(c2.index()).isEqualTo("0,429");
        assertThat(c2.rank()).isEqualTo("1/2");
        assertThat(c2.missingText()).isEqualTo("thiếu 1 số liệu tự báo cáo");
        assertThat(row("tinh-hai-dong").missing()).isEqualTo(1);
    }

    @Test
    void indicesUseADecimalCommaAndCarryANumericSortKey() {
        Overview.Cell c3 = row("tinh-hai-dong").cells().get(1);

        assertThat(c3.index()).isEqualTo("0,949");
        assertThat(c3.sort()).isEqualTo("0.949");
        assertThat(c3.level()).isEqualTo("Tốt");
        assertThat(row("tinh-tra-giang").cells().get(0).sort()).as("missing sorts last").isEqualTo("-1");
    }

    @Test
    void groupsForTheFilterAreThoseOfTheRun() {
        assertThat(overview.groups()).extracting(Overview.Head::id).containsExactly("MINISTRY", "PROVINCE");
    }

    private Overview.Line row(String id) {
        List<Overview.Line> rows = overview.rows();
        return rows.stream().filter(r -> r.agencyId().equals(id)).findFirst().orElseThrow();
    }
}
