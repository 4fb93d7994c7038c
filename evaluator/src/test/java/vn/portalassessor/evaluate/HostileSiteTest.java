package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.portal.ContactsCheck;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.selfreport.SelfReport;

/**
 * Issue 14 rows 1 and 2, and the per-agency guards: a hostile page (one 5 MiB run of letters, a
 * hundred thousand links) is judged in bounded time, an agency whose checks run past their budget
 * gets NEEDS_REVIEW for the rest, and an agency whose evaluation throws ends alone, never the run.
 * The pages are generated here; the timeouts are generous, the assertions are on the verdicts.
 */
@DisplayName("No single site can stall or sink an evaluation")
class HostileSiteTest {

    private static final int FIVE_MIB = 5 * 1024 * 1024;

    @TempDir
    Path run;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a page holding one 5 MiB run of letters: the contacts check answers (the e-mail pattern is linear)")
    void aFiveMebibyteRunOfLettersIsReadInLinearTime() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", "<h1>Cổng thông tin điện tử tỉnh Thử Nghiệm</h1><footer><p>Địa chỉ: Số 1 đường Trần Phú, thành phố Thử Nghiệm</p><p>"
                        + "a".repeat(FIVE_MIB) + "</p><p>Email: ubnd@tinhthunghiem.gov.vn</p></footer>")
                .build();

        Verdict v = new ContactsCheck().judge(PortalFixture.criterion("C3.03"), site);

        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("Địa chỉ").contains("Thư điện tử").contains("Thiếu: Điện thoại; Fax");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("the whole portal evaluation of a page with one 5 MiB run of letters and digits ends with verdicts")
    void everyCheckAnswersOnTheLongRun() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", "<h1>Trang chủ</h1><p>" + "ab1.".repeat(FIVE_MIB / 4) + "</p>")
                .build();

        Map<String, Judgement> judged = Evaluator.standard(PortalFixture.METHODOLOGY).judge(site, SelfReport.NONE);

        assertThat(judged.get("C3.03").status()).isEqualTo(Status.NOT_MET);
        assertThat(judged.values()).noneSatisfy(j -> assertThat(j.explanation()).contains("Hết thời gian"));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @DisplayName("a home page with 100,000 links: the link graph is linear and the sections are still found")
    void aHundredThousandLinksAreReadInLinearTime() {
        StringBuilder home = new StringBuilder("<h1>Trang chủ</h1><nav><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></nav><ul>");
        for (int i = 0; i < 100_000; i++) {
            home.append("<li><a href=\"/tin-tuc/bai-").append(i).append("\">Bài viết số ").append(i).append("</a></li>");
        }
        home.append("</ul><div class=\"lien-ket\"><h3>Liên kết website</h3><a href=\"https://chinhphu.vn/\">Cổng TTĐT Chính phủ</a></div>");
        SiteEvidence site = PortalFixture.in(run)
                .page("/", home.toString())
                .page("/tin-tuc", "<h1>Tin tức - Sự kiện</h1><ul><li><a href=\"/tin-tuc/bai-1\">Hội nghị tổng kết công tác năm 2016</a> 20/12/2016</li>"
                        + "<li><a href=\"/tin-tuc/bai-2\">Kỳ họp thứ ba Hội đồng nhân dân tỉnh</a> 10/12/2016</li></ul>")
                .build();

        assertThat(site.links().from(PortalFixture.PORTAL)).hasSize(100_002);
        Map<String, Check> checks = Checks.standard();
        Map<String, Verdict> verdicts = new HashMap<>();
        for (String id : List.of("C3.01", "C3.03", "C3.05", "C3.18", "C3.20", "C3.25", "C3.27")) {
            Criterion c = PortalFixture.criterion(id);
            verdicts.put(id, checks.get(c.crawlerCheck().orElseThrow()).judge(c, site));
        }

        assertThat(verdicts.get("C3.05").status()).isEqualTo(Status.MET);
        assertThat(verdicts.get("C3.20").status()).isEqualTo(Status.MET);
        assertThat(verdicts.get("C3.27").status()).isEqualTo(Status.MET);
        assertThat(verdicts.get("C3.01").status()).isEqualTo(Status.NOT_MET);
        assertThat(site.links().from(PortalFixture.PORTAL).get(1).selector()).as("a selector on demand, for evidence")
                .isNotBlank();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a check that never ends: it and every later check of the agency are NEEDS_REVIEW once the budget is spent")
    void aCheckRunningPastTheBudgetLeavesTheRestToTheInspector() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", "<h1>Trang chủ</h1><p>Cổng thông tin điện tử tỉnh Thử Nghiệm</p>").build();
        Map<String, Check> checks = new HashMap<>(Checks.standard());
        checks.put("section", new Check() {
            @Override
            public String name() {
                return "section";
            }

            @Override
            public Verdict judge(Criterion criterion, SiteEvidence s) {
                while (true) {
                    Math.sqrt(System.nanoTime()); // a check stuck in a loop that ignores interrupts
                }
            }
        });

        Map<String, Judgement> judged = new Evaluator(PortalFixture.METHODOLOGY, checks)
                .withAgencyBudget(Duration.ofSeconds(2)).judge(site, SelfReport.NONE);

        assertThat(judged.get("C3.01").status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(judged.get("C3.01").explanation()).contains("Hết thời gian đánh giá tự động").contains("2 giây");
        assertThat(judged.get("C3.29").status()).as("a later criterion").isEqualTo(Status.NEEDS_REVIEW);
        assertThat(judged.get("C3.29").explanation()).contains("Hết thời gian");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("an exception inside one agency's evaluation ends that agency (NEEDS_REVIEW with the reason), not the run")
    void anAgencyThatThrowsEndsAloneNotTheRun() {
        PortalFixture.in(run).page("/", "<h1>Trang chủ</h1><p>Cổng thông tin điện tử tỉnh Thử Nghiệm</p>").build();
        Agency good = new Agency("tinh-thu-nghiem", "Tỉnh Thử Nghiệm", Group.PROVINCE, PortalFixture.PORTAL, null);
        Agency broken = new Agency("tinh-hong", "Tỉnh Hỏng", Group.PROVINCE, java.net.URI.create("https://tinhhong.gov.vn/"), null);
        Probes probes = agency -> {
            if (agency.id().equals("tinh-hong")) {
                throw new IllegalStateException("bản lưu trữ của tinh-hong bị hỏng");
            }
            return new vn.portalassessor.crawl.ArchivedPageSource(vn.portalassessor.crawl.store.PageStore.open(run, agency.id()));
        };

        Assessment a = Evaluator.standard(PortalFixture.METHODOLOGY).evaluate(List.of(broken, good), run, SelfReport.NONE,
                probes, PortalFixture.ASSESSMENT_DATE, id -> { });

        CriterionResult brokenNews = criterion(a.agency("tinh-hong").orElseThrow(), "C3.05");
        assertThat(brokenNews.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(brokenNews.explanation()).contains("bị dừng do lỗi").contains("bản lưu trữ của tinh-hong bị hỏng");
        assertThat(criterion(a.agency("tinh-thu-nghiem").orElseThrow(), "C3.28").status()).isNotEqualTo(Status.NEEDS_REVIEW);
    }

    private static CriterionResult criterion(AgencyResult agency, String id) {
        return agency.categories().stream().flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }
}
