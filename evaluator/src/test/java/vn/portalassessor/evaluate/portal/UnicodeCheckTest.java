package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.net.URI;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.28 Tiêu chuẩn kỹ thuật (Unicode, tên miền)")
class UnicodeCheckTest {

    private static final String OLD_PAGE = """
            <main><h1>Lịch sử</h1><p><font face=".VnTime">ViÖn Hµn l©m Khoa häc øng dông ®­îc thµnh lËp n¨m 1976</font></p></main>""";

    @TempDir
    Path run;

    @Test
    void nfdTextAndNumericEntitiesOnAGovVnDomainAreStillUnicode() {
        String nfd = Normalizer.normalize("<main><h1>Giới thiệu</h1><p>Ủy ban nhân dân tỉnh Thử Nghiệm</p></main>", Normalizer.Form.NFD);
        var site = PortalFixture.in(run).page("/", nfd)
                .page("/menu", "<main><h1>Ch&#237;nh ph&#7911;</h1><p>C&#7893;ng th&#244;ng tin</p></main>").build();

        Verdict v = new UnicodeCheck().judge(criterion("C3.28"), site);

        assertThat(v.status()).as("C3.28, NFD + entities, .gov.vn").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("tinhthunghiem.gov.vn");
    }

    @Test
    void aTcvn3FontOnAGovVnPortalLosesTheUnicodeSubItem() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1></main>").page("/lich-su", OLD_PAGE).build();

        Verdict v = new UnicodeCheck().judge(criterion("C3.28"), site);

        assertThat(v.status()).as("C3.28, .VnTime page").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isEqualTo(0.25);
        assertThat(v.evidence().get(0).url()).endsWith("/lich-su");
        assertThat(v.evidence().get(0).snippet()).contains(".VnTime");
    }

    @Test
    void aTcvn3FontOnALoopbackPortalIsNotMetOnUnicodeAlone() {
        var site = PortalFixture.in(run).at(URI.create("http://127.0.0.1:8080/"))
                .page("/", "<main><h1>Trang chủ</h1></main>").page("/lich-su", OLD_PAGE).build();

        Verdict v = new UnicodeCheck().judge(criterion("C3.28"), site);

        assertThat(v.status()).as("C3.28, loopback host, .VnTime page").isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("không đánh giá quy tắc tên miền");
    }

    @Test
    void vniMojibakeInTheTextIsNotUnicode() {
        var site = PortalFixture.in(run).at(URI.create("http://127.0.0.1:8080/"))
                .page("/", "<main><h1>Trang chủ</h1></main>")
                .page("/thong-bao-cu", "<main><h1>Thông báo</h1><p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</p></main>").build();

        Verdict v = new UnicodeCheck().judge(criterion("C3.28"), site);

        assertThat(v.status()).as("C3.28, VNI text without a font marker").isEqualTo(Status.NOT_MET);
        assertThat(v.evidence().get(0).snippet()).contains("Vieät Nam");
    }
}
