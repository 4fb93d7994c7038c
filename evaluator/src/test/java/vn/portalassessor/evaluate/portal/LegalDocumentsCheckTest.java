package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.12 Văn bản quy phạm pháp luật, văn bản quản lý")
class LegalDocumentsCheckTest {

    private static final String MENU = "<nav><a href=\"/van-ban\">Văn bản pháp luật</a></nav>";

    @TempDir
    Path run;

    @Test
    void aDocumentDatabaseWithEveryFieldAndPdfFilesIsMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>").page("/van-ban", MENU + """
                <main><h1>Văn bản quy phạm pháp luật</h1>
                <form action="/van-ban"><input type="text" name="q" title="Từ khóa"><select name="loai"><option>Quyết định</option></select></form>
                <table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Ngày hiệu lực</th><th>Trích yếu</th><th>Tệp</th></tr>
                <tr><td>45/2016/QĐ-UBND</td><td>15/12/2016</td><td>25/12/2016</td><td>Ban hành quy định quản lý cụm công nghiệp trên địa bàn tỉnh</td>
                <td><a href="/files/45-2016-qd-ubnd.pdf">Tải về</a></td></tr></table></main>
                """).build();

        Verdict v = new LegalDocumentsCheck().judge(criterion("C3.12"), site);

        assertThat(v.status()).as("C3.12, full document table").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("Có biểu mẫu tra cứu văn bản");
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.snippet()).contains(".pdf"));
    }

    @Test
    void aListWithoutEffectiveDatesOrFilesIsPartial() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>").page("/van-ban", MENU + """
                <main><h1>Văn bản</h1>
                <table><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
                <tr><td>15/2016/TT-BVHCD</td><td>26/12/2016</td><td>Quy định chi tiết về tổ chức lễ hội truyền thống ở các địa phương</td></tr>
                <tr><td>14/2016/TT-BVHCD</td><td>02/12/2016</td><td>Hướng dẫn xây dựng thiết chế văn hóa cơ sở giai đoạn 2016-2020</td></tr></table></main>
                """).build();

        Verdict v = new LegalDocumentsCheck().judge(criterion("C3.12"), site);

        assertThat(v.status()).as("C3.12, no ngày hiệu lực, no file").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isCloseTo(9.0 / 15, Offset.offset(1e-9));
        assertThat(v.explanation()).contains("Ngày hiệu lực").contains("Tệp văn bản tải về");
    }
}
