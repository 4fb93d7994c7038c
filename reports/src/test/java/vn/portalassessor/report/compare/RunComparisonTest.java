package vn.portalassessor.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.report.SampleRun;

/**
 * Issue 13: before and after the confirmation rounds, Tỉnh Hà Giang added a search box (C3.22 NOT_MET →
 * MET, +2 points), moving its category-3 index from 0,601 to 0,614 and its rank from 2/2 to 1/2.
 */
class RunComparisonTest {

    @TempDir
    Path out;

    static Assessment afterTheRounds() {
        Assessment before = SampleRun.assessment();
        List<AgencyResult> agencies = new ArrayList<>();
        for (AgencyResult a : before.agencies()) {
            if (!a.id().equals("tinh-ha-giang")) {
                agencies.add(a);
                continue;
            }
            List<CategoryResult> categories = new ArrayList<>();
            for (CategoryResult c : a.categories()) {
                if (!c.id().equals("3")) {
                    categories.add(c);
                    continue;
                }
                List<CriterionResult> criteria = c.criteria().stream().map(r -> !r.id().equals("C3.22") ? r
                        : new CriterionResult(r.id(), r.name(), Status.MET, 2, 2, r.source(), 0.9,
                                "Tìm kiếm \"Hội nghị tổng kết\" trả về 4 kết quả", r.evidence(), r.rule(), 1.0, null, null, null))
                        .toList();
                categories.add(new CategoryResult("3", c.name(), c.points() + 2, c.maxPoints(), 0.614, 1, 2, Level.KHA, criteria));
            }
            agencies.add(new AgencyResult(a.id(), a.name(), a.group(), a.portalUrl(), a.crawl(), categories, a.overall()));
        }
        return new Assessment(before.schemaVersion(), before.methodology(), before.assessmentDate(), agencies);
    }

    @Test
    void eachCategoryThenAndNowWithTheChangeOfIndexRankAndLevel() {
        RunComparison c = RunComparison.of("vong-0", SampleRun.assessment(), "vong-2", afterTheRounds());

        RunComparison.CategoryChange haGiang3 = c.agencies().stream().filter(a -> a.id().equals("tinh-ha-giang")).findFirst()
                .orElseThrow().categories().get(0);
        assertThat(haGiang3.indexBefore()).isEqualTo("0,601");
        assertThat(haGiang3.indexAfter()).isEqualTo("0,614");
        assertThat(haGiang3.delta()).isEqualTo("+0,013");
        assertThat(haGiang3.rankBefore() + " → " + haGiang3.rankAfter()).isEqualTo("2/2 → 1/2");
        assertThat(haGiang3.changed()).isTrue();
        RunComparison.CategoryChange tuPhap3 = c.agencies().get(0).categories().get(0);
        assertThat(tuPhap3.delta()).isEqualTo("0,000");
        assertThat(tuPhap3.changed()).isFalse();
    }

    @Test
    void everyChangedVerdictCarriesBothReasons() {
        RunComparison c = RunComparison.of("vong-0", SampleRun.assessment(), "vong-2", afterTheRounds());

        assertThat(c.criteria()).singleElement().satisfies(r -> {
            assertThat(r.agencyName()).isEqualTo("Tỉnh Hà Giang");
            assertThat(r.criterionId()).isEqualTo("C3.22");
            assertThat(r.statusBefore() + " → " + r.statusAfter()).isEqualTo("Không đạt → Đạt");
            assertThat(r.pointsBefore() + " → " + r.pointsAfter()).isEqualTo("0 → 2");
            assertThat(r.reasonBefore()).isEqualTo("Không thấy ô tìm kiếm trên trang chủ");
            assertThat(r.reasonAfter()).contains("trả về 4 kết quả");
        });
    }

    @Test
    void identicalRunsShowNoChange() {
        RunComparison c = RunComparison.of("a", SampleRun.assessment(), "b", SampleRun.assessment());

        assertThat(c.criteria()).isEmpty();
        assertThat(c.agencies()).allSatisfy(a -> assertThat(a.categories()).noneMatch(RunComparison.CategoryChange::changed));
    }

    @Test
    void theMethodologyIdDecidesWhetherRunsCompare() {
        Assessment a = SampleRun.assessment();
        Assessment other = new Assessment(a.schemaVersion(),
                new Assessment.MethodologyRef("2018", "1", "Quyết định 2018", ""), a.assessmentDate(), a.agencies());

        assertThat(RunComparison.sameMethodology(a, afterTheRounds())).isTrue();
        assertThat(RunComparison.sameMethodology(a, other)).isFalse();
    }

    @Test
    void theReportIsASortablePageWithTheScriptBesideIt() throws Exception {
        Path index = ComparisonReport.write(RunComparison.of("vong-0", SampleRun.assessment(), "vong-2", afterTheRounds()), out);

        Document page = Jsoup.parse(index.toFile(), "UTF-8");
        assertThat(page.select("#bang-tieu-chi tbody tr")).hasSize(1);
        assertThat(page.select("#bang-hang-muc tbody tr[data-agency=tinh-ha-giang][data-category=3] td").eachText())
                .containsExactly("Tỉnh Hà Giang", "Tỉnh, thành phố trực thuộc Trung ương", "3", "0,601", "0,614", "+0,013",
                        "2/2 → 1/2", "Khá → Khá");
        assertThat(page.select("table.sortable")).hasSize(2);
        assertThat(Files.exists(out.resolve("assets/report.js"))).isTrue();
    }
}
