package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.render.BrowserSettings;

/** The crawl options added for issue 14 row 22, issue 12 item 9 and issue 15 (Grid behind the guard) reach the crawl. */
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

    private static BrowserSettings browsers(String... args) {
        return CommandLine.populateCommand(new CrawlOptions(), args).browserSettings();
    }

    @Test
    void gridBrowsersGoThroughTheProxyBoundWhereGiven() {
        BrowserSettings settings = browsers("--selenium-url", "http://127.0.0.1:4444/wd/hub", "--browser-proxy", "127.0.0.1:3128");

        assertThat(settings.grid()).isPresent();
        assertThat(settings.proxy()).hasValueSatisfying(p -> {
            assertThat(p.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(p.getPort()).isEqualTo(3128);
        });
    }

    @Test
    void withoutTheOptionTheProxyStaysOnLoopbackForLocalBrowsers() {
        assertThat(browsers().proxy()).isEmpty();
        assertThat(browsers("--selenium-url", "http://127.0.0.1:4444").proxy()).isEmpty();
    }

    @Test
    void browserProxyWithoutAGridIsAUsageError() {
        assertThatThrownBy(() -> policy("--browser-proxy", "127.0.0.1:3128"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("is for a Selenium Grid's browsers: give --selenium-url too");
    }

    @Test
    void browserProxyMustBeAConcreteAddressOfThisMachineWithAPort() {
        String grid = "http://127.0.0.1:4444";
        assertThatThrownBy(() -> policy("--selenium-url", grid, "--browser-proxy", "10.0.0.5"))
                .isInstanceOf(UsageException.class).hasMessageContaining("takes ADDR:PORT, e.g. 10.0.0.5:3128, not \"10.0.0.5\"");
        assertThatThrownBy(() -> policy("--selenium-url", grid, "--browser-proxy", "127.0.0.1:70000"))
                .isInstanceOf(UsageException.class).hasMessageContaining("takes ADDR:PORT");
        assertThatThrownBy(() -> policy("--selenium-url", grid, "--browser-proxy", "0.0.0.0:3128"))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs the address Grid nodes reach this machine at, not 0.0.0.0");
        // 192.0.2.0/24 is TEST-NET-1: never an address of this machine
        assertThatThrownBy(() -> policy("--selenium-url", grid, "--browser-proxy", "192.0.2.10:3128"))
                .isInstanceOf(UsageException.class).hasMessageContaining("192.0.2.10 is not an address of this machine");
    }
}
