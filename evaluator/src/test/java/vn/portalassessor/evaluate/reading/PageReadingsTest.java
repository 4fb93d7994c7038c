package vn.portalassessor.evaluate.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.ArchivedPageSource;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.evaluate.Evaluator;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.selfreport.SelfReport;

/**
 * Page readings kept in the run (issue 15): a re-score that takes them gives what reading every page
 * afresh gives, and readings that are not this archive's (another page, another format, a broken
 * file) are never trusted: the pages are read again and the readings written anew.
 */
@DisplayName("Page readings kept in the run: the same results, never trusted when stale or broken")
class PageReadingsTest {

    private static final String MENU = "<nav><a href=\"/\">Trang chủ</a> <a href=\"/gioi-thieu\">Giới thiệu</a> "
            + "<a href=\"/tin-tuc\">Tin tức - Sự kiện</a> <a href=\"/lien-he\"><img src=\"/img/icon-lien-he.png\"></a> "
            + "<a href=\"/so-do\">Sơ đồ cổng</a></nav><footer>Bản quyền thuộc Ủy ban nhân dân tỉnh Thử Nghiệm</footer>";
    private static final String NEWS = "<p>Ngày 28/12/2016, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách "
            + "hành chính năm 2016 và triển khai nhiệm vụ năm 2017; các sở, ban, ngành báo cáo kết quả thực hiện.</p>";
    private static final String INTRO = "<main><div class=\"breadcrumb\">Trang chủ » Giới thiệu</div><h1>Giới thiệu</h1>"
            + "<h2>Chức năng, nhiệm vụ</h2><p>Ủy ban nhân dân tỉnh là cơ quan hành chính nhà nước ở địa phương, "
            + "thực hiện chức năng quản lý nhà nước trên địa bàn tỉnh.</p><h2>Cơ cấu tổ chức</h2>"
            + "<p>Gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên.</p></main>";

    @TempDir
    Path run;

    private Agency portal(String intro) {
        return PortalFixture.in(run)
                .page("/", MENU + "<main><h1>Cổng thông tin điện tử</h1>" + NEWS + "</main>")
                .page("/tin-tuc", MENU + "<main><h1>Tin tức - Sự kiện</h1>" + NEWS + NEWS + "</main>")
                .page("/gioi-thieu", MENU + intro)
                .page("/lien-he", MENU + "<main><h1>Liên hệ</h1><p>Địa chỉ: 12 Lê Lợi, thành phố Thử Nghiệm. "
                        + "Điện thoại: 0233 3822 456. Email: vanphong@tinhthunghiem.gov.vn</p></main>")
                .page("/so-do", MENU + "<main><h1>Sơ đồ cổng</h1><ul><li><a href=\"/gioi-thieu\">Giới thiệu</a></li>"
                        + "<li><a href=\"/tin-tuc\">Tin tức</a></li><li><a href=\"/lien-he\">Liên hệ</a></li></ul></main>")
                .writeRun();
    }

    private Path readings(Agency agency) {
        return RunLayout.crawlStateDir(run, agency.id()).resolve(PageReadings.FILE_NAME);
    }

    @Test
    void aReScoreTakingTheKeptReadingsGivesWhatReadingEveryPageGives() throws IOException {
        Agency agency = portal(INTRO);

        Assessment afresh = evaluate(agency);
        assertThat(readings(agency)).as("the run's evaluation keeps its readings").exists();
        String kept = text(readings(agency));
        Assessment reScored = evaluate(agency);

        assertThat(reScored).as("re-scored from the kept readings").isEqualTo(afresh);
        assertThat(text(readings(agency))).as("kept readings are taken, not written again").isEqualTo(kept);
        assertThat(kept).as("the readings hold the pages' links, own texts and headings")
                .contains("\"href\":\"https://tinhthunghiem.gov.vn/gioi-thieu\"", "icon lien he", "Chức năng, nhiệm vụ",
                        "\"breadcrumb\":\"Giới thiệu\"", "\"chrome\":{\"distinctPages\":5", "\"alone\":{\"placeholder\":false",
                        "\"UnicodeCheck:", "\"PrintSaveCheck:");
        assertThat(criterion(reScored, "C3.01").status()).as("C3.01 with its introduction found from the readings")
                .isEqualTo(criterion(afresh, "C3.01").status()).isNotEqualTo(Status.NEEDS_REVIEW);
    }

