package vn.portalassessor.evaluate.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.criteria.load.MethodologyLoader;

/** How a service page is read: its level-1 fields, its declared level, its links and what they lead to. Issue 6. */
@DisplayName("C4 Trang thông tin dịch vụ công")
class ServicePageReaderTest {

    private static final ServiceVocabulary WORDS = ServiceVocabulary.of(MethodologyLoader.loadDefault());
    private final ServicePageReader reader = new ServicePageReader(WORDS);

    private static Document page(String body) {
        return Jsoup.parse("<html lang=\"vi\"><head><title>Cấp giấy phép xây dựng - Cổng dịch vụ công</title></head><body>"
                + body + "</body></html>", "http://dichvucong.sonlam.example.gov.vn/dich-vu/cap-gpxd.html");
    }

    @ParameterizedTest(name = "\"{0}\" declares level {1}")
    @CsvSource({
            "Mức độ 3, 3",
            "Mức 4, 4",
            "DVC mức độ 4, 4",
            "Mức độ: DVC mức độ 2, 2",
            "MỨC ĐỘ 1, 1",
            "Mức độ dịch vụ công: 3, 3",
            "Cấp độ 3, 3",
            "MĐ4, 4",
            "Mức độ DVC: 4, 4",
            "Toàn trình, 4",
            "Mức độ: Toàn trình, 4",
            "Dịch vụ công trực tuyến toàn trình, 4",
            "DVC một phần, 3",
            "Một phần, 3"})
    void readsTheDeclaredLevel(String label, int level) {
        Document d = page("<main><h1>Cấp giấy phép xây dựng nhà ở riêng lẻ</h1><p class=\"muc-do\">" + label + "</p></main>");
        assertThat(reader.declaredLevel(d)).get().extracting(ServicePageReader.Declared::level).isEqualTo(level);
    }

    @ParameterizedTest(name = "\"{0}\" declares no level")
    @CsvSource(delimiter = '|', value = {
            "Trả một phần kết quả qua bưu chính",
            "Mức 1.000 đồng/bản sao",
            "Toàn trình tự thực hiện được công khai"})
    void proseIsNoLevelLabel(String text) {
        Document d = page("<main><h1>Cấp bản sao trích lục hộ tịch</h1><p>" + text + "</p></main>");
        assertThat(reader.declaredLevel(d)).isEmpty();
    }

    @Test
    void ignoresLevelLabelsInTheMenu() {
        Document d = page("""
                <nav><ul><li><a href="/muc-do-3">DVC mức độ 3</a></li><li><a href="/muc-do-4">DVC mức độ 4</a></li></ul></nav>
                <main><h1>Cấp bản sao trích lục hộ tịch</h1><table><tr><th>Mức độ</th><td>Mức độ 2</td></tr></table></main>""");
        assertThat(reader.declaredLevel(d)).get().extracting(ServicePageReader.Declared::level).isEqualTo(2);
    }

    @Test
    void recognisesFieldLabelsWrittenTheWaySharePointWritesThem() {
        Document d = page("""
                <table class="ms-formtable">
                <tr><td><h3 class="ms-standardheader">Trình tự thực hiện</h3></td><td>Bước 1: nộp hồ sơ.</td></tr>
                <tr><td><h3 class="ms-standardheader">Thành phần, số lượng hồ sơ</h3></td><td>01 bộ.</td></tr>
                <tr><td><h3 class="ms-standardheader">Thời gian giải quyết</h3></td><td>05 ngày làm việc</td></tr>
                <tr><td><h3 class="ms-standardheader">Đối tượng thực hiện TTHC</h3></td><td>Cá nhân</td></tr>
                <tr><td><h3 class="ms-standardheader">Tên mẫu đơn, mẫu tờ khai</h3></td><td>Đơn đề nghị</td></tr>
                <tr><td><h3 class="ms-standardheader">Yêu cầu, điều kiện thực hiện TTHC</h3></td><td>Không</td></tr>
                <tr><td><h3 class="ms-standardheader">Căn cứ pháp lý của TTHC</h3></td><td>Nghị định 43/2011/NĐ-CP</td></tr>
                <tr><td><h3 class="ms-standardheader">Phí, lệ phí</h3></td><td>135.000 đồng</td></tr>
                </table>""");
        assertThat(reader.fields(d).keySet()).containsExactlyInAnyOrder("Trình tự thực hiện", "Thành phần hồ sơ",
                "Thời hạn giải quyết", "Đối tượng thực hiện", "Mẫu đơn", "Yêu cầu, điều kiện", "Căn cứ pháp lý", "Lệ phí");
    }

    @Test
    void aSentenceMentioningAFieldIsNoLabel() {
        Document d = page("<main><p>Tổ chức, cá nhân nộp hồ sơ theo trình tự thực hiện đã được công bố và căn cứ pháp lý"
                + " hiện hành, kèm theo mẫu đơn.</p></main>");
        assertThat(reader.fields(d)).isEmpty();
    }

