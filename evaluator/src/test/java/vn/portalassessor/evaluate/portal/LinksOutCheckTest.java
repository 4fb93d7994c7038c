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

@DisplayName("C3.27 Liên kết cổng đơn vị, cơ quan khác")
class LinksOutCheckTest {

    @TempDir
    Path run;

    @Test
    void aLienKetWebsiteBlockWithOtherAgenciesPortalsIsMet() {
        var site = PortalFixture.in(run).page("/", """
                <main><h1>Trang chủ</h1></main>
                <aside><h3>Liên kết website</h3><ul>
                <li><a href="https://sotnmt.tinhthunghiem.gov.vn/">Sở Tài nguyên và Môi trường</a></li>
                <li><a href="http://127.0.0.1:8123/">Tỉnh Hải Đông</a></li></ul></aside>""").build();

        Verdict v = new LinksOutCheck().judge(criterion("C3.27"), site);

        assertThat(v.status()).as("C3.27, links to other portals").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("2 cổng thông tin");
        assertThat(v.evidence().get(0).snippet()).contains("sotnmt.tinhthunghiem.gov.vn");
        assertThat(v.evidence().get(0).selector()).isNotBlank();
    }

    @Test
    void unitsListedWithoutWebsitesAndASocialNetworkLinkAreNotMet() {
        var site = PortalFixture.in(run).page("/", """
                <main><h1>Đơn vị trực thuộc</h1><ul><li>Cục Di sản văn hóa — Điện thoại: 024 3943 8521</li>
                <li>Vụ Pháp chế — Điện thoại: 024 3943 8522</li></ul>
                <p>Theo dõi chúng tôi trên <a href="https://www.facebook.com/trang-tin">mạng xã hội</a></p></main>""").build();

        Verdict v = new LinksOutCheck().judge(criterion("C3.27"), site);

        assertThat(v.status()).as("C3.27, no agency portal linked").isEqualTo(Status.NOT_MET);
    }
}
