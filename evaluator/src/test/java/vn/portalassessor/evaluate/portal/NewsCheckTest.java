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

@DisplayName("C3.05 Tin tức, sự kiện")
class NewsCheckTest {

    private static final String MENU = "<nav><a href=\"/tin-tuc\">Tin tức &ndash; Sự kiện</a></nav>";

    @TempDir
    Path run;

    @Test
    void aNewsListWithDatedItemsIsMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>").page("/tin-tuc", MENU + """
                <main><h1>Tin tức - Sự kiện</h1><ul><li>Khánh thành cầu Phú Vân nối hai huyện miền núi phía tây tỉnh (22/12/2016)</li>
                <li>Ủy ban nhân dân tỉnh tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017 — Ngày 09 tháng 12 năm 2016</li></ul></main>""").build();

        Verdict v = new NewsCheck().judge(criterion("C3.05"), site);

        assertThat(v.status()).as("C3.05, two dated items").isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("22/12/2016");
        assertThat(v.evidence().get(0).url()).endsWith("/tin-tuc");
    }

    @Test
    void aNewsMenuLeadingToAPlaceholderIsNotMet() {
        var site = PortalFixture.in(run).page("/", MENU + "<main><h1>Trang chủ</h1></main>")
                .page("/tin-tuc", MENU + "<main><h1>Tin tức</h1><p>Chưa có nội dung</p></main>").build();

        Verdict v = new NewsCheck().judge(criterion("C3.05"), site);

        assertThat(v.status()).as("C3.05, placeholder").isEqualTo(Status.NOT_MET);
    }
}
