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

@DisplayName("C3.19 Dữ liệu đặc tả (metadata)")
class MetadataCheckTest {

    private static final String DC = """
            <meta name="DC.title" content="%s"><meta name="DC.creator" content="Văn phòng UBND tỉnh Thử Nghiệm">
            <meta name="DC.date" content="2016-12-20"><meta name="DC.language" content="vi">""";

    @TempDir
    Path run;

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>T</title>" + head + "</head><body>"
                + "<nav><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></nav>" + body + "</body></html>";
    }

    private static String article(String title) {
        return "<main><h1>" + title + "</h1><p>20/12/2016 - " + "Sáng nay, Ủy ban nhân dân tỉnh Thử Nghiệm tổ chức hội nghị "
                + "tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017 với sự tham dự của lãnh đạo các sở, ban, ngành, "
                + "Ủy ban nhân dân các huyện, thị xã, thành phố. ".repeat(2) + "</p></main>";
    }

    private PortalFixture portal(boolean articleMeta) {
        String list = "<main><h1>Tin tức - Sự kiện</h1><ul><li><a href=\"/tin-tuc/hoi-nghi-tong-ket\">Hội nghị tổng kết công tác năm 2016</a> (20/12/2016)</li>"
                + "<li><a href=\"/tin-tuc/ky-hop-thu-ba\">Kỳ họp thứ ba Hội đồng nhân dân tỉnh khóa X</a> (15/12/2016)</li></ul></main>";
        return PortalFixture.in(run)
                .page("/", page(DC.formatted("Trang chủ"), "<main><h1>Trang chủ</h1></main>"))
                .page("/tin-tuc", page("", list))
                .page("/tin-tuc/hoi-nghi-tong-ket", page(articleMeta ? DC.formatted("Hội nghị tổng kết") : "", article("Hội nghị tổng kết công tác năm 2016")))
                .page("/tin-tuc/ky-hop-thu-ba", page(articleMeta ? DC.formatted("Kỳ họp thứ ba") : "", article("Kỳ họp thứ ba Hội đồng nhân dân tỉnh khóa X")));
    }

    @Test
    void dublinCoreOnTheHomePageAndEveryArticleIsMet() {
        Verdict v = new MetadataCheck().judge(criterion("C3.19"), portal(true).build());

        assertThat(v.status()).as("C3.19, DC.* on home and articles").isEqualTo(Status.MET);
        assertThat(v.evidence()).anySatisfy(e -> {
            assertThat(e.url()).endsWith("/tin-tuc/hoi-nghi-tong-ket");
            assertThat(e.snippet()).contains("DC.title");
        });
    }

    @Test
    void dublinCoreOnTheHomePageAloneIsPartial() {
        Verdict v = new MetadataCheck().judge(criterion("C3.19"), portal(false).build());

        assertThat(v.status()).as("C3.19, DC.* on home only").isEqualTo(Status.PARTIAL);
        assertThat(v.value()).isEqualTo(0.5);
        assertThat(v.explanation()).contains("0/2 bài viết");
    }
}
