package vn.portalassessor.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.portalassessor.crawl.render.BrowserSettings;

/**
 * A real Selenium Grid for tests: the Grid server from Maven Central ({@code selenium-grid}, on the
 * test classpath) in {@code standalone} mode, in a child JVM listening on a free port of 127.0.0.1,
 * whose one node drives Debian's chromedriver and chromium (Selenium Manager is off and never
 * downloads). {@link #start} waits until the Grid says it is ready and fails, with the Grid's log,
 * when it does not become ready; {@link #close} stops the Grid and whatever browsers it left.
 */
final class SeleniumGridStandalone implements AutoCloseable {

    /** A loaded 2-core machine takes ~15 s to start the Grid; give it ten times that. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(150);

    private final Process process;
    private final Path log;
    private final URL url;
    /** Stops the Grid should the test JVM end without closing it (a killed or timed-out fork). */
    private final Thread stopOnExit;

    private SeleniumGridStandalone(Process process, Path log, URL url) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.stopOnExit = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }, "selenium-grid-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts the Grid with one session slot for Debian's chromium.
     *
     * @param workDir where the node configuration and the Grid's log are written
     */
    static SeleniumGridStandalone start(Path workDir) throws IOException, InterruptedException {
        String missing = BrowserSettings.local().missingLocalBrowser().orElse(null);
        if (missing != null) {
            throw new IllegalStateException("the Grid's node needs Debian's browser: " + missing);
        }
        Path config = workDir.resolve("grid-node.toml");
        Files.writeString(config, """
                [node]
                detect-drivers = false
                selenium-manager = false
                max-sessions = 1

                [[node.driver-configuration]]
                display-name = "Debian chromium"
                webdriver-executable = "%s"
                max-sessions = 1
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%s"}}'
                """.formatted(BrowserSettings.DEBIAN_CHROMEDRIVER, BrowserSettings.DEBIAN_CHROMIUM), StandardCharsets.UTF_8);
        int port = freePort();
        Path log = workDir.resolve("grid.log");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath, "org.openqa.selenium.grid.Main", "standalone",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--config", config.toString(),
                "--session-request-timeout", "120", "--session-timeout", "300"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SE_OFFLINE", "true");
        builder.environment().put("SE_AVOID_STATS", "true");
        SeleniumGridStandalone grid = new SeleniumGridStandalone(builder.start(), log,
                URI.create("http://127.0.0.1:" + port).toURL());
        try {
            grid.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    /** The Grid's address, for {@code --selenium-url}. */
    URL url() {
        return url;
    }

    /** What the Grid logged so far. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        URL status = URI.create(url + "/status").toURL();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Selenium Grid exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) status.openConnection();
                c.setConnectTimeout(2_000);
                c.setReadTimeout(5_000);
                String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (body.replace(" ", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the Selenium Grid was not ready within " + READY_WITHIN.toSeconds() + " s:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** Stops the Grid, then any chromedriver or chromium it started and did not stop. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.destroy();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or has run: nothing left to undo
        }
    }
}
