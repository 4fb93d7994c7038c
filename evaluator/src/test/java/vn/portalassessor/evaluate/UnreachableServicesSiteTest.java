package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.selfreport.SelfReport;

/**
 * A services site that cannot be reached makes every category-4 criterion that depends on it
 * UNREACHABLE with the reason, never NOT_MET (methodology §8), like a portal that cannot be reached; an
 * agency with no services site at all stays NOT_MET. Issue 12.
 */
@DisplayName("C4 khi cổng dịch vụ công không truy cập được")
class UnreachableServicesSiteTest {

    private static final String HOME = """
            <header><a href="/"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Thử Nghiệm"></a></header>
            <main><h1>Cổng thông tin điện tử tỉnh Thử Nghiệm</h1><p>Tin tức, sự kiện nổi bật trong tỉnh.</p></main>""";
    private static final List<String> CRAWLED = List.of("C4.01", "C4.02", "C4.03", "C4.04", "C4.05", "C4.06", "C4.07");

    @TempDir
    Path run;

    private static Map<String, Judgement> judge(SiteEvidence site) {
        return Evaluator.standard(PortalFixture.METHODOLOGY).judge(site, SelfReport.NONE);
    }

    @Test
    @DisplayName("a declared services URL refusing connections → C4.01–C4.07 UNREACHABLE, saying so")
    void aDeclaredServicesSiteRefusingConnectionsIsUnreachable() {
        SiteEvidence site = PortalFixture.in(run).services(URI.create("https://dichvucong.tinhthunghiem.gov.vn/"))
                .page("/", HOME)
                .unanswered("https://dichvucong.tinhthunghiem.gov.vn/", "REFUSED", "Connection refused")
                .build();

        Map<String, Judgement> judged = judge(site);

        assertThat(CRAWLED).allSatisfy(id -> {
            assertThat(judged.get(id).status()).as(id + ": " + judged.get(id).explanation()).isEqualTo(Status.UNREACHABLE);
            assertThat(judged.get(id).explanation()).contains("dichvucong.tinhthunghiem.gov.vn", "từ chối kết nối");
        });
    }

    @Test
    @DisplayName("a services site found from the portal whose name does not resolve → UNREACHABLE (DNS)")
    void aDiscoveredServicesSiteWhoseNameDoesNotResolveIsUnreachable() {
        SiteEvidence site = PortalFixture.in(run)
                .page("/", HOME.replace("</main>", "<p><a href=\"https://dvc.tinhthunghiem.gov.vn/\">"
                        + "<img src=\"/images/banner-dich-vu-cong.png\"></a></p></main>"))
                .unanswered("https://dvc.tinhthunghiem.gov.vn/", "DNS", "dvc.tinhthunghiem.gov.vn: Name or service not known")
                .build();

        Judgement c401 = judge(site).get("C4.01");

        assertThat(c401.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(c401.explanation()).contains("không phân giải được tên miền");
    }

    @Test
    @DisplayName("a services site that answers only a bot challenge → UNREACHABLE (chặn truy cập tự động)")
    void aServicesSiteBehindABotWallIsUnreachable() {
        SiteEvidence site = PortalFixture.in(run).services(URI.create("https://motcua.tinhthunghiem.gov.vn/"))
                .page("/", HOME)
                .page("https://motcua.tinhthunghiem.gov.vn/", """
                        <!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
                        <div id="cf-challenge-running">Checking your browser before accessing motcua.tinhthunghiem.gov.vn.</div>
                        </body></html>""")
                .build();

        Map<String, Judgement> judged = judge(site);

        assertThat(CRAWLED).allSatisfy(id -> assertThat(judged.get(id).status()).as(id).isEqualTo(Status.UNREACHABLE));
        assertThat(judged.get("C4.05").explanation()).contains("chặn truy cập tự động");
    }

    @Test
    @DisplayName("no services site at all (none declared, none found) → NOT_MET \"Không tìm thấy…\"")
    void anAgencyWithoutAnyServicesSiteIsNotMet() {
        SiteEvidence site = PortalFixture.in(run).page("/", HOME).build();

        Map<String, Judgement> judged = judge(site);

        assertThat(CRAWLED).allSatisfy(id -> assertThat(judged.get(id).status()).as(id).isEqualTo(Status.NOT_MET));
        assertThat(judged.get("C4.04").explanation()).startsWith("Không tìm thấy");
    }

    @Test
    @DisplayName("a self-reported C4.04 count does not replace UNREACHABLE; it is kept beside it")
    void aSelfReportedCountDoesNotReplaceAnUnreachableVerdict() throws Exception {
        SiteEvidence site = PortalFixture.in(run).services(URI.create("https://dichvucong.tinhthunghiem.gov.vn/"))
                .page("/", HOME)
                .unanswered("https://dichvucong.tinhthunghiem.gov.vn/", "TIMEOUT", "read timed out after 30 s")
                .build();
        Path csv = java.nio.file.Files.writeString(run.resolve("tu-bao-cao.csv"),
                "agency_id,criterion_id,value,note\ntinh-thu-nghiem,C4.04,12,số DVC mức độ 3 tự báo cáo\n");
        SelfReport report = vn.portalassessor.selfreport.SelfReportReader.read(csv, PortalFixture.METHODOLOGY,
                java.util.Set.of("tinh-thu-nghiem"));

        Judgement c404 = Evaluator.standard(PortalFixture.METHODOLOGY).judge(site, report).get("C4.04");

        assertThat(c404.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(c404.explanation()).contains("hết thời gian chờ", "số liệu tự báo cáo: 12");
        assertThat(c404.reported()).isEqualTo(12.0);
    }
}
