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

@DisplayName("C3.30 Truy cập trên thiết bị di động")
class MobileCheckTest {

    @TempDir
    Path run;

    @Test
    void aLiferayViewportWithWidthLastIsMet() {
        var site = PortalFixture.in(run).page("/", """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
                <meta content="initial-scale=1.0, width=device-width" name="viewport"><title>Trang chủ</title></head>
                <body><main><h1>Trang chủ</h1></main></body></html>""").build();

        Verdict v = new MobileCheck().judge(criterion("C3.30"), site);

        assertThat(v.status()).as("C3.30, responsive viewport").isEqualTo(Status.MET);
        assertThat(v.evidence().get(0).selector()).contains("meta");
    }

    @Test
    void aFixedWidthTableLayoutWithoutViewportIsNotMet() {
        var site = PortalFixture.in(run).page("/", "<table width=\"980\"><tr><td><h1>Trang chủ</h1></td></tr></table>").build();

        Verdict v = new MobileCheck().judge(criterion("C3.30"), site);

        assertThat(v.status()).as("C3.30, no viewport").isEqualTo(Status.NOT_MET);
    }
}
