package vn.portalassessor.evaluate.services;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/**
 * C4.04 / C4.05 judged by what works (methodology §8): online payment in the forms real service sites
 * use — a fee-payment step in the submission flow, a provider named on the service page, an image link
 * to a payment gateway — and a level-4 label without a working payment counted as level 3. Issue 12.
 */
@DisplayName("C4.04–C4.05 mức độ 3/4 theo chức năng thực tế")
class ServiceLevelRulesTest {

    private static final String DVC = "https://dichvucong.tinhthunghiem.gov.vn";
    private static final String NAV = """
            <nav class="menu"><a href="/">Trang chủ</a> <a href="/danh-muc">Danh mục thủ tục</a>
            <a href="/thanh-toan/huong-dan">Hướng dẫn thanh toán trực tuyến</a></nav>""";

    @TempDir
    Path run;

    /** A service page of the province's service site with all eleven level-1 fields, its level and its actions. */
    private static String servicePage(String name, String level, String fee, String actions) {
        return NAV + """
                <main><h1>%s</h1>
                <table class="tthc">
                <tr><th>Mức độ</th><td>%s</td></tr>
                <tr><th>Trình tự thực hiện</th><td>Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ. Bước 2: Nộp hồ sơ trực tuyến hoặc tại
                Trung tâm Phục vụ hành chính công tỉnh. Bước 3: Nhận kết quả qua dịch vụ bưu chính công ích.</td></tr>
                <tr><th>Cách thức thực hiện</th><td>Trực tuyến; trực tiếp; qua bưu chính</td></tr>
                <tr><th>Thành phần, số lượng hồ sơ</th><td>Đơn đề nghị theo mẫu; bản sao Giấy chứng nhận. Số lượng: 01 bộ.</td></tr>
                <tr><th>Thời hạn giải quyết</th><td>10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ</td></tr>
                <tr><th>Đối tượng thực hiện</th><td>Cá nhân, tổ chức</td></tr>
                <tr><th>Cơ quan thực hiện</th><td>Sở Xây dựng tỉnh Thử Nghiệm</td></tr>
                <tr><th>Kết quả thực hiện</th><td>Giấy phép</td></tr>
                <tr><th>Lệ phí</th><td>%s</td></tr>
                <tr><th>Tên mẫu đơn, tờ khai</th><td>Đơn đề nghị (Mẫu 01)</td></tr>
                <tr><th>Yêu cầu, điều kiện thực hiện</th><td>Không</td></tr>
                <tr><th>Căn cứ pháp lý</th><td>Luật Xây dựng năm 2014; Nghị định số 59/2015/NĐ-CP</td></tr>
                </table>
                <div class="tthc-actions">%s</div></main>""".formatted(name, level, fee, actions);
    }

    private static final String FORM = "<a href=\"/files/mau-01.doc\">Tải mẫu đơn</a> ";

    /** A submission page: a posted form with file uploads, and what else the flow shows. */
    private static String submissionPage(String steps) {
        return NAV + """
                <main><h1>Nộp hồ sơ trực tuyến</h1>%s
                <form method="post" enctype="multipart/form-data" action="/nop-ho-so/gui">
                <label for="ten">Họ và tên người nộp</label><input id="ten" name="hoTen">
                <label for="tep">Đơn đề nghị</label><input id="tep" type="file" name="donDeNghi">
                <button type="submit">Gửi hồ sơ</button></form></main>""".formatted(steps);
    }

    private PortalFixture site() {
        return PortalFixture.in(run).file(DVC + "/files/mau-01.doc", "application/msword", "Mẫu đơn đề nghị (Mẫu 01)");
    }

