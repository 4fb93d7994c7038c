package vn.portalassessor.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.SiteStatus;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.selfreport.SelfReport;

@DisplayName("C3.01–C3.30 on a portal that could not be assessed")
class UnreachablePortalTest {

    @TempDir
    Path run;

    @ParameterizedTest(name = "crawl {0} → every category-3 criterion UNREACHABLE")
    @EnumSource(value = SiteStatus.class, names = {"UNREACHABLE", "BLOCKED"})
    void aPortalThatDidNotAnswerOrWalledUsOffIsUnreachableNeverNotMet(SiteStatus status) {
        var site = PortalFixture.in(run).status(status)
                .page("/", "<main><h1>Xác minh bạn không phải là robot</h1><p>Vui lòng bật JavaScript.</p></main>").build();

        Map<String, Judgement> judged = Evaluator.standard(PortalFixture.METHODOLOGY).judge(site, SelfReport.NONE);

        var portal = judged.entrySet().stream().filter(e -> e.getKey().startsWith("C3.")).toList();
        assertThat(portal).hasSizeGreaterThanOrEqualTo(29);
        assertThat(portal).allSatisfy(e -> assertThat(e.getValue().status()).as(e.getKey()).isEqualTo(Status.UNREACHABLE));
    }
}
