package vn.portalassessor.crawl.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the next start does after a run was killed with its browsers open: only profiles this tool made
 * (the prefix and an owner file) whose owner is gone are cleaned, and the processes still using them
 * are killed. A process started with {@code --user-data-dir=<profile>} stands for the orphaned Chromium.
 */
class BrowserProfilesTest {

    @TempDir
    Path tmp;

    @Test
    void aProfileWhoseOwnerDiedIsRemovedAndTheBrowserStillUsingItKilled() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(10, TimeUnit.SECONDS);
        Path stale = Files.createDirectories(tmp.resolve(BrowserProfiles.PREFIX + "1111"));
        Files.writeString(stale.resolve(BrowserProfiles.OWNER_FILE), dead.pid() + " "
                + dead.info().startInstant().map(Instant::toString).orElse("-") + "\n", StandardCharsets.US_ASCII);
        Files.writeString(stale.resolve("Local State"), "{}");
        Process orphan = new ProcessBuilder("bash", "-c", "sleep 300; exit 0", "chromium", "--user-data-dir=" + stale).start();

        ProcessHandle self = ProcessHandle.current();
        Path live = Files.createDirectories(tmp.resolve(BrowserProfiles.PREFIX + "2222"));
        Files.writeString(live.resolve(BrowserProfiles.OWNER_FILE), self.pid() + " "
                + self.info().startInstant().map(Instant::toString).orElse("-") + "\n", StandardCharsets.US_ASCII);
        Path foreign = Files.createDirectories(tmp.resolve(BrowserProfiles.PREFIX + "3333"));

        try {
            assertThat(BrowserProfiles.cleanStale(tmp)).isEqualTo(1);

            assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the orphaned browser is killed").isTrue();
            assertThat(stale).doesNotExist();
            assertThat(live).as("a profile of a running assessor").isDirectory();
            assertThat(foreign).as("a folder without the owner file is not ours").isDirectory();
        } finally {
            orphan.destroyForcibly();
        }
    }
}
