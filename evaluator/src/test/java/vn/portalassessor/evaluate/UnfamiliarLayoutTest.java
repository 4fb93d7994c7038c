package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.selfreport.SelfReport;

/**
 * A Joomla-like provincial portal laid out unlike the bundled samples: no {@code <main>}, no
 * {@code <footer>} or {@code <nav>}, class names that say nothing (the chrome is found only because it
 * repeats on every page), a header with today's date, a visitor counter, a flag as the only link to
 * the English pages and a menu item leading to a placeholder. Judged by §8 through the one site model.
 */
@DisplayName("§8 on a portal laid out unlike the samples (Joomla-like, chrome without markup)")
class UnfamiliarLayoutTest {

    @TempDir
    Path run;

    private Map<String, Judgement> judged;

    /** The page as the CMS prints it: the same top bar, menu, counter and bottom block around every page's content. */
    private static String layout(String title, String content) {
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - Cổng thông tin điện tử tỉnh Thử Nghiệm</title>
                <meta name="dc.title" content="%s"><meta name="DC.Creator" content="UBND tỉnh Thử Nghiệm"></head><body>
                <div class="top-bar"><span class="ngay-thang">Thứ Năm, 22/12/2016</span>
                  <a href="/"><img src="/images/logo.png" alt="UBND tỉnh Thử Nghiệm"></a>
                  <a href="/en"><img src="/images/flag_en.png" alt=""></a></div>
                <div class="thanh-dieu-huong"><ul>
                  <li><a href="/">Trang chủ</a></li>
                  <li><a href="/gioi-thieu/lanh-dao-tinh">Lãnh đạo tỉnh</a></li>
                  <li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
                  <li><a href="/quy-hoach-ke-hoach">Quy hoạch - Kế hoạch</a></li>
                </ul></div>
                <div class="cot-trai"><div class="khoi-thong-ke"><h3 class="title"><a href="/thong-ke-truy-cap">Thống kê truy cập</a></h3>
                  <p>Đang truy cập: 35</p><p>Tổng lượt truy cập: 1.234.567</p></div></div>
                <div class="noi-dung">%s</div>
                <div class="bt-bottom"><p>Địa chỉ: Số 1 đường Trần Phú, thành phố Thử Nghiệm, tỉnh Thử Nghiệm</p>
                  <p>Điện thoại: 0233 3822 999 - Fax: 0233 3822 998 - Email: ubnd@tinhthunghiem.gov.vn</p></div>
                </body></html>""".formatted(title, title, content);
    }

    private static String english(String title, String content) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - Thu Nghiem Province</title></head><body>
                <div class="en-top"><a href="/en">Home</a> <a href="/en/introduction">Introduction</a> <a href="/en/contact">Contact</a></div>
                <div class="en-body">%s</div></body></html>""".formatted(title, content);
    }

