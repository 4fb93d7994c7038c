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

@DisplayName("C3.03 Thông tin giao dịch chính thức")
class ContactsCheckTest {

    @TempDir
    Path run;

    @Test
    void findsAddressPhoneAndEmailInTheHomeFooterWrittenWithEntities() {
        var site = PortalFixture.in(run).page("/", """
                <nav><a href="/lien-he">Liên hệ</a></nav>
                <main><h1>Tin tức nổi bật</h1><p>Nội dung trang chủ.</p></main>
                <footer><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Thử Nghiệm</p>
                <p>&#272;&#7883;a ch&#7881;: Số 12 đường Lê Lợi, phường 1, thành phố Thử Nghiệm</p>
                <p>Điện thoại: (0233) 3822 456 – Fax: (0233) 3822 457</p>
                <p>Email: <a href="mailto:vanphong@tinhthunghiem.gov.vn">vanphong@tinhthunghiem.gov.vn</a></p></footer>
                """).build();

        Verdict v = new ContactsCheck().judge(criterion("C3.03"), site);

        assertThat(v.status()).as("C3.03, full contacts in the footer").isEqualTo(Status.MET);
        assertThat(v.evidence()).anySatisfy(e -> {
            assertThat(e.snippet()).contains("vanphong@tinhthunghiem.gov.vn");
            assertThat(e.selector()).isNotBlank();
            assertThat(e.warcRecordId()).startsWith("<urn:uuid:");
        });
    }

    @Test
    void anEmailLabelWithoutAnAddressDoesNotCountSoTheVerdictIsPartial() {
        var site = PortalFixture.in(run).page("/", """
                <nav><a href="/lien-he">Liên hệ</a></nav><main><h1>Trang chủ</h1></main>
                <footer><p>Ban Quản lý Khu kinh tế tỉnh Thử Nghiệm</p></footer>
                """).page("/lien-he", """
                <nav><a href="/lien-he">Liên hệ</a></nav>
                <main><h1>Liên hệ</h1>
                <p>Địa chỉ: Tầng 3, tòa nhà Trung tâm hành chính tỉnh, đường Trần Phú</p>
                <p>Điện thoại: 0233.3855.100</p>
                <p>Email: đang cập nhật</p>
                <p>Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.</p></main>
                """).build();

        Verdict v = new ContactsCheck().judge(criterion("C3.03"), site);

        assertThat(v.status()).as("C3.03, no email address").isEqualTo(Status.PARTIAL);
        // address and phone of four (§8: address, phone, fax and e-mail; fax is its own item since §8)
        assertThat(v.value()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(v.explanation()).contains("Thiếu: Fax; Thư điện tử");
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.url()).endsWith("/lien-he"));
    }
}
