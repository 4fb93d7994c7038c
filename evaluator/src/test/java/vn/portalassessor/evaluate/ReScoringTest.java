package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.ArchivedPageSource;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.selfreport.SelfReport;

/**
 * Re-scoring a finished run (issue 15): agencies judged side by side give what one at a time gives,
 * in the agencies' order, and the pages judged are the crawl's, whether or not a probe added one after.
 */
@DisplayName("Re-scoring: agencies side by side, the crawl's pages, the same results")
class ReScoringTest {

    private static final String MENU = "<nav><a href=\"/\">Trang chủ</a> <a href=\"/gioi-thieu\">Giới thiệu</a> "
            + "<a href=\"/tin-tuc\">Tin tức - Sự kiện</a> <a href=\"/lien-he\">Liên hệ</a></nav>";
    private static final String NEWS = "<p>Ngày 28/12/2016, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách "
            + "hành chính năm 2016 và triển khai nhiệm vụ năm 2017; các sở, ban, ngành báo cáo kết quả thực hiện.</p>";

    @TempDir
    Path run;

    @Test
    void agenciesJudgedSideBySideGiveWhatOneAtATimeGivesInTheAgenciesOrder() {
        List<Agency> agencies = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            PortalFixture portal = PortalFixture.in(run).id("tinh-" + i).at(URI.create("https://tinh" + i + ".gov.vn/"))
                    .agency(i % 2 == 0 ? Group.PROVINCE : Group.MINISTRY, "Cơ quan số " + i)
                    .page("/", MENU + "<main><h1>Cổng thông tin điện tử</h1>" + NEWS + "</main>")
                    .page("/tin-tuc", MENU + "<main><h1>Tin tức - Sự kiện</h1>" + NEWS.repeat(i) + "</main>");
            if (i % 3 != 0) {
                portal.page("/gioi-thieu", MENU + "<main><h1>Giới thiệu</h1><h2>Chức năng, nhiệm vụ</h2>"
                        + "<p>Ủy ban nhân dân tỉnh là cơ quan hành chính nhà nước ở địa phương.</p></main>");
            }
            if (i % 2 == 0) {
                portal.page("/lien-he", MENU + "<main><h1>Liên hệ</h1><p>Địa chỉ: 12 Lê Lợi, thành phố Thử Nghiệm. "
                        + "Điện thoại: 0233 3822 456. Email: vanphong@tinh" + i + ".gov.vn</p></main>");
            }
            agencies.add(portal.writeRun());
        }
        List<String> progress = Collections.synchronizedList(new ArrayList<>());

        Assessment oneAtATime = evaluate(Evaluator.standard(PortalFixture.METHODOLOGY).withParallelism(1), agencies, id -> { });
        Assessment sideBySide = evaluate(Evaluator.standard(PortalFixture.METHODOLOGY).withParallelism(4), agencies, progress::add);

        assertThat(sideBySide).as("4 agencies at a time against 1").isEqualTo(oneAtATime);
        assertThat(sideBySide.agencies().stream().map(AgencyResult::id))
                .as("ministries first, then provinces, each in the agency list's order")
                .containsExactly("tinh-1", "tinh-3", "tinh-5", "tinh-2", "tinh-4", "tinh-6");
        assertThat(progress).as("every agency told once").containsExactlyInAnyOrder(
                "tinh-1", "tinh-2", "tinh-3", "tinh-4", "tinh-5", "tinh-6");
        assertThat(criterion(sideBySide, "tinh-3", "C3.01").status()).as("C3.01 without an introduction").isEqualTo(Status.NOT_MET);
        assertThat(criterion(sideBySide, "tinh-1", "C3.01").status()).as("C3.01, an introduction with one sub-item")
                .isEqualTo(Status.PARTIAL);
    }

    @Test
    @DisplayName("C3.28 Tiêu chuẩn kỹ thuật: the crawl's pages, not a search result fetched afterwards (issue 15)")
    void aPageAProbeFetchedAfterTheCrawlIsNotCountedAmongTheCrawledPages() {
        Agency agency = PortalFixture.in(run)
                .page("/", MENU + "<main><h1>Cổng thông tin điện tử</h1>" + NEWS + "</main>")
                .page("/tin-tuc", MENU + "<main><h1>Tin tức - Sự kiện</h1>" + NEWS + "</main>")
                .page("/gioi-thieu", MENU + "<main><h1>Giới thiệu</h1>" + NEWS + "</main>")
                .probed("/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B", MENU + "<main><h1>Kết quả tìm kiếm</h1>" + NEWS + "</main>")
                .writeRun();

        Assessment reScored = evaluate(Evaluator.standard(PortalFixture.METHODOLOGY), List.of(agency), id -> { });

        CriterionResult c328 = criterion(reScored, agency.id(), "C3.28");
        assertThat(c328.explanation()).as("C3.28 counts the 3 crawled pages, as the run did before its probes")
                .contains("3 trang đều dùng Unicode UTF-8");
    }

    private Assessment evaluate(Evaluator evaluator, List<Agency> agencies, java.util.function.Consumer<String> progress) {
        return evaluator.evaluate(agencies, run, SelfReport.NONE,
                a -> new ArchivedPageSource(PageStore.open(run, a.id())), PortalFixture.ASSESSMENT_DATE, progress);
    }

    private static CriterionResult criterion(Assessment a, String agency, String id) {
        return a.agency(agency).orElseThrow().categories().stream().flatMap(c -> c.criteria().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
