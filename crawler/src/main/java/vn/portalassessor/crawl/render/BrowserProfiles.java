package vn.portalassessor.crawl.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chromium profile folders the assessor creates, and the cleaning up after browsers a crash left
 * behind. Every profile is a temporary folder named {@value #PREFIX}… holding an owner file
 * ({@value #OWNER_FILE}: the creating JVM's pid and start time). When the JVM ends normally or on a
 * signal, a shutdown hook kills the browsers it started and removes their profiles;
 * after a {@code kill -9} nothing runs, so the next start looks for profiles whose owner is gone, kills
 * the Chromium processes still using them (and the orphaned chromedriver that started them) and
 * removes the folders. Folders without the owner file, or whose owner is alive, are never touched: they
 * are not the assessor's, or belong to another run in progress. Stateless apart from the once-per-JVM
 * flag.
 */
public final class BrowserProfiles {

    static final String PREFIX = "assessor-chromium-";
    static final String OWNER_FILE = "assessor-owner.txt";

    private static final Logger LOG = LoggerFactory.getLogger(BrowserProfiles.class);
    private static final AtomicBoolean CLEANED = new AtomicBoolean();
    private static final Set<Path> MINE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private BrowserProfiles() {
    }

    /**
     * Creates a fresh profile folder in the temporary folder, owned by this JVM; the first one also
     * registers the shutdown hook that kills this JVM's browsers and removes their profiles.
     */
    static Path create() throws IOException {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserProfiles::killMine, "assessor-browsers-stop"));
        }
        if (STOPPING.get()) {
            throw new IOException("the assessor is stopping: no new browser is started");
        }
        Path profile = Files.createTempDirectory(PREFIX);
        MINE.add(profile);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(profile.resolve(OWNER_FILE), self.pid() + " "
                + self.info().startInstant().map(Instant::toString).orElse("-") + "\n", StandardCharsets.US_ASCII);
        return profile;
    }

    /**
     * On JVM exit: kills every chromedriver and Chromium this JVM started (still its descendants, or
     * using one of its profiles — a browser still starting included) and removes the profiles.
     */
    static void killMine() {
        STOPPING.set(true);
        // twice: a browser that was starting when the first sweep ran is caught by the second
        sweepMine();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sweepMine();
    }

    private static void sweepMine() {
        List<ProcessHandle> browsers = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chromedriver") || c.contains("chromium")).orElse(false))
                .toList();
        browsers.forEach(ProcessHandle::destroyForcibly);
        awaitExit(browsers);
        for (Path profile : List.copyOf(MINE)) {
            killUsing(profile);
            delete(profile);
        }
    }

    /** Cleans stale profiles in the temporary folder, once per JVM (the first browser pool does it). */
    static void cleanStaleOnce() {
        if (CLEANED.compareAndSet(false, true)) {
            int n = cleanStale(Path.of(System.getProperty("java.io.tmpdir")));
            if (n > 0) {
                LOG.info("removed {} browser profile(s) left by an assessor that did not exit cleanly", n);
            }
        }
    }

    /**
     * Kills the browsers of profiles in {@code tmp} whose owner is no longer running and removes the
     * profiles; returns how many were removed.
     */
    public static int cleanStale(Path tmp) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                Path owner = dir.resolve(OWNER_FILE);
                if (Files.isDirectory(dir) && Files.isRegularFile(owner) && !ownerAlive(owner)) {
                    stale.add(dir);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {} for stale browser profiles", tmp, e);
            return 0;
        }
        for (Path dir : stale) {
            killUsing(dir);
            delete(dir);
        }
        return stale.size();
    }

    /** Kills every process started with {@code --user-data-dir=<profile>}, its descendants, and its chromedriver. */
    static void killUsing(Path profile) {
        String flag = "--user-data-dir=" + profile;
        List<ProcessHandle> doomed = new ArrayList<>();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.info().commandLine().map(c -> c.contains(flag)).orElse(false)).forEach(p -> {
                doomed.add(p);
                p.parent().filter(parent -> parent.info().command().map(c -> c.contains("chromedriver")).orElse(false))
                        .ifPresent(doomed::add);
            });
        }
        for (ProcessHandle p : doomed) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        awaitExit(doomed);
    }

    private static void awaitExit(List<ProcessHandle> processes) {
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("process {} did not end in time", p.pid());
            }
        }
    }

    /** Removes a profile folder (best effort: Chromium may still be writing as it dies). */
    static void delete(Path profile) {
        // Chromium keeps its singleton socket in a folder of its own under $TMPDIR, linked from the profile
        try {
            Path socket = profile.resolve("SingletonSocket");
            if (Files.isSymbolicLink(socket)) {
                Path folder = Files.readSymbolicLink(socket).getParent();
                if (folder != null && folder.getFileName().toString().startsWith("org.chromium.Chromium.")) {
                    try (Stream<Path> walk = Files.walk(folder)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("cannot delete the socket folder of {}", profile, e);
        }
        for (int attempt = 0; attempt < 10 && Files.exists(profile); attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("cannot delete browser profile {}", profile, e);
            }
        }
        if (!Files.exists(profile)) {
            MINE.remove(profile); // one still there is tried again at exit
        }
    }

    private static boolean ownerAlive(Path ownerFile) {
        try {
            String[] parts = Files.readString(ownerFile, StandardCharsets.US_ASCII).strip().split(" ");
            long pid = Long.parseLong(parts[0]);
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) {
                return false;
            }
            // a reused pid belongs to another process, started at another time
            return parts.length < 2 || parts[1].equals("-")
                    || p.get().info().startInstant().map(Instant::toString).map(parts[1]::equals).orElse(true);
        } catch (IOException | RuntimeException e) {
            return true; // unreadable: not sure it is stale, leave it
        }
    }
}