    private static ServiceFinding only(SiteEvidence site) {
        List<ServiceFinding> findings = ServiceSurvey.of(site).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static Verdict count(SiteEvidence site, int level) {
        return new ServiceLevelCheck(level).judge(criterion(level == 3 ? "C4.04" : "C4.05"), site);
    }

    @Test
    @DisplayName("\"Bước 4: Thanh toán phí, lệ phí\" via PayGov in the submission flow → level 4")
    void aFeePaymentStepThroughPayGovInTheSubmissionFlowIsLevelFour() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/cap-giay-phep-xay-dung", servicePage("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Mức độ 4",
                        "Lệ phí: 75.000 đồng/giấy phép",
                        FORM + "<a class=\"btn\" href=\"/nop-ho-so/cap-giay-phep-xay-dung\">Nộp hồ sơ trực tuyến</a>"))
                .page(DVC + "/nop-ho-so/cap-giay-phep-xay-dung", submissionPage("""
                        <ol class="steps"><li>Bước 1: Khai thông tin hồ sơ</li><li>Bước 2: Đính kèm thành phần hồ sơ</li>
                        <li>Bước 3: Xác nhận và gửi hồ sơ</li>
                        <li>Bước 4: Thanh toán phí, lệ phí qua Cổng thanh toán trực tuyến PayGov</li></ol>"""))
                .build();

        ServiceFinding f = only(site);
        assertThat(f.detectedLevel()).isEqualTo(4);
        assertThat(f.discrepancy()).isFalse();
        assertThat(f.reason()).contains("bước thanh toán trực tuyến", "PayGov");
        assertThat(count(site, 4).value()).isEqualTo(1.0);
        assertThat(count(site, 3).value()).as("a level-4 service counts only in C4.05").isEqualTo(0.0);
    }

    @Test
    @DisplayName("declared \"Mức độ 4\", working submission form, fee paid at the counter → level 3 with a discrepancy")
    void aLevelFourLabelWithAWorkingFormButNoPaymentIsLevelThree() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/cap-giay-phep-xay-dung", servicePage("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Mức độ 4",
                        "75.000 đồng/giấy phép, nộp trực tiếp tại Trung tâm Phục vụ hành chính công khi nhận kết quả",
                        FORM + "<a href=\"/nop-ho-so/cap-giay-phep-xay-dung\">Nộp hồ sơ trực tuyến</a>"
                                + " <span class=\"btn disabled\" aria-disabled=\"true\">Thanh toán trực tuyến (chưa hỗ trợ)</span>"))
                .page(DVC + "/nop-ho-so/cap-giay-phep-xay-dung", submissionPage(""))
                .build();

        ServiceFinding f = only(site);
        assertThat(f.declaredLevel()).isEqualTo(4);
        assertThat(f.detectedLevel()).isEqualTo(3);
        assertThat(f.discrepancy()).isTrue();
        Verdict level4 = count(site, 4);
        assertThat(level4.value()).isEqualTo(0.0);
        assertThat(level4.explanation()).contains("công bố mức độ 4, thực tế mức độ 3");
        assertThat(count(site, 3).value()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("an image link \"Thanh toán qua VNPT Pay\" to a page offering wallets and cards → level 4")
    void anImageLinkToAPaymentGatewayThatOffersAWayToPayIsLevelFour() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/cap-ban-sao-trich-luc", servicePage("Cấp bản sao trích lục hộ tịch", "Cấp độ 4",
                        "8.000 đồng/bản sao",
                        FORM + "<a href=\"/nop-ho-so/trich-luc\">Đăng ký hồ sơ</a> <a href=\"/thanh-toan/trich-luc\">"
                                + "<img src=\"/images/logo-vnptpay.png\" alt=\"Thanh toán qua VNPT Pay\"></a>"))
                .page(DVC + "/nop-ho-so/trich-luc", submissionPage(""))
                .page(DVC + "/thanh-toan/trich-luc", NAV + """
                        <main><h1>Chọn phương thức</h1><p>Mã hồ sơ: 000.00.12.H99-161230-0007. Số tiền: 8.000 đồng</p>
                        <form method="post"><label><input type="radio" name="kenh" value="vnptpay"> Ví VNPT Pay</label>
                        <label><input type="radio" name="kenh" value="napas"> Thẻ ATM nội địa (Napas)</label>
                        <button type="submit">Xác nhận</button></form></main>""")
                .build();

        ServiceFinding f = only(site);
        assertThat(f.declaredLevel()).as("\"Cấp độ 4\" is a level label").isEqualTo(4);
        assertThat(f.detectedLevel()).isEqualTo(4);
        assertThat(f.reason()).contains("thanh toán trực tuyến hoạt động (Thanh toán qua VNPT Pay)");
    }

    @Test
    @DisplayName("\"Toàn trình\", a shared-account login step and \"thanh toán trực tuyến qua Cổng thanh toán quốc gia\" → level 4")
    void aFullProcessServiceWithASingleSignOnStepAndANamedGatewayIsLevelFour() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/dang-ky-khai-sinh", servicePage("Đăng ký khai sinh có yếu tố nước ngoài", "Toàn trình",
                        "Lệ phí: 100.000 đồng; thanh toán trực tuyến qua Cổng thanh toán quốc gia",
                        FORM + "<a href=\"/dang-nhap?next=/nop-ho-so/khai-sinh\">Nộp hồ sơ</a>"))
                .page(DVC + "/dang-nhap?next=/nop-ho-so/khai-sinh", NAV + """
                        <main><h1>Đăng nhập</h1><p>Sử dụng tài khoản Cổng dịch vụ công quốc gia hoặc tài khoản định danh điện tử VNeID.</p>
                        <a class="btn" href="https://xacthuc.dichvucong.gov.vn/oauth2/authorize">Đăng nhập bằng tài khoản Cổng dịch vụ công quốc gia</a>
                        </main>""")
                .build();

        ServiceFinding f = only(site);
        assertThat(f.declaredLevel()).isEqualTo(4);
        assertThat(f.submitWorks()).as(f.reason()).isTrue();
        assertThat(f.detectedLevel()).isEqualTo(4);
        assertThat(f.discrepancy()).isFalse();
        assertThat(f.reason()).contains("tài khoản dùng chung", "Cổng thanh toán quốc gia");
    }

    @Test
    @DisplayName("\"Thanh toán trực tuyến | Không\" on the service page is no payment; \"Một phần\" declares level 3")
    void aPaymentRowAnsweredNoIsNoPayment() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/chuyen-truong", servicePage("Chuyển trường đối với học sinh trung học phổ thông", "Một phần",
                        "Không",
                        FORM + "<a href=\"/nop-ho-so/chuyen-truong\">Nộp hồ sơ trực tuyến</a>"
                                + "<dl><dt>Thanh toán trực tuyến</dt><dd>Không</dd></dl>"))
                .page(DVC + "/nop-ho-so/chuyen-truong", submissionPage(""))
                .build();

        ServiceFinding f = only(site);
        assertThat(f.declaredLevel()).isEqualTo(3);
        assertThat(f.detectedLevel()).isEqualTo(3);
        assertThat(f.discrepancy()).isFalse();
    }

    @Test
    @DisplayName("a payment link that answers 404 is no payment, even when the page names the gateway")
    void aBrokenPaymentLinkOutweighsAGatewayNamedOnThePage() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/cap-giay-phep-xay-dung", servicePage("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Mức độ 4",
                        "75.000 đồng; thanh toán qua Cổng thanh toán quốc gia PayGov",
                        FORM + "<a href=\"/nop-ho-so/cap-giay-phep-xay-dung\">Nộp hồ sơ trực tuyến</a>"
                                + " <a href=\"/thanh-toan/cap-giay-phep-xay-dung\">Thanh toán lệ phí</a>"))
                .page(DVC + "/nop-ho-so/cap-giay-phep-xay-dung", submissionPage(""))
                .build();

        ServiceFinding f = only(site);
        assertThat(f.detectedLevel()).isEqualTo(3);
        assertThat(f.reason()).contains("liên kết thanh toán /thanh-toan/cap-giay-phep-xay-dung không hoạt động");
    }

    @Test
    @DisplayName("\"Nộp phí qua ngân hàng (Internet Banking)\" leading to a choice of banks → level 4")
    void anInternetBankingPageListingBanksIsLevelFour() {
        SiteEvidence site = site()
                .page(DVC + "/thu-tuc/tuyen-sinh", servicePage("Đăng ký dự thi tuyển sinh đào tạo thạc sĩ", "Mức độ 4",
                        "50.000 đồng/hồ sơ",
                        FORM + "<a href=\"/nop-ho-so/tuyen-sinh\">Nộp hồ sơ trực tuyến</a> "
                                + "<a class=\"pay-link\" href=\"/thanh-toan/tuyen-sinh\">Nộp phí qua ngân hàng (Internet Banking)</a>"))
                .page(DVC + "/nop-ho-so/tuyen-sinh", submissionPage(""))
                .page(DVC + "/thanh-toan/tuyen-sinh", NAV + """
                        <main><h1>Thanh toán: Đăng ký dự thi tuyển sinh đào tạo thạc sĩ</h1>
                        <p>Nộp phí qua Internet Banking: chọn ngân hàng để chuyển khoản vào tài khoản thu phí.</p>
                        <ul><li><a href="https://ibanking.vietcombank.com.vn/">Vietcombank</a></li>
                        <li><a href="https://smartbanking.bidv.com.vn/">BIDV</a></li></ul></main>""")
                .build();

        assertThat(only(site).detectedLevel()).as(only(site).reason()).isEqualTo(4);
    }
}