    @BeforeEach
    void judgeThePortal() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", layout("Trang chủ", """
                        <h2>Tin nổi bật</h2>
                        <p><a href="/tin-tuc-su-kien/hoi-nghi-xuc-tien-dau-tu">Hội nghị xúc tiến đầu tư vào tỉnh Thử Nghiệm năm 2016</a></p>
                        <p>Tỉnh Thử Nghiệm chào đón các nhà đầu tư trong và ngoài nước đến tìm hiểu cơ hội hợp tác.</p>"""))
                .page("/gioi-thieu/lanh-dao-tinh", layout("Lãnh đạo tỉnh", """
                        <h1>Lãnh đạo tỉnh</h1>
                        <table><tr><td>Ông Trần Văn Nam</td><td>Chủ tịch UBND tỉnh</td></tr>
                        <tr><td>Bà Nguyễn Thị Lan</td><td>Phó Chủ tịch UBND tỉnh</td></tr>
                        <tr><td>Ông Lê Văn Hùng</td><td>Phó Chủ tịch UBND tỉnh</td></tr></table>"""))
                .page("/tin-tuc-su-kien", layout("Tin tức - Sự kiện", """
                        <h1>Tin tức - Sự kiện</h1><ul>
                        <li><a href="/tin-tuc-su-kien/hoi-nghi-xuc-tien-dau-tu">Hội nghị xúc tiến đầu tư vào tỉnh Thử Nghiệm năm 2016</a> (15/09/2016)</li>
                        <li><a href="/tin-tuc-su-kien/ky-hop-hdnd">Kỳ họp thứ hai Hội đồng nhân dân tỉnh khóa XVIII</a> (02/09/2016)</li>
                        <li><a href="/tin-tuc-su-kien/ngay-hoi-van-hoa">Ngày hội văn hóa các dân tộc tỉnh Thử Nghiệm</a> (20/08/2016)</li></ul>"""))
                .page("/tin-tuc-su-kien/hoi-nghi-xuc-tien-dau-tu", layout("Hội nghị xúc tiến đầu tư", """
                        <h1>Hội nghị xúc tiến đầu tư vào tỉnh Thử Nghiệm năm 2016</h1><p class="ngay-dang">15/09/2016</p>
                        <p>Sáng 15/9, UBND tỉnh Thử Nghiệm tổ chức Hội nghị xúc tiến đầu tư năm 2016 với sự tham dự của hơn 300
                        đại biểu là lãnh đạo các bộ, ngành trung ương, các nhà đầu tư trong và ngoài nước. Tại hội nghị, tỉnh đã
                        trao giấy chứng nhận đầu tư cho 12 dự án với tổng vốn đăng ký hơn 5.000 tỷ đồng.</p>"""))
                .page("/quy-hoach-ke-hoach", layout("Quy hoạch - Kế hoạch", "<h1>Quy hoạch - Kế hoạch</h1><p>Đang cập nhật</p>"))
                .page("/thong-ke-truy-cap", layout("Thống kê truy cập", """
                        <h1>Thống kê truy cập</h1><p>Hôm nay: 1.024 lượt</p><p>Tuần này: 8.311 lượt</p><p>Tháng này: 35.870 lượt</p>
                        <p>Tổng lượt truy cập từ ngày khai trương cổng thông tin đến nay: 1.234.567 lượt truy cập.</p>"""))
                .page("/en", english("Thu Nghiem Province", """
                        <h1>Welcome to Thu Nghiem Province</h1><p>Thu Nghiem is a coastal province in the north central region of
                        Viet Nam. The province is known for its beaches, its caves and the friendliness of its people, and it
                        welcomes investors and visitors from all over the world.</p>"""))
                .page("/en/introduction", english("Introduction", """
                        <h1>Introduction</h1><p>Thu Nghiem province covers an area of 8,065 square kilometres and has a population
                        of 872,900 people. The Provincial People's Committee is the executive body of the province.</p>"""))
                .page("/en/contact", english("Contact", """
                        <h1>Contact</h1><p>Address: No. 1 Tran Phu Street, Thu Nghiem City. Tel: +84 233 3822 999.
                        Email: ubnd@tinhthunghiem.gov.vn. The office is open from Monday to Friday.</p>"""))
                .build();
        judged = Evaluator.standard(PortalFixture.METHODOLOGY).judge(site, SelfReport.NONE);
    }

    @Test
    @DisplayName("C3.02: names and titles only, the bottom block's phone and e-mail are the agency's, not the leaders' → PARTIAL")
    void theFooterContactIsNotALeadersContact() {
        Judgement leaders = judged.get("C3.02");

        assertThat(leaders.status()).isEqualTo(Status.PARTIAL);
        assertThat(leaders.explanation()).contains("Có: Họ tên, chức vụ").contains("Điện thoại, thư điện tử");
        assertThat(leaders.explanation()).contains("thiếu: Điện thoại, thư điện tử");
        assertThat(judged.get("C3.03").status()).as("the same bottom block is the agency's official contact").isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("C3.11: a menu item leading to \"Đang cập nhật\" → NOT_MET, and no other criterion cites that page")
    void aMenuHeadingOverAPlaceholderIsNoSection() {
        assertThat(judged.get("C3.11").status()).isEqualTo(Status.NOT_MET);
        assertThat(judged.get("C3.11").explanation()).contains("giữ chỗ");
        judged.forEach((id, j) -> {
            if (!id.equals("C3.11")) {
                assertThat(j.evidence()).as(id + " must not cite the placeholder page")
                        .noneSatisfy(e -> assertThat(e.url()).endsWith("/quy-hoach-ke-hoach"));
            }
        });
    }

    @Test
    @DisplayName("C3.18: English reached through a flag image with an empty alt, with introduction and contact pages → MET")
    void englishThroughAFlagIsFound() {
        Judgement english = judged.get("C3.18");

        assertThat(english.status()).isEqualTo(Status.MET);
        assertThat(english.evidence()).anySatisfy(e -> assertThat(e.url()).endsWith("/en"));
    }

    @Test
    @DisplayName("C3.20: the header's \"Thứ Năm, 22/12/2016\" is not news; the newest item is 15/09/2016 → NOT_MET")
    void theHeaderDateIsNotTheNewestNews() {
        Judgement fresh = judged.get("C3.20");

        assertThat(fresh.status()).isEqualTo(Status.NOT_MET);
        assertThat(fresh.explanation()).contains("15/09/2016").doesNotContain("22/12/2016");
        assertThat(judged.get("C3.05").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("C3.17: a visitor counter (\"Thống kê truy cập\") and its page are not statistics → NOT_MET")
    void aVisitorCounterIsNotStatistics() {
        assertThat(judged.get("C3.17").status()).isEqualTo(Status.NOT_MET);
        assertThat(judged.get("C3.17").evidence()).isEmpty();
    }

    @Test
    @DisplayName("C3.19: DC.* elements in any letter case on the home page and on articles → MET")
    void dublinCoreInAnyCaseCounts() {
        assertThat(judged.get("C3.19").status()).isEqualTo(Status.MET);
        assertThat(judged.get("C3.19").explanation()).contains("dc.title");
    }
}
