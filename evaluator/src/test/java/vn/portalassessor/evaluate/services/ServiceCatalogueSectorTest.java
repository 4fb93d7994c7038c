package vn.portalassessor.evaluate.services;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/** C4.01 (methodology §8): a catalogue with declared levels by sector is MET, with levels but not by sector PARTIAL. Issue 12. */
@DisplayName("C4.01 danh mục theo lĩnh vực")
class ServiceCatalogueSectorTest {

    private static final String DVC = "https://dvc.tinhthunghiem.gov.vn";
    private static final String ROWS = """
            <tr><td>1</td><td><a href="/tthc/1">Cấp giấy phép xây dựng nhà ở riêng lẻ</a></td><td>Toàn trình</td></tr>
            <tr><td>2</td><td><a href="/tthc/2">Đăng ký khai sinh</a></td><td>Một phần</td></tr>
            <tr><td>3</td><td><a href="/tthc/3">Cấp bản sao trích lục hộ tịch</a></td><td>Mức độ 2</td></tr>""";

    @TempDir
    Path run;

    private Verdict judge(String catalogue) {
        var site = PortalFixture.in(run).page(DVC + "/danh-sach-tthc", "<main><h1>Danh sách thủ tục hành chính</h1>"
                + catalogue + "</main>").build();
        return new ServiceCatalogueCheck().judge(criterion("C4.01"), site);
    }

    @Test
    @DisplayName("services grouped under \"1. Lĩnh vực Hộ tịch\" with \"Toàn trình\" / \"Một phần\" levels → MET")
    void aCatalogueGroupedBySectorWithLevelWordingsIsMet() {
        Verdict v = judge("<table><tr><th colspan=\"3\">1. Lĩnh vực Hộ tịch</th></tr>" + ROWS + "</table>");

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("1 dịch vụ mức 2", "1 dịch vụ mức 3", "1 dịch vụ mức 4", "theo lĩnh vực");
    }

    @Test
    @DisplayName("the same catalogue as one flat list → PARTIAL, \"không phân theo lĩnh vực\"")
    void aFlatCatalogueWithLevelsIsPartial() {
        Verdict v = judge("<table><tr><th>STT</th><th>Tên thủ tục</th><th>Mức độ</th></tr>" + ROWS + "</table>");

        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.explanation()).contains("không phân theo lĩnh vực");
        assertThat(v.value()).isEqualTo(0.8);
    }

    @Test
    @DisplayName("a heading \"Lĩnh vực: Đất đai\" above the services → MET")
    void aSectorHeadingAboveTheServicesIsMet() {
        Verdict v = judge("<h2>Lĩnh vực: Đất đai</h2><table>" + ROWS + "</table>");

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("Lĩnh vực: Đất đai");
    }

    @Test
    @DisplayName("a SharePoint list whose head row holds a \"Lĩnh vực\" column → MET")
    void aSectorColumnInTheListHeadIsMet() {
        Verdict v = judge("""
                <table class="ms-listviewtable"><thead><tr class="ms-viewheadertr"><th class="ms-vh2">STT</th>
                <th class="ms-vh2">Tên thủ tục</th><th class="ms-vh2">Lĩnh vực</th><th class="ms-vh2">Mức độ</th></tr></thead>
                <tr><td>1</td><td><a href="/tthc/1">Cấp đổi giấy phép lái xe</a></td><td>Đường bộ</td><td>MĐ4</td></tr>
                <tr><td>2</td><td><a href="/tthc/2">Cấp phù hiệu xe taxi</a></td><td>Đường bộ</td><td>MĐ2</td></tr>
                <tr><td>3</td><td><a href="/tthc/3">Cấp giấy phép bán lẻ rượu</a></td><td>Thương mại</td><td>MĐ3</td></tr></table>""");

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
    }
}
