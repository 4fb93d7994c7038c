package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portalassessor.crawl.fetch.PageDecoder;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * A charset nobody can use (unknown, UTF-7, a control character in its name) does not make a portal
 * unreachable: the page is fetched, archived and read as browsers read it, declared → byte-order
 * mark → UTF-8 → windows-1258, and the fallback is noted (issue 14, row 9).
 */
class CharsetFallbackTest {

    private static final String TITLE = "Cổng thông tin điện tử Sở Tư pháp";
    @TempDir
    Path run;

    /** The title with its tone marks as combining characters, as windows-1258 writes them. */
    private static final String TITLE_1258 = "Cô\u0309ng thông tin điê\u0323n tư\u0309 Sơ\u0309 Tư pha\u0301p";

    private static byte[] page(Charset charset) {
        String title = charset.name().equals("windows-1258") ? TITLE_1258 : TITLE;
        return ("<!DOCTYPE html><html lang=\"vi\"><head><title>" + title + "</title></head><body>"
                + "<h1>Văn bản</h1></body></html>").getBytes(charset);
    }

    private CrawlSummary crawl(RawHttpServer server) throws Exception {
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .responseTimeout(Duration.ofSeconds(5)).build();
        try (Crawler crawler = Crawler.create(policy)) {
            return crawler.crawl(new CrawlTarget("so-tu-phap", List.of(URI.create(server.base() + "/")), List.of()),
                    run, false, CrawlListener.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-charset", "utf-7", "utf-\u00018", "x-user-defined\u0007"})
    void unusableHeaderCharsetStillGivesTheArchivedPageReadAsUtf8WithTheFallbackNoted(String charset) throws Exception {
        try (RawHttpServer server = new RawHttpServer()) {
            server.answer("/", "HTTP/1.1 200 OK", List.of("Content-Type: text/html; charset=" + charset),
                    page(StandardCharsets.UTF_8));

            CrawlSummary summary = crawl(server);

            assertThat(summary.status()).as(summary.notes().toString()).isEqualTo(SiteStatus.OK);
            StoredPage home = PageStore.open(run, "so-tu-phap").page(URI.create(server.base() + "/")).orElseThrow();
            assertThat(home.document().title()).isEqualTo(TITLE);
            assertThat(summary.notes()).anyMatch(n -> n.startsWith("bảng mã khai báo") && n.contains("đọc bằng UTF-8"));
        }
    }

    @Test
    void unknownCharsetOverLegacyVietnameseBytesFallsBackToWindows1258() throws Exception {
        Charset legacy = Charset.forName("windows-1258");
        try (RawHttpServer server = new RawHttpServer()) {
            server.answer("/", "HTTP/1.1 200 OK", List.of("Content-Type: text/html; charset=vn-tcvn-nobody-knows"),
                    page(legacy));

            CrawlSummary summary = crawl(server);

            assertThat(summary.status()).isEqualTo(SiteStatus.OK);
            StoredPage home = PageStore.open(run, "so-tu-phap").page(URI.create(server.base() + "/")).orElseThrow();
            assertThat(java.text.Normalizer.normalize(home.document().title(), java.text.Normalizer.Form.NFC)).isEqualTo(TITLE);
            assertThat(summary.notes()).anyMatch(n -> n.contains("\"vn-tcvn-nobody-knows\"") && n.contains("windows-1258"));
        }
    }

    @Test
    void browsersOrderIsByteOrderMarkThenDeclarationThenUtf8ThenWindows1258() {
        byte[] utf8 = page(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(PageDecoder.charsetOf(bom, "text/html; charset=windows-1258").charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.charsetOf(page(Charset.forName("windows-1258")), "text/html; charset=windows-1258"))
                .isEqualTo(new PageDecoder.Choice(Charset.forName("windows-1258"), ""));
        byte[] metaUtf7 = ("<html><head><meta charset=\"utf-7\"><title>+ADw-script+AD4-</title></head></html>")
                .getBytes(StandardCharsets.US_ASCII);
        PageDecoder.Choice choice = PageDecoder.charsetOf(metaUtf7, "text/html");
        assertThat(choice.charset()).as("UTF-7 is never used").isEqualTo(StandardCharsets.UTF_8);
        assertThat(choice.fallback()).contains("\"utf-7\"");
        assertThat(PageDecoder.charsetOf(utf8, null)).isEqualTo(new PageDecoder.Choice(StandardCharsets.UTF_8, ""));
        assertThat(PageDecoder.charsetOf(page(Charset.forName("windows-1258")), null).charset().name()).isEqualTo("windows-1258");
    }
}
