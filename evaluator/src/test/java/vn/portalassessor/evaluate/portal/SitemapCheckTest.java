package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

@DisplayName("C3.23 Sơ đồ cổng")
class SitemapCheckTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://tinhthunghiem.gov.vn/</loc></url></urlset>""";

    @TempDir
    Path run;

    @Test
    void aSitemapPageListingTheSectionsIsMet() {
        String links = IntStream.rangeClosed(1, 12).mapToObj(i -> "<li><a href=\"/muc-" + i + "\">Chuyên mục " + i + "</a></li>")
                .collect(Collectors.joining());
        var site = PortalFixture.in(run).page("/", "<footer><a href=\"/so-do-cong\">Sơ đồ cổng</a></footer><main><h1>Trang chủ</h1></main>")
                .page("/so-do-cong", "<footer><a href=\"/so-do-cong\">Sơ đồ cổng</a></footer><main><h1>Sơ đồ cổng</h1><ul>" + links + "</ul></main>")
                .build();

        Verdict v = new SitemapCheck().judge(criterion("C3.23"), site);

        assertThat(v.status()).as("C3.23, sitemap page").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).snippet()).contains("12 liên kết");
    }

    @Test
    /** §8: "a sitemap page and/or a working sitemap.xml" (this test said PARTIAL before §8 was written). */
    void aWorkingSitemapXmlAloneIsMet() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1></main>")
                .file("/sitemap.xml", "application/xml", XML).build();

        Verdict v = new SitemapCheck().judge(criterion("C3.23"), site);

        assertThat(v.status()).as("C3.23, sitemap.xml only").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).url()).endsWith("/sitemap.xml");
    }
}
