package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.20 Cập nhật tin tức")
class NewsFreshnessCheckTest {

    private static final String MENU = "<nav><a href=\"/tin-tuc\">Tin tức – Sự kiện</a> <a href=\"/van-ban\">Văn bản</a></nav>";

    @TempDir
    Path run;

    private SiteEvidence portal(String items) {
        return PortalFixture.in(run)
                .page("/", MENU + "<main><h1>Trang chủ</h1><p>Quyết định 45/2016/QĐ-UBND ngày 28/12/2016</p></main>")
                .page("/tin-tuc", MENU + "<main><h1>Tin tức – Sự kiện</h1><p>Tin hoạt động của Ủy ban nhân dân tỉnh và các sở, ban, ngành.</p><ul>"
                        + items + "</ul></main>")
                .build();
    }

    @Test
    void aNewsItemOfLastWeekInTheThuNamFormatMeetsBothSubItems() {
        Verdict v = new NewsFreshnessCheck().judge(criterion("C3.20"), portal("""
                <li>Khánh thành cầu Phú Vân nối hai huyện miền núi — <span>Thứ năm, 22/12/2016 16:36</span></li>
                <li>Tổng kết công tác năm 2016 — Cập nhật lúc 08:30 09/12/2016</li>"""));

        assertThat(v.status()).as("C3.20, newest 22/12/2016, assessed 31/12/2016").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("22/12/2016").contains("9 ngày");
        assertThat(v.evidence().get(0).url()).endsWith("/tin-tuc");
        assertThat(v.evidence().get(0).selector()).as("the element showing 22/12/2016").endsWith("span");
        assertThat(v.evidence().get(0).snippet()).contains("Khánh thành cầu Phú Vân");
    }

    @Test
    void newsOfSixWeeksAgoWrittenInWordsEarnsOnlyTheNinetyDaySubItem() {
        Verdict v = new NewsFreshnessCheck().judge(criterion("C3.20"), portal("""
                <li>Hội nghị xúc tiến đầu tư vào khu công nghiệp Tân Lập — Ngày 20 tháng 11 năm 2016</li>
                <li>Tháng hành động vì bình đẳng giới — 12-11-2016</li>"""));

        assertThat(v.status()).as("C3.20, newest 20/11/2016").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isCloseTo(3.0 / 8, Offset.offset(1e-9));
    }

    @Test
    void staleNewsIsNotMetEvenWhenTheHomePageShowsAFreshDocument() {
        Verdict v = new NewsFreshnessCheck().judge(criterion("C3.20"), portal("""
                <li>Hội thảo khoa học về nuôi trồng thủy sản ven biển — 15/08/2016</li>
                <li>Lễ kỷ niệm 40 năm thành lập Viện — 2016-06-02</li>"""));

        assertThat(v.status()).as("C3.20, newest 15/08/2016; documents are not news").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("15/08/2016");
    }
}
