package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.render.BrowserProfiles;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.samples.SamplePortalServer;

/**
 * {@code assessor run} on the sample portals, killed while it takes the evidence screenshots: with
 * kill -9 the results and the report are already on disk, and the profiles it left (and any browser
 * still running on them) are removed by the next start; with an ordinary stop (SIGTERM) its shutdown hook
 * leaves no browser and no profile behind. The child JVM gets its own temporary folder, so no other
 * process's browsers are looked at. Needs chromium and chromedriver (scripts/install-deps.sh).
 */
class KillDuringScreenshotsIT {

    @TempDir
    Path dir;

    @Test
    void killedDuringScreenshotsTheResultsAreKeptAndTheNextStartRemovesTheBrowsersLeftBehind() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path run = dir.resolve("run");
        try (SamplePortalServer samples = SamplePortalServer.start()) {
            Process child = runUntilBrowsersStart(samples, tmp, run);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Assessment kept = ResultsJson.read(run.resolve("results.json"));
        assertThat(kept.agencies()).isNotEmpty();
        assertThat(run.resolve("report/index.html")).isRegularFile();
        assertThat(profiles(tmp)).as("profiles a kill -9 leaves behind").isNotEmpty();

        assertThat(BrowserProfiles.cleanStale(tmp)).as("stale profiles removed").isPositive();

        assertThat(chromiumUsing(tmp)).isEmpty();
        assertThat(profiles(tmp)).isEmpty();
    }

    @Test
    void stoppedDuringScreenshotsItsShutdownHookLeavesNoBrowserAndNoProfile() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path run = dir.resolve("run");
        try (SamplePortalServer samples = SamplePortalServer.start()) {
            Process child = runUntilBrowsersStart(samples, tmp, run);
            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        String log = Files.readString(dir.resolve("child.log"));
        assertThat(chromiumUsing(tmp)).isEmpty();
        assertThat(profiles(tmp)).as("profiles after the stop; the child's log ends: " + log.substring(Math.max(0, log.length() - 3000)))
                .isEmpty();
    }

    /**
     * Starts {@code assessor run} in a child JVM and returns once its results are written and its
     * browsers are still taking the screenshots.
     */
    private Process runUntilBrowsersStart(SamplePortalServer samples, Path tmp, Path run) throws Exception {
        Path all = samples.writeAgencyList(dir.resolve("all-agencies.csv"));
        // two agencies: enough evidence pages for the screenshot step to last, a short crawl before it
        Path agencies = Files.write(dir.resolve("agencies.csv"), Files.readAllLines(all).subList(0, 3));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), AssessorCommand.class.getName(),
                "run", "--agencies", agencies.toString(), "--out", run.toString(), "--allow-private-addresses",
                "--delay-ms", "0", "--max-pages-per-site", "60", "--screenshots", "on")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(400);
        while (child.isAlive() && System.nanoTime() < deadline
                && (chromiumUsing(tmp).isEmpty() || !Files.readString(log).contains("Còn chụp"))) {
            Thread.sleep(100);
        }
        assertThat(child.isAlive()).as("the child is taking screenshots when stopped; its log: " + Files.readString(log)).isTrue();
        // printed once the results are written, while the screenshots queued as agencies were evaluated go on
        assertThat(Files.readString(log)).as("stopped in the screenshot step").contains("Còn chụp");
        return child;
    }

    private static List<ProcessHandle> chromiumUsing(Path tmp) {
        String flag = "--user-data-dir=" + tmp.resolve("assessor-chromium-");
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.isAlive() && p.info().commandLine().map(c -> c.contains(flag)).orElse(false)).toList();
        }
    }

    private static List<Path> profiles(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("assessor-chromium-")).toList();
        }
    }
}
