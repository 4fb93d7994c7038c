package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.portal.SectionCheck;
import vn.portalassessor.evaluate.services.ServiceSupportCheck;

/**
 * The portal and its online-service site are read apart (methodology §3, §4, §8): the service site's
 * "Thống kê tình hình giải quyết hồ sơ" is C4.06's statistics, never the portal's statistical
 * information (C3.17); and a statistics page that is only a heading and a table of figures is a real
 * page, not a placeholder. Layout: a VNPT-style one-stop site whose pages have no {@code <main>},
 * their content in {@code div.noi-dung} under a repeated header.
 */
@DisplayName("Cổng thông tin và cổng dịch vụ công được đánh giá riêng")
class ServicesSiteApartFromPortalTest {

    private static final String DVC = "https://motcua.tinhthunghiem.gov.vn";
    private static final String DVC_HEADER = """
            <div class="header"><b>HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH THỬ NGHIỆM</b> Hỗ trợ: 0238.3699.999</div>
            <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/danh-muc">Danh mục dịch vụ công</a></li>
            <li><a href="/huong-dan">Hướng dẫn</a></li><li><a href="/tra-cuu">Tra cứu hồ sơ</a></li>
            <li><a href="/thong-ke">Thống kê</a></li></ul>""";
    private static final String PORTAL_MENU = """
            <ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
            <li><a href="%s/">Dịch vụ công trực tuyến</a></li></ul>""".formatted(DVC);

    @TempDir
    Path run;

    /** The province's portal and its one-stop site, declared in the agency list. */
    private PortalFixture agency() {
        return undeclared().services(URI.create(DVC + "/"));
    }

    /** As {@link #agency()}, the one-stop site reached only through the portal's menu link. */
    private PortalFixture undeclared() {
        return PortalFixture.in(run)
                .page("/", PORTAL_MENU + """
                        <div class="noi-dung"><h2>Tin tức - Sự kiện</h2>
                        <p>Ủy ban nhân dân tỉnh Thử Nghiệm tổ chức hội nghị tổng kết công tác năm 2016 và triển khai
                        nhiệm vụ năm 2017 với sự tham dự của lãnh đạo các sở, ban, ngành và địa phương.</p></div>""")
                .page("/gioi-thieu", PORTAL_MENU + """
                        <div class="noi-dung"><h1>Giới thiệu</h1><p>Tỉnh Thử Nghiệm nằm ở vùng Bắc Trung Bộ, diện tích tự
                        nhiên 11.000 km², dân số hơn 1,2 triệu người, gồm 13 đơn vị hành chính cấp huyện.</p></div>""")
                .page(DVC + "/", DVC_HEADER + """
                        <div class="noi-dung"><h2>Dịch vụ công trực tuyến nổi bật</h2>
                        <p>Tổ chức, công dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả giải quyết thủ tục hành
                        chính qua mạng tại Hệ thống một cửa điện tử tỉnh Thử Nghiệm.</p></div>""")
                .page(DVC + "/danh-muc", DVC_HEADER + """
                        <div class="noi-dung"><h1>Danh mục dịch vụ công</h1><table>
                        <tr><th>STT</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Mức độ</th></tr>
                        <tr><td>1</td><td><a href="/thu-tuc/cap-phep-xay-dung">Cấp giấy phép xây dựng nhà ở riêng lẻ</a></td>
                        <td>Xây dựng</td><td>Mức độ 3</td></tr></table></div>""")
                .page(DVC + "/thu-tuc/cap-phep-xay-dung", DVC_HEADER + """
                        <div class="noi-dung"><h1>Cấp giấy phép xây dựng nhà ở riêng lẻ</h1><table class="tthc">
                        <tr><th>Mức độ</th><td>Mức độ 3</td></tr>
                        <tr><th>Trình tự thực hiện</th><td>Bước 1: Chuẩn bị hồ sơ. Bước 2: Nộp hồ sơ trực tuyến. Bước 3: Nhận kết quả.</td></tr>
                        <tr><th>Cách thức thực hiện</th><td>Trực tuyến; trực tiếp; qua bưu chính</td></tr>
                        <tr><th>Thành phần, số lượng hồ sơ</th><td>Đơn đề nghị theo mẫu; bản vẽ thiết kế. Số lượng: 01 bộ.</td></tr>
                        <tr><th>Thời hạn giải quyết</th><td>15 ngày làm việc</td></tr>
                        <tr><th>Đối tượng thực hiện</th><td>Cá nhân, hộ gia đình</td></tr>
                        <tr><th>Cơ quan thực hiện</th><td>Ủy ban nhân dân cấp huyện</td></tr>
                        <tr><th>Kết quả thực hiện</th><td>Giấy phép xây dựng</td></tr>
                        <tr><th>Lệ phí</th><td>75.000 đồng/giấy phép</td></tr>
                        <tr><th>Tên mẫu đơn, tờ khai</th><td>Đơn đề nghị cấp giấy phép xây dựng (Mẫu 01)</td></tr>
                        <tr><th>Yêu cầu, điều kiện thực hiện</th><td>Không</td></tr>
                        <tr><th>Căn cứ pháp lý</th><td>Luật Xây dựng năm 2014</td></tr></table>
                        <a href="/nop-ho-so/cap-phep-xay-dung">Nộp hồ sơ trực tuyến</a></div>""")
                .page(DVC + "/huong-dan", DVC_HEADER + """
                        <div class="noi-dung"><h1>Hướng dẫn sử dụng</h1><ol><li>Đăng ký tài khoản bằng số điện thoại hoặc
                        thư điện tử.</li><li>Chọn thủ tục, khai thông tin và đính kèm thành phần hồ sơ.</li>
                        <li>Theo dõi tình trạng hồ sơ tại mục Tra cứu hồ sơ bằng mã hồ sơ được cấp.</li></ol></div>""")
                .page(DVC + "/tra-cuu", DVC_HEADER + """
                        <div class="noi-dung"><h1>Tra cứu hồ sơ</h1><form action="/tra-cuu/ket-qua">
                        <label for="ma">Mã hồ sơ</label><input id="ma" name="ma"><button>Tra cứu</button></form></div>""")
                .page(DVC + "/thong-ke", DVC_HEADER + """
                        <div class="noi-dung"><h1>Thống kê tình hình giải quyết hồ sơ</h1>
                        <table><tr><th>Năm</th><th>Tiếp nhận</th><th>Trực tuyến</th><th>Đúng hạn</th></tr>
                        <tr><td>2016</td><td>96.120</td><td>21.845</td><td>97,2%</td></tr></table></div>""");
    }

