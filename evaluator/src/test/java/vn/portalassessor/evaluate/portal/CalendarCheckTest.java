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

@DisplayName("C3.09 Lịch làm việc của lãnh đạo")
class CalendarCheckTest {

    private static final String MENU = "<nav><a href=\"/lich-cong-tac\">Lịch công tác</a> <a href=\"/tin-tuc/bai-15\">Chủ tịch tiếp công dân định kỳ tháng 12 năm 2016</a></nav>";

    @TempDir
    Path run;

    @Test
    void aWeeklyCalendarWithDaysAndDatesIsMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/lich-cong-tac", MENU + """
                <main><h1>Lịch công tác tuần 52 (26/12/2016 – 01/01/2017)</h1>
                <table><tr><th>Ngày</th><th>Nội dung</th></tr>
                <tr><td>Thứ hai, 26/12/2016</td><td>08:00 Chủ tịch UBND tỉnh họp giao ban với các sở, ngành.</td></tr>
                <tr><td>Thứ ba, 27/12/2016</td><td>14:00 Phó Chủ tịch làm việc với huyện Hòa Lộc về xây dựng nông thôn mới.</td></tr>
                <tr><td>Thứ tư, 28/12/2016</td><td>Cả ngày: Kỳ họp thứ ba Hội đồng nhân dân tỉnh.</td></tr></table></main>
                """).build();

        Verdict v = new CalendarCheck().judge(criterion("C3.09"), site);

        assertThat(v.status()).as("C3.09, calendar of the current week").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).url()).endsWith("/lich-cong-tac");
        assertThat(v.evidence().get(0).selector()).isNotBlank();
    }

    @Test
    void aPlaceholderCalendarAndANewsArticleMentioningLichLamViecAreNotACalendar() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/lich-cong-tac", MENU + "<main><h1>Lịch công tác</h1><p>Đang cập nhật</p></main>")
                .page("/tin-tuc/bai-15", MENU + """
                <main><h1>Chủ tịch tiếp công dân định kỳ tháng 12 năm 2016</h1>
                <p>Thứ năm, 15/12/2016 - Theo lịch làm việc đã thông báo, Chủ tịch UBND tỉnh đã tiếp công dân định kỳ tại
                Trụ sở tiếp công dân tỉnh, nghe 12 lượt công dân trình bày kiến nghị về đất đai và chính sách.</p></main>
                """).build();

        Verdict v = new CalendarCheck().judge(criterion("C3.09"), site);

        assertThat(v.status()).as("C3.09, placeholder calendar, near-miss article").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("giữ chỗ");
        assertThat(v.evidence().get(0).url()).endsWith("/lich-cong-tac");
    }

    @Test
    void aCalendarWritingDaysInDigitsIsMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/lich-cong-tac", MENU + """
                <main><h1>Lịch làm việc của lãnh đạo UBND tỉnh</h1>
                <p>Thứ 2 (26/12/2016): Sáng: Chủ tịch UBND tỉnh dự họp Ban Thường vụ Tỉnh ủy. Chiều: làm việc với Sở Tài chính.</p>
                <p>Thứ 3 (27/12/2016): Phó Chủ tịch UBND tỉnh kiểm tra tiến độ xây dựng cầu Phú Vân tại huyện Hòa Lộc.</p></main>
                """).build();

        Verdict v = new CalendarCheck().judge(criterion("C3.09"), site);

        assertThat(v.status()).as("C3.09, Thứ 2 / Thứ 3").isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("a calendar of a week in October is not the assessment week (31/12/2016): PARTIAL, per §8")
    void aCalendarThatIsNotCurrentIsPartial() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/lich-cong-tac", MENU + """
                <main><h1>Lịch công tác tuần</h1>
                <p>Thứ hai, 10/10/2016: Chủ tịch UBND tỉnh tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh.</p>
                <p>Thứ ba, 11/10/2016: Phó Chủ tịch UBND tỉnh làm việc với Ban Quản lý các khu công nghiệp.</p></main>
                """).build();

        Verdict v = new CalendarCheck().judge(criterion("C3.09"), site);

        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("không phải tuần đánh giá").contains("11/10/2016");
    }
}
