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

@DisplayName("C3.21 Cập nhật văn bản, lịch công tác")
class DocumentsFreshnessCheckTest {

    private static final String MENU = "<nav><a href=\"/van-ban\">Văn bản</a> <a href=\"/lich-cong-tac\">Lịch công tác</a></nav>";
    private static final String DOCUMENTS = MENU + """
            <main><h1>Văn bản</h1><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
            <tr><td>45/2016/QĐ-UBND</td><td>15/12/2016</td><td>Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Thử Nghiệm</td></tr>
            <tr><td>40/2016/QĐ-UBND</td><td>01/11/2016</td><td>Bảng giá đất điều chỉnh giai đoạn 2015-2019 trên địa bàn tỉnh</td></tr></table></main>""";

    @TempDir
    Path run;

    @Test
    void freshDocumentsAndTheCurrentWeeksCalendarAreMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>").page("/van-ban", DOCUMENTS)
                .page("/lich-cong-tac", MENU + """
                        <main><h1>Lịch công tác tuần</h1><p>Thứ hai, 26/12/2016: Chủ tịch UBND tỉnh họp giao ban với các sở, ngành.</p>
                        <p>Thứ sáu, 30/12/2016: Hội nghị tổng kết công tác năm 2016 của Ủy ban nhân dân tỉnh Thử Nghiệm.</p></main>""")
                .build();

        Verdict v = new DocumentsFreshnessCheck().judge(criterion("C3.21"), site);

        assertThat(v.status()).as("C3.21, documents 15/12/2016 and calendar of 26–30/12/2016").isEqualTo(Status.MET);
        assertThat(v.evidence()).extracting(e -> e.url().replaceAll("^https://[^/]+", ""))
                .contains("/van-ban", "/lich-cong-tac");
    }

    @Test
    void freshDocumentsWithAPlaceholderCalendarArePartial() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>").page("/van-ban", DOCUMENTS)
                .page("/lich-cong-tac", MENU + "<main><h1>Lịch công tác</h1><p>Nội dung đang được cập nhật</p></main>")
                .build();

        Verdict v = new DocumentsFreshnessCheck().judge(criterion("C3.21"), site);

        assertThat(v.status()).as("C3.21, calendar is a placeholder").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isEqualTo(0.5);
        assertThat(v.explanation()).contains("15/12/2016").contains("giữ chỗ");
    }
}