    @Test
    void readingsOfAnotherArchiveAreNotTrustedButReadAfresh() throws IOException {
        Agency before = portal("<main><h1>Giới thiệu</h1><p>Đang cập nhật</p></main>");
        evaluate(before);
        byte[] stale = Files.readAllBytes(readings(before));

        // the same portal crawled again: the introduction now has content, the old readings say it had none
        Path fresh = Files.createTempDirectory(run, "again");
        run = fresh;
        Agency after = portal(INTRO);
        Assessment afresh = evaluate(after);
        Files.write(readings(after), stale);

        Assessment reScored = evaluate(after);

        assertThat(reScored).as("re-scored with another archive's readings in place").isEqualTo(afresh);
        assertThat(Files.readAllBytes(readings(after))).as("the stale readings are replaced").isNotEqualTo(stale);
        assertThat(PageReadings.open(readings(after), key(after)).kept()).as("the new ones are this archive's").isTrue();
    }

    @Test
    void aBrokenOrOlderReadingsFileIsIgnoredAndWrittenAgain() throws IOException {
        Agency agency = portal(INTRO);
        Assessment afresh = evaluate(agency);

        Files.write(readings(agency), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        assertThat(evaluate(agency)).as("with a broken readings file").isEqualTo(afresh);
        assertThat(PageReadings.open(readings(agency), key(agency)).kept()).as("written again whole").isTrue();

        String older = text(readings(agency)).replaceFirst("\"format\":" + PageReadings.FORMAT, "\"format\":0")
                .replace("Chức năng, nhiệm vụ", "Tin tức - Sự kiện");
        write(readings(agency), older);
        assertThat(PageReadings.open(readings(agency), key(agency)).kept()).as("a file of an older format").isFalse();
        assertThat(evaluate(agency)).as("with a readings file of an older format").isEqualTo(afresh);

        write(readings(agency), text(readings(agency)).substring(0, 200));
        assertThat(PageReadings.open(readings(agency), key(agency)).kept()).as("a file cut short").isFalse();
        assertThat(evaluate(agency)).as("with a readings file cut short").isEqualTo(afresh);
    }

    @Test
    void theKeyChangesWithAnyCaptureThePortalAddressThePlaceholderPhrasesOrTheCode() {
        Agency agency = portal(INTRO);
        PageStore store = PageStore.open(run, agency.id());
        List<String> phrases = PortalFixture.METHODOLOGY.placeholders();
        String key = PageReadings.key("code", agency.portalUrl().toString(), phrases, store.captures());

        assertThat(PageReadings.key("code", agency.portalUrl().toString(), phrases, store.captures())).isEqualTo(key);
        assertThat(PageReadings.key("code", agency.portalUrl().toString(), phrases, store.captures().subList(1, store.captures().size())))
                .as("a capture less").isNotEqualTo(key);
        assertThat(PageReadings.key("code", "https://other.gov.vn/", phrases, store.captures())).as("another portal").isNotEqualTo(key);
        assertThat(PageReadings.key("other code", agency.portalUrl().toString(), phrases, store.captures()))
                .as("another way of reading pages").isNotEqualTo(key);
        assertThat(PageReadings.key("code", agency.portalUrl().toString(), List.of("Đang cập nhật"), store.captures()))
                .as("other placeholder phrases").isNotEqualTo(key);
    }

    @Test
    void aCheckIsAnsweredOnceForAPageAndAgainForOtherInputs() {
        vn.portalassessor.evaluate.SiteEvidence site = PortalFixture.in(run)
                .page("/", MENU + "<main><h1>Cổng thông tin điện tử</h1>" + NEWS + "</main>").build();
        var page = site.pages().get(0);
        Class<vn.portalassessor.evaluate.portal.PrintSaveCheck> check = vn.portalassessor.evaluate.portal.PrintSaveCheck.class;

        assertThat(site.finds(page, check, "In bài", () -> true)).as("asked first").isTrue();
        assertThat(site.finds(page, check, "In bài", () -> false)).as("answered once for the same inputs").isTrue();
        assertThat(site.finds(page, check, "Lưu bài", () -> false)).as("asked again for other inputs").isFalse();
        assertThat(site.finds(page, vn.portalassessor.evaluate.portal.UnicodeCheck.class, "In bài", () -> false))
                .as("asked again for another check").isFalse();
    }

    private String key(Agency agency) {
        return vn.portalassessor.evaluate.SiteEvidence.readingsKey(agency, PageStore.open(run, agency.id()), PortalFixture.METHODOLOGY);
    }

    private Assessment evaluate(Agency agency) {
        Path dir = run;
        return Evaluator.standard(PortalFixture.METHODOLOGY).evaluate(List.of(agency), dir, SelfReport.NONE,
                a -> new ArchivedPageSource(PageStore.open(dir, a.id())), PortalFixture.ASSESSMENT_DATE, id -> { });
    }

    private static CriterionResult criterion(Assessment a, String id) {
        return a.agencies().get(0).categories().stream().flatMap(c -> c.criteria().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path gz, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