    @Test
    void findsFormSubmissionAndPaymentLinksOutsideTheMenu() {
        Document d = page("""
                <nav><a href="/nop-ho-so/index.html">Nộp hồ sơ trực tuyến</a></nav>
                <main><h1>Cấp giấy phép xây dựng nhà ở riêng lẻ</h1>
                <p><a href="/files/mau-don-gpxd.doc">Tải mẫu đơn</a> <a href="/nop-ho-so/cap-gpxd.html">Nộp hồ sơ trực tuyến</a>
                <a href="/thanh-toan/cap-gpxd.html">Thanh toán trực tuyến</a>
                <span class="btn disabled">Thanh toán lệ phí (chưa hỗ trợ)</span></p></main>""");
        assertThat(reader.formLinks(d)).extracting(l -> l.url().getPath()).containsExactly("/files/mau-don-gpxd.doc");
        assertThat(reader.submitLinks(d)).extracting(l -> l.url().getPath()).containsExactly("/nop-ho-so/cap-gpxd.html");
        assertThat(reader.paymentLinks(d)).extracting(l -> l.url().getPath()).containsExactly("/thanh-toan/cap-gpxd.html");
    }

    @Test
    void aLoginStepAnUploadOrAFillInFormIsAWayIn() {
        assertThat(reader.entry(page("""
                <main><h1>Đăng nhập để nộp hồ sơ</h1><form method="post"><input name="u"><input type="password" name="p">
                <button type="submit">Đăng nhập</button></form></main>"""))).get().asString().contains("đăng nhập");
        assertThat(reader.entry(page("""
                <form method="post" enctype="multipart/form-data"><input type="file" name="hoSo"><input type="submit"></form>""")))
                .get().asString().contains("tải tệp");
        assertThat(reader.entry(page("""
                <form method="post"><label>Họ tên</label><input name="hoTen"><label>Số CMND</label><input name="cmnd">
                <button type="submit">Gửi hồ sơ</button></form>"""))).get().asString().contains("biểu mẫu");
    }

    @Test
    void aPlaceholderSubmissionPageIsNoWayIn() {
        Document d = page("<main><h1>Nộp hồ sơ trực tuyến</h1><p>Đang cập nhật</p></main>");
        assertThat(reader.entry(d)).isEmpty();
        assertThat(reader.placeholder(d)).isTrue();
    }

    @Test
    void aPaymentPageNamesThePaymentAndOffersAWayToPay() {
        assertThat(reader.payment(page("""
                <main><h1>Thanh toán lệ phí trực tuyến</h1><form method="post"><label>Mã hồ sơ</label><input name="ma">
                <select name="cong"><option>Cổng thanh toán quốc gia</option></select><button type="submit">Thanh toán</button></form></main>""")))
                .isTrue();
        assertThat(reader.payment(page("<main><h1>Thanh toán trực tuyến</h1><p>Đang cập nhật</p></main>"))).isFalse();
    }

    @Test
    void aCataloguePagedOnlyByScriptIsNoted() {
        Document sharePoint = page("""
                <table class="ms-listviewtable"><tr><td><a href="/Pages/ThuTuc-CapDoiGPLX.aspx">Cấp đổi giấy phép lái xe</a></td>
                <td>Mức 4</td></tr></table>
                <table class="ms-bottompaging"><tr><td><a href="javascript:__doPostBack('ctl00$m$g_1','Page$2')">2</a></td>
                <td><a href="javascript:__doPostBack('ctl00$m$g_1','Page$Next')">Trang sau</a></td></tr></table>""");
        Document sortOnly = page("""
                <table><thead><tr><th><a href="javascript:__doPostBack('gvThuTuc','Sort$TenThuTuc')">Tên thủ tục</a></th></tr></thead>
                <tr><td><a href="/Pages/ThuTuc-CapDoiGPLX.aspx">Cấp đổi giấy phép lái xe</a></td><td>Mức 4</td></tr></table>""");
        URI url = URI.create("http://motcua.haidong.example.gov.vn/Pages/DanhMucThuTuc.aspx");
        assertThat(ServiceSurvey.scriptPaging(sharePoint, url)).get().asString().contains("chuyển trang bằng script", "Page$2");
        assertThat(ServiceSurvey.scriptPaging(sortOnly, url)).isEmpty();
    }

    @Test
    void aVeryLargeCatalogueIsSampledEvenlyInCatalogueOrder() {
        List<Integer> catalogue = IntStream.range(0, 1000).boxed().toList();
        List<Integer> sample = ServiceSurvey.evenSample(catalogue, 200);
        assertThat(sample).hasSize(200).startsWith(0, 5, 10).endsWith(995).isSorted().doesNotHaveDuplicates();
        assertThat(ServiceSurvey.evenSample(catalogue.subList(0, 30), 200)).hasSize(30);
    }
}
