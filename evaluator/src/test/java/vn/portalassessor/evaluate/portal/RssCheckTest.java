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

@DisplayName("C3.24 RSS")
class RssCheckTest {

    @TempDir
    Path run;

    @Test
    void anAnnouncedRssFeedWithItemsIsMet() {
        var site = PortalFixture.in(run).page("/", """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title>
                <link rel="alternate" type="application/rss+xml" title="Tin tức – Sự kiện" href="/rss/tin-tuc.rss"></head>
                <body><main><h1>Trang chủ</h1></main></body></html>""")
                .file("/rss/tin-tuc.rss", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức</title>
                <item><title>Khánh thành cầu Phú Vân</title><link>https://tinhthunghiem.gov.vn/tin-tuc/1</link></item>
                <item><title>Tổng kết công tác năm 2016</title><link>https://tinhthunghiem.gov.vn/tin-tuc/2</link></item>
                </channel></rss>""").build();

        Verdict v = new RssCheck().judge(criterion("C3.24"), site);

        assertThat(v.status()).as("C3.24, RSS 2.0 with 2 items").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).snippet()).contains("application/rss+xml");
        assertThat(v.evidence().get(1).url()).endsWith("/rss/tin-tuc.rss");
    }

    @Test
    void noFeedLinkAnywhereIsNotMet() {
        var site = PortalFixture.in(run).page("/", "<main><h1>Trang chủ</h1><p>Bản tin nội bộ phát hành hằng tuần.</p></main>").build();

        Verdict v = new RssCheck().judge(criterion("C3.24"), site);

        assertThat(v.status()).as("C3.24, no feed").isEqualTo(Status.NOT_MET);
    }
}
