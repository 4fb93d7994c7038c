package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.22 Chức năng tìm kiếm")
class SiteSearchCheckTest {

    private static final String HEADLINE = "Khánh thành cầu Phú Vân nối hai huyện miền núi";
    private static final String HOME = """
            <form action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form>
            <main><h1>Trang chủ</h1><a href="/tin-tuc/cau-phu-van">%s</a></main>""".formatted(HEADLINE);

    @TempDir
    Path run;

    /** A live source that answers the search with the given results page (served from the archive). */
    private static PageSource liveAnswering(SiteEvidence[] holder, String resultsPath) {
        return new PageSource() {
            @Override
            public Optional<StoredPage> page(URI url) {
                return holder[0].store().page(holder[0].agency().portalUrl().resolve(resultsPath));
            }

            @Override
            public boolean live() {
                return true;
            }
        };
    }

    @Test
    void aSearchThatReturnsTheArticleIsMet() {
        SiteEvidence[] holder = new SiteEvidence[1];
        holder[0] = PortalFixture.in(run).page("/", HOME)
                .page("/tin-tuc/cau-phu-van", "<main><h1>" + HEADLINE + "</h1><p>Sáng 22/12/2016...</p></main>")
                .page("/ket-qua", "<main><h1>Kết quả tìm kiếm</h1><a href=\"/tin-tuc/cau-phu-van\">" + HEADLINE + "</a></main>")
                .build(liveAnswering(holder, "/ket-qua"));

        Verdict v = new SiteSearchCheck().judge(criterion("C3.22"), holder[0]);

        assertThat(v.status()).as("C3.22, search finds the headline").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).snippet()).isEqualTo(HEADLINE);
    }

    @Test
    void aSearchBoxThatAlwaysAnswersNoResultsIsNotMet() {
        SiteEvidence[] holder = new SiteEvidence[1];
        holder[0] = PortalFixture.in(run).page("/", HOME)
                .page("/tin-tuc/cau-phu-van", "<main><h1>" + HEADLINE + "</h1><p>Sáng 22/12/2016...</p></main>")
                .page("/ket-qua", "<main><h1>Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả nào</p></main>")
                .build(liveAnswering(holder, "/ket-qua"));

        Verdict v = new SiteSearchCheck().judge(criterion("C3.22"), holder[0]);

        assertThat(v.status()).as("C3.22, empty search").isEqualTo(Status.NOT_MET);
    }

    @Test
    void reScoringWithoutTheResultsPageInTheArchiveNeedsReview() {
        var site = PortalFixture.in(run).page("/", HOME)
                .page("/tin-tuc/cau-phu-van", "<main><h1>" + HEADLINE + "</h1><p>Sáng 22/12/2016...</p></main>").build();

        Verdict v = new SiteSearchCheck().judge(criterion("C3.22"), site);

        assertThat(v.status()).as("C3.22, archive without the probe").isEqualTo(Status.NEEDS_REVIEW);
    }

    @Test
    @DisplayName("an article whose headline is a styled <div>, named by its <title> and breadcrumb, is searched for → MET")
    void anArticleNamedOnlyByItsTitleAndBreadcrumbIsTheHeadlineToSearch() {
        String headline = "Khai mạc triển lãm ảnh Biển đảo quê hương tại Nhà văn hóa tỉnh";
        String site = " - Trang thông tin điện tử Thông tấn xã Phương Nam";
        SiteEvidence[] holder = new SiteEvidence[1];
        holder[0] = PortalFixture.in(run)
                .page("/", "<html><head><title>Trang chủ" + site + "</title></head><body>"
                        + "<form class=\"tim\" action=\"/seek/\"><input name=\"q\" title=\"Từ khóa\"><input type=\"submit\" value=\"Tìm\"></form>"
                        + "<div class=\"tin-moi\"><a href=\"/news/tin-1-121.html\">" + headline + "</a></div></body></html>")
                .page("/news/tin-1-121.html", "<html><head><title>" + headline + site + "</title></head><body>"
                        + "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <span>" + headline + "</span></div>"
                        + "<div class=\"article-title\">" + headline + "</div><div class=\"bodytext\"><p>Ngày 20/12/2016, "
                        + "triển lãm ảnh nghệ thuật về biển đảo khai mạc với hơn 120 tác phẩm.</p></div></body></html>")
                .page("/seek/ket-qua", "<html><head><title>Tìm kiếm" + site + "</title></head><body><div class=\"ket-qua\">"
                        + "<a href=\"/news/tin-1-121.html\">" + headline + "</a></div></body></html>")
                .build(liveAnswering(holder, "/seek/ket-qua"));

        Verdict v = new SiteSearchCheck().judge(criterion("C3.22"), holder[0]);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains(headline);
    }
}