    @Test
    @DisplayName("a statistics page that is a heading and one table of figures counts for C4.06 → MET")
    void aStatisticsTableOfFiguresIsTheServiceSitesStatistics() {
        SiteEvidence site = agency().build();

        Verdict v = new ServiceSupportCheck().judge(criterion("C4.06"), site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("Thống kê").doesNotContain("không có");
        assertThat(v.evidence()).anyMatch(e -> e.url().endsWith("/thong-ke"));
    }

    @Test
    @DisplayName("the service site's dossier statistics are not the portal's statistical information → C3.17 NOT_MET")
    void theServiceSitesStatisticsAreNotThePortalsSection() {
        SiteEvidence site = agency().build();

        Verdict v = new SectionCheck().judge(criterion("C3.17"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.evidence()).noneMatch(e -> e.url().startsWith(DVC));
    }

    @Test
    @DisplayName("a one-stop site reached only through the portal's menu is not the portal either → C3.17 NOT_MET")
    void anUndeclaredServiceSiteIsNotThePortal() {
        SiteEvidence site = undeclared().build();

        Verdict v = new SectionCheck().judge(criterion("C3.17"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.evidence()).noneMatch(e -> e.url().startsWith(DVC));
    }

    @Test
    @DisplayName("a portal whose address redirects to its www host is read on that host → C3.17 MET")
    void thePortalIsTheHostItsAddressRedirectsTo() {
        String www = "https://www.tinhthunghiem.gov.vn";
        SiteEvidence site = PortalFixture.in(run).at(URI.create("http://tinhthunghiem.gov.vn/"))
                .redirect("/", www + "/")
                .page(www + "/", PORTAL_MENU + """
                        <div class="noi-dung"><h2>Tin tức - Sự kiện</h2><p>Ủy ban nhân dân tỉnh Thử Nghiệm tổ chức hội nghị
                        tổng kết công tác năm 2016.</p><p><a href="/so-lieu-thong-ke">Số liệu thống kê</a></p></div>""")
                .page(www + "/so-lieu-thong-ke", PORTAL_MENU + """
                        <div class="noi-dung"><h1>Số liệu thống kê</h1>
                        <table><tr><th>Chỉ tiêu</th><th>Năm 2015</th><th>Năm 2016</th></tr>
                        <tr><td>Tốc độ tăng GRDP (%)</td><td>7,9</td><td>8,2</td></tr></table></div>""")
                .build();

        assertThat(site.onPortal(URI.create(www + "/so-lieu-thong-ke"))).isTrue();
        Verdict v = new SectionCheck().judge(criterion("C3.17"), site);

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.evidence()).anyMatch(e -> e.url().equals(www + "/so-lieu-thong-ke"));
    }

    @Test
    @DisplayName("the portal's own \"Số liệu thống kê\" page with a table of figures → C3.17 MET")
    void thePortalsOwnStatisticsPageIsTheSection() {
        SiteEvidence site = agency()
                .page("/so-lieu-thong-ke", PORTAL_MENU + """
                        <div class="noi-dung"><h1>Số liệu thống kê</h1>
                        <table><tr><th>Chỉ tiêu</th><th>Năm 2015</th><th>Năm 2016</th></tr>
                        <tr><td>Tốc độ tăng GRDP (%)</td><td>7,9</td><td>8,2</td></tr></table></div>""")
                .page("/", PORTAL_MENU + """
                        <div class="noi-dung"><h2>Tin tức - Sự kiện</h2><p>Ủy ban nhân dân tỉnh Thử Nghiệm tổ chức hội nghị
                        tổng kết công tác năm 2016.</p><p><a href="/so-lieu-thong-ke">Số liệu thống kê</a></p></div>""")
                .build();

        Verdict v = new SectionCheck().judge(criterion("C3.17"), site);

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.evidence()).anyMatch(e -> e.url().endsWith("/so-lieu-thong-ke"));
    }
}
