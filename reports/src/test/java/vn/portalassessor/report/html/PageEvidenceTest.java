package vn.portalassessor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: an evidence URL reads as words, links as cited, and leads to its archived copy. */
class PageEvidenceTest {

    @Test
    void aSearchUrlIsShownDecoded() {
        PageEvidence p = new PageEvidence("http://127.0.0.1:43617/Pages/TimKiem.aspx?k=H%E1%BB%99i+ngh%E1%BB%8B+t%E1%BB%95ng+k%E1%BA%BFt",
                "", "", List.of(), "");

        assertThat(p.shownUrl()).isEqualTo("http://127.0.0.1:43617/Pages/TimKiem.aspx?k=Hội nghị tổng kết");
    }

    @Test
    void theArchivedCopyIsAddressedByTheRecordsUuid() {
        assertThat(PageEvidence.archiveHref("../../", "tinh-son-lam", "<urn:uuid:1b9a8821-62ed-4958-a7c3-57d3d2917ecf>"))
                .isEqualTo("../../archive/tinh-son-lam/1b9a8821-62ed-4958-a7c3-57d3d2917ecf");
        assertThat(PageEvidence.archiveHref("../../", "tinh-son-lam", "<urn:other:1>")).as("no copy to link").isEmpty();
    }
}
