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

@DisplayName("C3.26 Hỏi đáp, phản hồi")
class FeedbackCheckTest {

    private static final String MENU = "<nav><a href=\"/gop-y-du-thao\">Góp ý dự thảo</a> <a href=\"/hoi-dap\">Hỏi – Đáp</a></nav>";

    @TempDir
    Path run;

    @Test
    void aHoiDapSectionWithAFormAndAnswersIsMetAndTheDraftCommentsPageIsNotTakenForIt() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/gop-y-du-thao", MENU + """
                        <main><h1>Góp ý dự thảo</h1><p>Dự thảo Quyết định quy định giá dịch vụ xe ra, vào bến, hạn góp ý 10/02/2017.</p>
                        <form action="/gop-y"><input name="ten"><textarea name="y-kien"></textarea><button>Gửi góp ý</button></form></main>""")
                .page("/hoi-dap", MENU + """
                        <main><h1>Hỏi - đáp</h1>
                        <div class="qa"><p>Hỏi: Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ gì?</p>
                        <p>Trả lời: Hồ sơ gồm đơn đề nghị theo mẫu, bản sao giấy tờ về quyền sử dụng đất và hai bộ bản vẽ thiết kế.</p></div>
                        <form action="/hoi-dap/gui"><label for="q">Câu hỏi</label><textarea id="q" name="q"></textarea><button>Gửi câu hỏi</button></form></main>""")
                .build();

        Verdict v = new FeedbackCheck().judge(criterion("C3.26"), site);

        assertThat(v.status()).as("C3.26, Hỏi – Đáp with form and answers").isEqualTo(Status.MET);
        assertThat(v.evidence()).allSatisfy(e -> assertThat(e.url()).endsWith("/hoi-dap"));
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.snippet()).startsWith("Trả lời"));
    }

    @Test
    void noQuestionsSectionAndNoEmailIsNotMet() {
        var site = PortalFixture.in(run).page("/", """
                <main><h1>Trang chủ</h1></main><footer><p>Địa chỉ: Số 5 đường Hùng Vương. Điện thoại: 0233 3822 000</p></footer>""")
                .build();

        Verdict v = new FeedbackCheck().judge(criterion("C3.26"), site);

        assertThat(v.status()).as("C3.26, nothing to ask through").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("Không có chuyên mục Hỏi đáp");
    }

    @Test
    @DisplayName("a \"Trao đổi - Hỏi đáp\" page with only its title and a question form publishes no answers → PARTIAL")
    void theSectionsOwnTitleIsNotAPublishedAnswer() {
        String menu = "<div class=\"menu-top\"><a href=\"/\">Trang chủ</a> <a href=\"/index.php?cat=12\">Trao đổi - Hỏi đáp</a></div>";
        var site = PortalFixture.in(run).page("/", menu + "<div id=\"noidung\"><h2>Tin mới</h2></div>")
                .page("/index.php?cat=12", menu + """
                        <div id="noidung"><div class="khung"><h1>Trao đổi - Hỏi đáp</h1>
                        <form class="dat-cau-hoi" method="post" action="/index.php?cat=12&amp;gui=1">
                        <label>Họ và tên người hỏi</label><input name="hoten"><label>Địa chỉ thư điện tử</label><input name="email">
                        <label>Nội dung câu hỏi</label><textarea name="noidung"></textarea><button>Gửi câu hỏi</button></form>
                        </div></div>""")
                .build();

        Verdict v = new FeedbackCheck().judge(criterion("C3.26"), site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("Thiếu: Công bố câu trả lời");
    }
}
