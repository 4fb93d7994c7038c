package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;

/**
 * A portal that speaks only TLS 1.0 (issue 14, row 22): without {@code --legacy-tls} it is
 * UNREACHABLE with the reason "chỉ hỗ trợ TLS 1.0"; with it, the page is fetched and archived and
 * the same finding recorded. Each crawl runs in a child JVM ({@link LegacyTlsPortal}); the server's
 * key is made here with the JDK's keytool.
 */
class LegacyTlsTest {

    @TempDir
    Path dir;
    private Path keystore;

    @BeforeEach
    void makeKey() throws Exception {
        keystore = dir.resolve("portal.p12");
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "portal",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit"));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command + " finishes").isTrue();
        assertThat(p.exitValue()).as(command + " failed:\n" + out).isZero();
        return out;
    }

    private String crawl(Path run, boolean legacyTls) throws Exception {
        return run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LegacyTlsPortal.class.getName(),
                keystore.toString(), run.toString(), String.valueOf(legacyTls)));
    }

    @Test
    void withoutTheOptionTheAgencyIsUnreachableBecauseItSpeaksOnlyTls10() throws Exception {
        String out = crawl(dir.resolve("run"), false);

        assertThat(out).contains("status=UNREACHABLE");
        assertThat(out).containsPattern("note=không truy cập được https://localhost:\\d+/: .*máy chủ chỉ hỗ trợ TLS 1\\.0 "
                + "\\(giao thức cũ, không an toàn\\); chạy lại với --legacy-tls để vẫn thu thập");
    }

    @Test
    void withLegacyTlsThePageIsFetchedAndTheFindingRecorded() throws Exception {
        Path run = dir.resolve("run");
        String out = crawl(run, true);

        assertThat(out).contains("status=OK");
        assertThat(out).contains("note=máy chủ localhost chỉ hỗ trợ TLS 1.0 (giao thức cũ, không an toàn): thu thập nhờ --legacy-tls");
        Capture home = PageStore.open(run, "ubnd-huyen").captures().stream()
                .filter(c -> c.url().getPath().equals("/")).findFirst().orElseThrow();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.detail()).contains("máy chủ chỉ hỗ trợ TLS 1.0");
        assertThat(PageStore.open(run, "ubnd-huyen").page(home.url()).orElseThrow().document().title())
                .isEqualTo("Ủy ban nhân dân huyện");
    }
}
