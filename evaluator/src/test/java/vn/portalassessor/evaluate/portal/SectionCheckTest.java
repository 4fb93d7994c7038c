package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.01–C3.18 sections: C3.01, C3.02, C3.04, C3.06, C3.07, C3.08, C3.10, C3.11, C3.13, C3.14, C3.15, C3.16, C3.17, C3.18")
class SectionCheckTest {

    private static final String BODY = "<p>Ngày 20/12/2016, Ủy ban nhân dân tỉnh Thử Nghiệm đã ban hành văn bản liên quan; "
            + "các sở, ban, ngành và Ủy ban nhân dân các huyện có trách nhiệm tổ chức thực hiện, báo cáo kết quả. Điện thoại: 0233 3822 456. "
            + "Email: vanphong@tinhthunghiem.gov.vn. Dự thảo được lấy ý kiến đến hết ngày 10/02/2017.</p>";

    @TempDir
    Path run;

    @ParameterizedTest(name = "{0}: menu \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            C3.04 | Danh bạ điện thoại      | /danh-ba                 | Danh bạ điện thoại các cơ quan
            C3.06 | Chỉ đạo điều hành       | /chi-dao-dieu-hanh       | Ý kiến chỉ đạo của Chủ tịch UBND tỉnh
            C3.07 | Góp ý - Phản ánh        | /gop-y-phan-anh          | Kết quả trả lời phản ánh, kiến nghị
            C3.08 | Thi đua – Khen thưởng   | /thi-dua-khen-thuong     | Thi đua - Khen thưởng
            C3.10 | Phổ biến pháp luật      | /pho-bien-phap-luat      | Phổ biến, giáo dục pháp luật
            C3.11 | Quy hoạch - Kế hoạch    | /quy-hoach-ke-hoach      | Quy hoạch, kế hoạch phát triển
            C3.13 | Công báo                | /cong-bao                | Công báo tỉnh Thử Nghiệm
            C3.14 | Đầu tư - Đấu thầu       | /dau-thau                | Thông tin đấu thầu
            C3.15 | Lấy ý kiến dự thảo      | /du-thao                 | Dự thảo văn bản lấy ý kiến
            C3.16 | Khoa học công nghệ      | /khoa-hoc-cong-nghe      | Đề tài khoa học công nghệ
            C3.17 | Thống kê                | /thong-ke                | Số liệu thống kê kinh tế - xã hội
            C3.18 | English                 | /en                      | Introduction
            """)
    void aSectionNamedByItsMenuSlugAndHeadingWithRealContentIsMet(String id, String menu, String path, String heading) {
        String nav = "<nav><a href=\"" + path + "\">" + menu + "</a></nav>";
        String body = id.equals("C3.18") ? "<p>The Province of Thu Nghiem is located in the North Central Coast. Contact: "
                + "12 Le Loi Street, Thu Nghiem City. Address of the People's Committee and its departments. " + "Overview of the economy. ".repeat(4) + "</p>" : BODY;
        var site = PortalFixture.in(run).page("/", nav + "<main><h1>Trang chủ</h1></main>")
                .page(path, nav + "<main><h1>" + heading + "</h1>" + body + "</main>").build();

        Verdict v = new SectionCheck().judge(criterion(id), site);

        assertThat(v.status()).as(id + ", section " + menu).isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).url()).endsWith(path);
    }

    @ParameterizedTest(name = "{0}: placeholder page → NOT_MET")
    @CsvSource({"C3.06, Chỉ đạo điều hành, /chi-dao-dieu-hanh", "C3.14, Dự án - Đấu thầu, /du-an-dau-thau"})
    void aSectionWhosePageSaysDangCapNhatIsNotMet(String id, String menu, String path) {
        String nav = "<nav><a href=\"" + path + "\">" + menu + "</a></nav>";
        var site = PortalFixture.in(run).page("/", nav + "<main><h1>Trang chủ</h1></main>")
                .page(path, nav + "<main><h1>" + menu + "</h1><p>Đang cập nhật</p></main>").build();

        Verdict v = new SectionCheck().judge(criterion(id), site);

        assertThat(v.status()).as(id + ", placeholder").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("giữ chỗ");
    }

    @Test
    @DisplayName("C3.01 Thông tin giới thiệu: an NFD intro page with organisation and duties but no history is partial")
    void anNfdIntroWithoutHistoryIsPartial() {
        String nav = "<nav><a href=\"/gioi-thieu\">Giới thiệu</a></nav>";
        String intro = java.text.Normalizer.normalize("""
                <main><h1>Giới thiệu chung</h1><h2>Cơ cấu tổ chức</h2><p>Văn phòng Bộ, Vụ Pháp chế, Vụ Kế hoạch – Tài chính,
                Cục Di sản văn hóa và các đơn vị sự nghiệp trực thuộc Bộ theo quy định của Chính phủ.</p>
                <h2>Chức năng, nhiệm vụ</h2><p>Bộ là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về văn hóa cộng đồng.</p></main>""",
                java.text.Normalizer.Form.NFD);
        var site = PortalFixture.in(run).page("/", nav + "<main><h1>Trang chủ</h1></main>").page("/gioi-thieu", nav + intro).build();

        Verdict v = new SectionCheck().judge(criterion("C3.01"), site);

        assertThat(v.status()).as("C3.01, no history").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(v.explanation()).contains("thiếu: Lịch sử hình thành");
    }

    @Test
    @DisplayName("C3.02 Thông tin lãnh đạo: names, titles and phones but no duties is partial")
    void leadersWithoutDutiesArePartial() {
        String nav = "<nav><a href=\"/lanh-dao\">Lãnh đạo</a> <a href=\"/chi-dao-dieu-hanh\">Ý kiến chỉ đạo của Tổng Giám đốc</a></nav>";
        var site = PortalFixture.in(run).page("/", nav + "<main><h1>Trang chủ</h1></main>")
                .page("/lanh-dao", nav + """
                        <main><h1>Lãnh đạo Đài</h1><table><tr><td>Ông Nguyễn Quang Vinh</td><td>Tổng Giám đốc</td><td>Điện thoại: (04) 3825 6601</td></tr>
                        <tr><td>Bà Lê Thị Hoa</td><td>Phó Tổng Giám đốc</td><td>Điện thoại: (04) 3825 6602</td></tr></table></main>""")
                .page("/chi-dao-dieu-hanh", nav + "<main><h1>Ý kiến chỉ đạo của Tổng Giám đốc</h1>" + BODY + "</main>").build();

        Verdict v = new SectionCheck().judge(criterion("C3.02"), site);

        assertThat(v.status()).as("C3.02, no duties; directives page is not duties").isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("thiếu: Nhiệm vụ phụ trách");
    }

    @Test
    @DisplayName("C3.02 Thông tin lãnh đạo: the agency's \"Chức năng, nhiệm vụ\" page is not the leaders' duties")
    void theAgencysDutiesPageIsNotTheLeadersDuties() {
        String nav = "<nav><a href=\"/lanh-dao\">Lãnh đạo</a> <a href=\"/chuc-nang-nhiem-vu\">Chức năng, nhiệm vụ</a></nav>";
        var site = PortalFixture.in(run).page("/", nav + "<main><h1>Trang chủ</h1></main>")
                .page("/lanh-dao", nav + """
                        <main><h1>Lãnh đạo tỉnh</h1><ul><li><a href="/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ của Ủy ban nhân dân tỉnh</a></li>
                        <li>Ông Trần Văn Nam — Chủ tịch UBND tỉnh — Điện thoại: 0233 3822 001</li>
                        <li>Bà Nguyễn Thị Lan — Phó Chủ tịch UBND tỉnh — Điện thoại: 0233 3822 002</li></ul></main>""")
                .page("/chuc-nang-nhiem-vu", nav + "<main><h1>Chức năng, nhiệm vụ</h1><p>Ủy ban nhân dân tỉnh có nhiệm vụ, quyền hạn "
                        + "theo Luật Tổ chức chính quyền địa phương năm 2015.</p>" + BODY + "</main>").build();

        Verdict v = new SectionCheck().judge(criterion("C3.02"), site);

        assertThat(v.status()).as("C3.02, near-miss Chức năng, nhiệm vụ").isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("thiếu: Nhiệm vụ phụ trách");
    }
}
