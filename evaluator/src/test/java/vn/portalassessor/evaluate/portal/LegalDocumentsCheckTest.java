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

    @Test
    @DisplayName("\"Dự thảo văn bản\" fetched first and named as often is not the documents section → MET on \"Văn bản quy phạm pháp luật\"")
    void aDraftsPageThatMentionsDocumentsDoesNotStandForTheDocumentsSection() {
        String menu = "<div id=\"dnn_MenuPane\"><ul class=\"dnnmega\"><li><a href=\"/Default.aspx?tabid=96\">Dự thảo văn bản</a></li>"
                + "<li><a href=\"/Default.aspx?tabid=95\">Văn bản quy phạm pháp luật</a></li></ul></div>";
        var site = PortalFixture.in(run)
                .page("/", menu + "<div id=\"dnn_ContentPane\"><h2>Tin tức</h2></div>")
                .page("/Default.aspx?tabid=96", menu + """
                        <div id="dnn_ContentPane"><div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Dự thảo văn bản lấy ý kiến</span></div>
                        <h1 class="page-title">Dự thảo văn bản lấy ý kiến</h1><div class="draft"><p><strong>Dự thảo Nghị định quy định
                        chi tiết về bảo hiểm thất nghiệp</strong></p><p>Thời hạn góp ý: 15/01/2017.</p>
                        <p><a href="/files/du-thao-1.pdf">Toàn văn dự thảo</a></p></div></div>""")
                .page("/Default.aspx?tabid=95", menu + """
                        <div id="dnn_ContentPane"><div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Văn bản quy phạm pháp luật</span></div>
                        <h1 class="page-title">Văn bản quy phạm pháp luật</h1>
                        <table class="docs"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Ngày hiệu lực</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr>
                        <tr><td>12/2016/TT-BLĐVL</td><td>20/06/2016</td><td>05/08/2016</td><td>Quy định chế độ báo cáo thống kê của ngành</td>
                        <td><a href="/files/van-ban/12-2016.pdf">Tải về</a></td></tr></table></div>""")
                .build();

        Verdict v = new LegalDocumentsCheck().judge(criterion("C3.12"), site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.evidence()).allSatisfy(e -> assertThat(e.url()).endsWith("tabid=95"));
    }
}
