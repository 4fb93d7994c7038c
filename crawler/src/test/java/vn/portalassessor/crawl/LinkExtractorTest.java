package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.portalassessor.crawl.fetch.PageDecoder;

/** The links a crawled page leads to, resolved as a browser would resolve them (issue 4). */
class LinkExtractorTest {

    private static Document page(String html, String url) {
        return PageDecoder.parse(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", url);
    }

    @Test
    void relativeLinksResolveAgainstThePageItself() {
        Document page = page("""
                <html lang="vi"><body><a href="thu-tuc/cap-phep.html">Cấp giấy phép xây dựng</a>
                <a href="/gioi-thieu">Giới thiệu</a><area href="../so-do.html"><iframe src="/lich-cong-tac"></iframe>
                </body></html>""", "http://soxaydung.tinh.gov.vn/dich-vu-cong/index.html");

        assertThat(LinkExtractor.links(page)).extracting(LinkExtractor.Link::url).containsExactly(
                "http://soxaydung.tinh.gov.vn/dich-vu-cong/thu-tuc/cap-phep.html",
                "http://soxaydung.tinh.gov.vn/gioi-thieu",
                "http://soxaydung.tinh.gov.vn/so-do.html",
                "http://soxaydung.tinh.gov.vn/lich-cong-tac");
    }

    @Test
    void baseElementChangesWhereRelativeLinksLead() {
        Document page = page("""
                <html lang="vi"><head><base href="http://cms.tinh.gov.vn/portal/"><base href="/bo-qua/"></head>
                <body><a href="tin-tuc/hoi-nghi-tong-ket.html">Hội nghị tổng kết năm 2016</a></body></html>""",
                "http://tinh.gov.vn/trang-chu");

        assertThat(LinkExtractor.links(page)).extracting(LinkExtractor.Link::url)
                .containsExactly("http://cms.tinh.gov.vn/portal/tin-tuc/hoi-nghi-tong-ket.html");
    }

    @Test
    void linkTextFallsBackToItsTitle() {
        Document page = page("""
                <html lang="vi"><body><a href="/en" title="English"><img src="/flag-en.png"></a>
                <link rel="alternate" href="/rss/tin-tuc.rss"><link rel="stylesheet" href="/site.css"></body></html>""",
                "http://bvhcd.gov.vn/");

        assertThat(LinkExtractor.links(page)).extracting(LinkExtractor.Link::url, LinkExtractor.Link::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("http://bvhcd.gov.vn/en", "English"),
                org.assertj.core.groups.Tuple.tuple("http://bvhcd.gov.vn/rss/tin-tuc.rss", ""));
    }

    @Test
    void anImageLinkIsNamedByItsAltTextOrElseItsFileName() {
        Document page = page("""
                <html lang="vi"><body><div class="banner-right">
                <a href="https://dichvucong.thunghiem.gov.vn/"><img src="/Upload/banner/Cong-DVC-truc-tuyen.jpg?v=3" alt=""></a>
                <a href="https://motcua.thunghiem.gov.vn/"><img src="/images/b2.png" alt="Hệ thống một cửa điện tử"></a>
                </div></body></html>""", "https://thunghiem.gov.vn/");

        assertThat(LinkExtractor.links(page)).extracting(LinkExtractor.Link::text)
                .containsExactly("Cong DVC truc tuyen", "Hệ thống một cửa điện tử");
    }
}
