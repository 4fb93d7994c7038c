package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.portalassessor.crawl.CrawlPolicy;

/** The crawl options added for issue 14 row 22 and issue 12 item 9 reach the crawl policy. */
class CrawlOptionsTest {

    private static CrawlPolicy policy(String... args) {
        return CommandLine.populateCommand(new CrawlOptions(), args).policy();
    }

    @Test
    void legacyTlsIsOffUnlessAskedFor() {
        assertThat(policy().legacyTls()).isFalse();
        assertThat(policy("--legacy-tls").legacyTls()).isTrue();
    }

    @Test
    void requestCapDefaultsToThreeTimesThePageBudgetAndAtLeast500More() {
        assertThat(policy("--max-pages-per-site", "300").maxRequestsPerSite()).isEqualTo(900);
        assertThat(policy("--max-pages-per-site", "20").maxRequestsPerSite()).isEqualTo(520);
        assertThat(policy("--max-pages-per-site", "20", "--max-requests-per-site", "40").maxRequestsPerSite()).isEqualTo(40);
    }

    @Test
    void requestCapBelowThePageBudgetIsAUsageError() {
        assertThatThrownBy(() -> policy("--max-pages-per-site", "300", "--max-requests-per-site", "100"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("max requests per site (100) must be at least the page budget (300)");
    }
}
