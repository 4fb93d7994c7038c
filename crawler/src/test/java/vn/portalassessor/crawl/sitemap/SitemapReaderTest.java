package vn.portalassessor.crawl.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A sitemap is read within the protocol's limits, streaming, whatever the file claims (issue 14, row 8). */
class SitemapReaderTest {

    private static final URI SITEMAP = URI.create("https://stp.hanoi.gov.vn/sitemap.xml");

    @Test
    void moreThanFiftyMegabytesOfUncompressedXmlIsCutThere() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(gz), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>https://stp.hanoi.gov.vn/gioi-thieu</loc></url>");
            String padding = " ".repeat(1 << 20);
            for (int i = 0; i < 60; i++) {
                w.write(padding);
            }
            w.write("<url><loc>https://stp.hanoi.gov.vn/sau-50-mb</loc></url></urlset>");
        }

        SitemapReader.Listing listing = SitemapReader.read(SITEMAP, gz.toByteArray(), "application/x-gzip", 300);

        assertThat(gz.size()).as("a small file on the wire").isLessThan(200_000);
        assertThat(listing.pages()).containsExactly("https://stp.hanoi.gov.vn/gioi-thieu");
        assertThat(listing.cut()).isEqualTo("tệp sơ đồ trang quá 50 MB khi giải nén, chỉ đọc phần đầu");
    }

    @Test
    void sitemapIndexListsItsChildrenAndPlainTextSitemapsAreRead() {
        String index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                + "https://stp.hanoi.gov.vn/sitemap-tin-tuc.xml</loc></sitemap></sitemapindex>";
        SitemapReader.Listing children = SitemapReader.read(SITEMAP, index.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(children.childSitemaps()).containsExactly("https://stp.hanoi.gov.vn/sitemap-tin-tuc.xml");
        assertThat(children.pages()).isEmpty();

        String text = "https://stp.hanoi.gov.vn/gioi-thieu\n\nhttps://stp.hanoi.gov.vn/lien-he\n";
        assertThat(SitemapReader.read(SITEMAP, text.getBytes(StandardCharsets.UTF_8), "text/plain").pages())
                .containsExactly("https://stp.hanoi.gov.vn/gioi-thieu", "https://stp.hanoi.gov.vn/lien-he");
    }

    @Test
    void externalEntitiesAreNotFetchedAndAMalformedFileKeepsWhatCameBefore() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>https://stp.hanoi.gov.vn/a</loc></url><url><loc>&x;</loc></url></urlset>";
        assertThat(SitemapReader.read(SITEMAP, xxe.getBytes(StandardCharsets.UTF_8), "application/xml").pages())
                .noneMatch(p -> p.contains("root:"));
        String cut = "<urlset><url><loc>https://stp.hanoi.gov.vn/a</loc></url><url><loc>https://stp.hanoi.gov.vn/b</loc></url><url><lo";
        assertThat(SitemapReader.read(SITEMAP, cut.getBytes(StandardCharsets.UTF_8), "application/xml").pages())
                .containsExactly("https://stp.hanoi.gov.vn/a", "https://stp.hanoi.gov.vn/b");
    }
}
