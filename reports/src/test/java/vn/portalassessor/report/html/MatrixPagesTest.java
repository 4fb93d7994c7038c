package vn.portalassessor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13: agencies × criteria at a glance, and one page per criterion. */
class MatrixPagesTest {

    @Test
    void everyCellShowsStatusAndPointsAndLinksToTheAgencysVerdict() {
        MatrixPage matrix = MatrixPages.of(TwoProvinces.assessment(), null);

        assertThat(matrix.columns()).extracting(MatrixPage.Column::id).containsExactly("C2.01", "C2.02", "C3.22");
        assertThat(matrix.categories()).extracting(MatrixPage.Span::width).containsExactly(2, 1);
        MatrixPage.Row haiDong = matrix.rows().stream().filter(r -> r.agencyId().equals("tinh-hai-dong")).findFirst()
                .orElseThrow();
        MatrixPage.Cell search = haiDong.cells().get(2);
        assertThat(search.code()).isEqualTo("met");
        assertThat(search.symbol()).isEqualTo("✓");
        assertThat(search.points()).isEqualTo("6");
        assertThat(search.href()).isEqualTo("agency/tinh-hai-dong.html#C3.22");
        assertThat(search.title()).isEqualTo("Đạt, 6/6 điểm");
    }

    @Test
    void aMissingSelfReportIsItsOwnMarkNotNotMet() {
        MatrixPage matrix = MatrixPages.of(TwoProvinces.assessment(), null);
        MatrixPage.Row traGiang = matrix.rows().stream().filter(r -> r.agencyId().equals("tinh-tra-giang")).findFirst()
                .orElseThrow();

        assertThat(traGiang.cells().get(0).code()).isEqualTo(MatrixPages.MISSING);
        assertThat(traGiang.cells().get(0).points()).isEmpty();
        assertThat(traGiang.cells().get(0).title()).isEqualTo("thiếu số liệu tự báo cáo");
        assertThat(traGiang.cells().get(2).code()).isEqualTo("not_met");
        assertThat(traGiang.cells().get(2).points()).isEqualTo("0");
    }

    @Test
    void theCriterionPageListsEveryAgencysVerdictWithEvidenceGroupedByPage() {
        CriterionPage c322 = CriterionPages.of(TwoProvinces.assessment(), null).stream()
                .filter(p -> p.id().equals("C3.22")).findFirst().orElseThrow();

        assertThat(c322.rows()).extracting(CriterionPage.Row::agencyName, CriterionPage.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bộ Tài nguyên Biển", "Đạt một phần"),
                        org.assertj.core.groups.Tuple.tuple("Tỉnh Hải Đông", "Đạt"),
                        org.assertj.core.groups.Tuple.tuple("Tỉnh Trà Giang", "Không đạt"));
        assertThat(c322.counts()).isEqualTo("Đạt: 1 · Đạt một phần: 1 · Không đạt: 1");
        CriterionPage.Row traGiang = c322.rows().get(2);
        assertThat(traGiang.evidence()).as("the same page cited twice is shown once").singleElement()
                .satisfies(p -> {
                    assertThat(p.snippets()).containsExactly("Kết quả tìm kiếm", "Hội nghị tổng kết năm 2016");
                    assertThat(p.archiveHref())
                            .isEqualTo("../../archive/tinh-tra-giang/6f1c1f4e-0a55-4c38-9a38-6a3c1b0e9d11");
                    assertThat(p.fetchedAt()).isEqualTo("10:15 20/12/2016");
                    assertThat(p.shownUrl()).as("read as words, linked as cited").isEqualTo("https://cong.gov.vn/tim-kiem?q=hoi-nghi");
                });
        assertThat(c322.previousId()).isEqualTo("C2.02");
        assertThat(c322.nextId()).isEmpty();
    }

    @Test
    void theCriterionPageCountsMissingFiguresApart() {
        CriterionPage c202 = CriterionPages.of(TwoProvinces.assessment(), null).stream()
                .filter(p -> p.id().equals("C2.02")).findFirst().orElseThrow();

        assertThat(c202.counts()).isEqualTo("Đạt: 1 · thiếu số liệu: 2");
    }
}
