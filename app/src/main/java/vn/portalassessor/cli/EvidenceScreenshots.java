package vn.portalassessor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.render.PageTimeoutException;
import vn.portalassessor.crawl.render.Screenshotter;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.warc.WarcArchive;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * The screenshot stage of a run: the page each MET criterion rests on first (its first page
 * evidence, the most telling) is captured once per outlined element (one page load for all of a
 * page's elements); further evidence keeps its URL and WARC record without a picture, which halves
 * the stage's time on the sample portals. Shots are saved under {@code evidence/<id>/screenshots/},
 * archived in the agency's WARC as a {@code resource} record concurrent to the page's response record
 * (target URI {@code screenshot:<page URL>}, as brozzler names them), and attached to the evidence. A
 * page that hangs or a browser that fails costs that screenshot only: the loss is written into the
 * agency's crawl notes, never retried.
 *
 * <p>A stage is opened once per run on the run's browser pool and fed one agency at a time, as soon
 * as that agency is evaluated, so screenshots are taken while other agencies are still crawled and
 * evaluated; one worker per pooled browser. {@link #finish} waits for what is queued and attaches it.
 * Thread-safe.
 */
final class EvidenceScreenshots implements AutoCloseable {

    /**
     * What the stage did.
     *
     * @param assessment the assessment with screenshots attached and failures noted
     * @param taken      screenshots saved
     * @param failed     screenshots that could not be taken (their page hung or the browser failed)
     * @param pages      distinct pages loaded
     * @param wall       wall-clock time from the stage's opening to its end
     * @param busy       sum of the time each screenshot took (browser load, capture, stamp)
     */
    record Outcome(Assessment assessment, int taken, int failed, int pages, Duration wall, Duration busy) {

        String summary() {
            if (taken + failed == 0) {
                return "Không có trang bằng chứng nào cần chụp.";
            }
            double seconds = Math.max(wall.toMillis(), 1) / 1000.0;
            return String.format(Locale.ROOT,
                    "Đã chụp %d ảnh từ %d trang (%d lỗi) trong %.1f s: %d ms mỗi ảnh trên một trình duyệt, %.0f trang/phút, %.0f ảnh/phút.",
                    taken, pages, failed, seconds, taken == 0 ? 0 : busy.toMillis() / taken, pages * 60 / seconds,
                    (taken + failed) * 60 / seconds);
        }
    }

    /** Told as screenshots are queued and as each page's are taken (or lost); called from the workers. */
    interface Progress {

        Progress NONE = new Progress() {
        };

        /** {@code shots} more screenshots are queued. */
        default void queued(int shots) {
        }

        /** {@code shots} screenshots of one page are done, taken or lost. */
        default void captured(int shots) {
        }
    }

    /** One page to capture: the evidence's URL, the element to outline, its response record. */
    private record Target(String agencyId, String url, String selector, String recordId) {

        String fileName() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(url.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update((selector == null ? "" : selector).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(sha.digest(), 0, 10) + ".png";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        String runPath() {
            return "evidence/" + agencyId + "/screenshots/" + fileName();
        }
    }

    private record Result(Target target, String path, String failure, Duration took) {
    }

    /**
     * Selenium warns through java.util.logging that it has no typed DevTools for Debian's newer
     * Chromium; screenshots use version-agnostic CDP commands, so the warning is noise. Held here so
     * the setting is not garbage-collected with the logger.
     */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        SELENIUM_DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Path runDir;
    private final Screenshotter shooter;
    private final Progress progress;
    private final ExecutorService workers;
    private final long start = System.nanoTime();
    /** Every target queued, by its file in the run, so a page and element asked for twice is captured once. */
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<Future<List<Result>>> pending = new ArrayList<>();
    private final Map<String, WarcArchive> archives = new ConcurrentHashMap<>();

    /**
     * Opens the stage on {@code browsers}, which stays the caller's (it is not closed with the stage).
     */
    EvidenceScreenshots(Path runDir, BrowserPool browsers, Progress progress) {
        this.runDir = runDir;
        this.shooter = new Screenshotter(browsers);
        this.progress = progress;
        this.workers = Executors.newFixedThreadPool(browsers.settings().browsers(), r -> {
            Thread t = new Thread(r, "screenshots");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes the screenshots of a whole assessment on a pool of its own, and returns it with them
     * attached: the stage on its own, for an assessment made elsewhere.
     */
    static Outcome take(Assessment assessment, Path runDir, BrowserSettings settings, CrawlPolicy policy, PrintStream out)
            throws IOException, InterruptedException {
        try (BrowserPool pool = new BrowserPool(settings, policy.addressGuard(), new HostThrottle(), policy.delayPerHost());
             EvidenceScreenshots stage = new EvidenceScreenshots(runDir, pool, Progress.NONE)) {
            int shots = 0;
            for (AgencyResult a : assessment.agencies()) {
                shots += stage.submit(a);
            }
            out.println("Chụp " + shots + " ảnh bằng chứng (" + settings.browsers() + " trình duyệt"
                    + settings.grid().map(g -> " trên Selenium Grid " + g).orElse("") + ")...");
            return stage.finish(assessment);
        }
    }

    /**
     * Queues the screenshots of one agency's MET criteria, one task per page; returns how many were
     * queued. The agency's statuses are final before ranking (a rank never changes a status), so an
     * agency may be submitted as soon as it is evaluated.
     */
    synchronized int submit(AgencyResult agency) {
        Map<String, List<Target>> byPage = new LinkedHashMap<>();
        for (CategoryResult c : agency.categories()) {
            for (CriterionResult r : c.criteria()) {
                if (r.status() != Status.MET) {
                    continue;
                }
                r.evidence().stream()
                        .filter(e -> e.url() != null && e.url().matches("(?i)https?://.*"))
                        .findFirst()
                        .map(e -> new Target(agency.id(), e.url(), e.selector(), e.warcRecordId()))
                        .filter(t -> targets.putIfAbsent(t.runPath(), t) == null)
                        .ifPresent(t -> byPage.computeIfAbsent(t.url(), k -> new ArrayList<>()).add(t));
            }
        }
        int shots = byPage.values().stream().mapToInt(List::size).sum();
        progress.queued(shots);
        for (List<Target> page : byPage.values()) {
            pending.add(workers.submit(() -> {
                try {
                    return capture(shooter, page, runDir, archives);
                } finally {
                    progress.captured(page.size());
                }
            }));
        }
        return shots;
    }

    /**
     * Waits for every queued screenshot and returns {@code assessment} with them attached and the
     * losses noted on their agencies.
     *
     * @throws IOException when a screenshot could not be written into the run
     */
    Outcome finish(Assessment assessment) throws IOException, InterruptedException {
        List<Future<List<Result>>> all;
        synchronized (this) {
            all = List.copyOf(pending);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (Future<List<Result>> f : all) {
            try {
                for (Result r : f.get()) {
                    results.put(r.target().runPath(), r);
                }
            } catch (ExecutionException e) {
                throw new IOException("the screenshot step failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        closeArchives();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration busy = results.values().stream().map(Result::took).reduce(Duration.ZERO, Duration::plus);
        int failed = (int) results.values().stream().filter(r -> r.failure() != null).count();
        long pages = results.values().stream().map(r -> r.target().agencyId() + " " + r.target().url()).distinct().count();
        return new Outcome(attach(assessment, results), results.size() - failed, failed, (int) pages, wall, busy);
    }

    /** Stops the workers (a screenshot being taken is abandoned) and closes the archives written to. */
    @Override
    public void close() throws IOException {
        workers.shutdownNow();
        closeArchives();
    }

    private void closeArchives() throws IOException {
        for (WarcArchive archive : archives.values()) {
            archive.close();
        }
        archives.clear();
    }

    /** Captures every element of one page in one page load; a failure costs that page's screenshots only. */
    private static List<Result> capture(Screenshotter shooter, List<Target> page, Path runDir,
                                        Map<String, WarcArchive> archives) throws IOException {
        long start = System.nanoTime();
        Target first = page.get(0);
        List<Screenshotter.Shot> shots;
        try {
            shots = shooter.captureEach(URI.create(first.url()), page.stream().map(Target::selector).toList());
        } catch (PageTimeoutException | IOException e) {
            Duration share = Duration.ofNanos((System.nanoTime() - start) / page.size());
            return page.stream().map(t -> new Result(t, null, e.getMessage(), share)).toList();
        }
        Path dir = RunLayout.screenshotDir(runDir, first.agencyId());
        Files.createDirectories(dir);
        WarcArchive archive = archives.computeIfAbsent(first.agencyId(), id ->
                new WarcArchive(RunLayout.evidenceDir(runDir, id), id, WarcArchive.DEFAULT_ROTATE_BYTES));
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Target t = page.get(i);
            Screenshotter.Shot shot = shots.get(i);
            Path tmp = dir.resolve(t.fileName() + ".tmp");
            Files.write(tmp, shot.png());
            Files.move(tmp, dir.resolve(t.fileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String concurrentTo = t.recordId() == null || t.recordId().isBlank() ? null : t.recordId();
            archive.writeResource(URI.create("screenshot:" + t.url()), shot.capturedAt(), "image/png", shot.png(),
                    concurrentTo);
            results.add(new Result(t, t.runPath(), null, shot.took()));
        }
        return results;
    }

    /**
     * Re-scoring a finished run fetches nothing, so it takes no screenshots: this gives MET evidence
     * back the screenshot the run took of the same page and element, when it is on disk.
     */
    static Assessment reattach(Assessment assessment, Path runDir) {
        Map<String, Result> existing = new LinkedHashMap<>();
        for (AgencyResult a : assessment.agencies()) {
            for (CategoryResult c : a.categories()) {
                for (CriterionResult r : c.criteria()) {
                    for (Evidence e : r.evidence()) {
                        Target t = new Target(a.id(), e.url(), e.selector(), e.warcRecordId());
                        if (r.status() == Status.MET && e.url() != null && Files.isRegularFile(runDir.resolve(t.runPath()))) {
                            existing.put(t.runPath(), new Result(t, t.runPath(), null, Duration.ZERO));
                        }
                    }
                }
            }
        }
        return attach(assessment, existing);
    }

    /** The assessment with each captured evidence's screenshot set and each failure noted on its agency. */
    private static Assessment attach(Assessment assessment, Map<String, Result> results) {
        List<AgencyResult> agencies = new ArrayList<>();
        for (AgencyResult a : assessment.agencies()) {
            List<CategoryResult> categories = new ArrayList<>();
            for (CategoryResult c : a.categories()) {
                List<CriterionResult> criteria = new ArrayList<>();
                for (CriterionResult r : c.criteria()) {
                    if (r.status() != Status.MET) {
                        criteria.add(r);
                        continue;
                    }
                    List<Evidence> evidence = new ArrayList<>();
                    for (Evidence e : r.evidence()) {
                        Result shot = results.get(new Target(a.id(), e.url(), e.selector(), e.warcRecordId()).runPath());
                        evidence.add(shot != null && shot.path() != null ? e.withScreenshot(shot.path()) : e);
                    }
                    criteria.add(r.withEvidence(evidence));
                }
                categories.add(new CategoryResult(c.id(), c.name(), c.points(), c.maxPoints(), c.index(), c.rank(),
                        c.rankOf(), c.level(), criteria));
            }
            List<String> notes = new ArrayList<>(a.crawl().notes());
            results.values().stream()
                    .filter(r -> r.target().agencyId().equals(a.id()) && r.failure() != null)
                    .map(r -> "Không chụp được ảnh " + r.target().url() + ": " + r.failure())
                    .sorted()
                    .forEach(notes::add);
            CrawlInfo crawl = new CrawlInfo(a.crawl().pagesFetched(), a.crawl().errors(), a.crawl().status(), notes);
            agencies.add(new AgencyResult(a.id(), a.name(), a.group(), a.portalUrl(), crawl, categories, a.overall(), a.services()));
        }
        return new Assessment(assessment.schemaVersion(), assessment.methodology(), assessment.assessmentDate(), agencies);
    }
}
