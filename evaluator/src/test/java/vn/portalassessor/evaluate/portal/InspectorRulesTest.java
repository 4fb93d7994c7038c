package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/** §8 rules met on layouts the other tests do not have (ASP.NET page forms, WordPress categories, NukeViet lists). */
@DisplayName("§8 inspector rules on unfamiliar layouts")
class InspectorRulesTest {

    @TempDir
    Path run;

    private static final String MENU = "<div class=\"mainmenu\"><a href=\"/?cat=80\">Góp ý dự thảo</a> "
            + "<a href=\"/don-vi-truc-thuoc\">Đơn vị trực thuộc</a> <a href=\"/?cat=83\">Hỏi đáp</a></div>";

    @Test
    @DisplayName("C3.15: a draft listed without deadline or way to comment → PARTIAL; with both → MET")
    void draftsWithoutDeadlineOrChannelArePartial() {
        var bare = PortalFixture.in(run.resolve("a")).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/?cat=80", MENU + "<main><h1>Góp ý dự thảo</h1><ul><li>Dự thảo Thông tư quy định về quản lý chất lượng "
                        + "công trình xây dựng nhà ở riêng lẻ tại đô thị, ban hành kèm theo tờ trình số 45/TTr-BXD</li></ul></main>")
                .build();
        var full = PortalFixture.in(run.resolve("b")).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/?cat=80", MENU + "<main><h1>Góp ý dự thảo</h1><p>Dự thảo Thông tư quy định về quản lý chất lượng "
                        + "công trình xây dựng nhà ở riêng lẻ tại đô thị.</p><p>Thời hạn góp ý: đến hết ngày 15/01/2017.</p>"
                        + "<p>Cách thức góp ý: gửi văn bản góp ý về Văn phòng Bộ hoặc qua biểu mẫu dưới đây.</p></main>")
                .build();

        Verdict partial = new SectionCheck().judge(criterion("C3.15"), bare);
        Verdict met = new SectionCheck().judge(criterion("C3.15"), full);

        assertThat(partial.status()).isEqualTo(Status.PARTIAL);
        assertThat(partial.explanation()).contains("thiếu: Thời hạn góp ý, Cách thức góp ý");
        assertThat(met.status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("C3.04: a list of sub-units without any contact → PARTIAL")
    void subUnitsWithoutContactsArePartial() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/don-vi-truc-thuoc", MENU + "<main><h1>Đơn vị trực thuộc</h1><ul><li>Văn phòng Bộ</li><li>Vụ Kế hoạch - Tài chính</li>"
                        + "<li>Cục Quản lý hoạt động xây dựng</li><li>Cục Phát triển đô thị</li><li>Viện Kiến trúc quốc gia</li></ul></main>")
                .build();

        Verdict v = new SectionCheck().judge(criterion("C3.04"), site);

        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("thiếu nội dung cần có");
    }

    @Test
    @DisplayName("C3.26: a Q&A page with published answers and a question form without a text area → MET")
    void aQuestionFormOfInputFieldsCounts() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/?cat=83", MENU + """
                        <main><h1>Hỏi đáp</h1>
                        <div class="qa"><p><b>Hỏi:</b> Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ gì?</p>
                        <p>Trả lời: Hồ sơ gồm đơn đề nghị cấp giấy phép, bản sao giấy tờ về quyền sử dụng đất và bản vẽ thiết kế.</p></div>
                        <form class="ask" method="post" action="/?cat=83"><label for="ten">Họ và tên</label><input id="ten" name="hoten">
                        <label for="mail">Email</label><input id="mail" type="email" name="email">
                        <label for="cauhoi">Câu hỏi</label><input id="cauhoi" name="cauhoi"><button type="submit">Gửi câu hỏi</button></form>
                        </main>""").build();

        Verdict v = new FeedbackCheck().judge(criterion("C3.26"), site);

        assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("C3.26: no Q&A section, only a general contact form and the footer's e-mail → NOT_MET")
    void aContactFormIsNoQuestionAndAnswerSection() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1></main><footer>Email: congttdt@taytruong.gov.vn</footer>")
                .page("/lien-he", "<main><h1>Liên hệ</h1><form method=\"post\"><input name=\"ten\"><textarea name=\"noidung\"></textarea>"
                        + "</form></main>").build();

        Verdict v = new FeedbackCheck().judge(criterion("C3.26"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    @DisplayName("C3.22: a search form nested in the ASP.NET page form is found as the server wrote it")
    void aSearchFormInsideTheAspNetPageFormIsFound() {
        var site = PortalFixture.in(run).page("/", """
                <!DOCTYPE html><html lang="vi"><head><title>Bộ Lao động</title></head><body>
                <form method="post" action="/Default.aspx" id="Form"><div class="header">
                <form class="search" action="/SearchResults.aspx" method="get" role="search"><label for="q-top">Tìm kiếm</label>
                <input type="text" id="q-top" name="Search"><button type="submit">Tìm</button></form></div>
                <h1>Trang chủ</h1></form></body></html>""").build();

        var form = SiteSearchCheck.findForm(criterion("C3.22"), site);

        assertThat(form).isPresent();
        assertThat(form.get().query("Hội nghị").toString()).endsWith("/SearchResults.aspx?Search=H%E1%BB%99i+ngh%E1%BB%8B");
    }

    @Test
    @DisplayName("C3.29: a site with no form field is judged on lang, alt and headings only; none of them → NOT_MET")
    void requirementsWithNothingToApplyToAreNotCounted() {
        var site = PortalFixture.in(run).page("/", "<!DOCTYPE html><html><head><title>Tỉnh Thượng Nguyên</title></head><body>"
                + "<div class=\"banner\"><a href=\"/\"><img src=\"/logo.png\"></a></div><div class=\"big\">Tin tức</div></body></html>").build();

        Verdict v = new AccessibilityCheck().judge(criterion("C3.29"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("liên kết chỉ là ảnh không có alt").doesNotContain("nhãn cho ô nhập liệu");
    }
}
