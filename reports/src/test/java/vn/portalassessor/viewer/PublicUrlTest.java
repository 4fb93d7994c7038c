package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13: the viewer's public address, kept so that access links are complete. */
class PublicUrlTest {

    @TempDir
    Path run;

    @Test
    void linksUseTheRecordedAddressWithATrailingSlash() throws Exception {
        PublicUrl.save(run, PublicUrl.parse("https://danhgia.mic.gov.vn/2016"));

        assertThat(PublicUrl.link(run, "report/agency/tinh-son-lam.html", "abc"))
                .isEqualTo("https://danhgia.mic.gov.vn/2016/report/agency/tinh-son-lam.html?token=abc");
    }

    @Test
    void withoutAnAddressALinkIsTheBarePath() {
        assertThat(PublicUrl.link(run, "report/agency/tinh-son-lam.html", "abc"))
                .isEqualTo("/report/agency/tinh-son-lam.html?token=abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"danhgia.mic.gov.vn", "ftp://danhgia.mic.gov.vn/", "https://danhgia.mic.gov.vn/?a=1",
            "https://danhgia.mic.gov.vn/#x", "http://"})
    void refusesWhatIsNotAnHttpAddress(String text) {
        assertThatThrownBy(() -> PublicUrl.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }
}
