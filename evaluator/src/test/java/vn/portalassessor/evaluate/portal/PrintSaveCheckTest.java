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

@DisplayName("C3.25 In ấn, lưu trữ bài viết")
class PrintSaveCheckTest {

    @TempDir
    Path run;

    @Test
    void anInBaiVietLinkOnAnArticleIsMet() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1></main>").page("/tin-tuc/1", """
                <main><h1>Khánh thành cầu Phú Vân</h1><p>Sáng 22/12/2016, tỉnh Thử Nghiệm khánh thành cầu Phú Vân.</p>
                <div class="tools"><a href="/tin-tuc/1?p_p_state=pop_up" class="print" onclick="window.print(); return false;">In bài viết</a>
                <a href="#" onclick="document.execCommand('SaveAs');return false;">Lưu trang</a></div></main>""").build();

        Verdict v = new PrintSaveCheck().judge(criterion("C3.25"), site);

        assertThat(v.status()).as("C3.25, In bài viết").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).snippet()).startsWith("In bài viết");
        assertThat(v.evidence().get(0).selector()).contains("a.print");
    }

    @Test
    void theWordInInsideProseIsNotAPrintFunction() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1></main>").page("/tin-tuc/2", """
                <main><h1>Phát hành tài liệu tuyên truyền</h1><p>In ấn 5.000 tờ rơi và <a href="/tin-tuc/3">In ấn tờ rơi</a>
                tại xưởng in của tỉnh; <a href="/tin-tuc/4">xem chi tiết kế hoạch in tài liệu năm 2017</a>.</p>
                <p>Liên hệ: <a href="mailto:vanphong@tinhthunghiem.gov.vn">Gửi email</a></p></main>""").build();

        Verdict v = new PrintSaveCheck().judge(criterion("C3.25"), site);

        assertThat(v.status()).as("C3.25, near-miss 'In' in prose, contact 'Gửi email'").isEqualTo(Status.NOT_MET);
    }
}
