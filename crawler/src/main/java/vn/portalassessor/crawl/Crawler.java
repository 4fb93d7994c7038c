package vn.portalassessor.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.portalassessor.crawl.fetch.HttpFetcher;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * The crawler's front door: crawls agencies' sites into a run directory, agencies and their hosts side by side,
 * and opens live page sources for the evaluator's probes. One instance per run; it owns the HTTP
 * client, so close it at the end. Thread-safe.
 *
 * <pre>{@code
 * try (Crawler crawler = Crawler.create(CrawlPolicy.polite())) {
 *     List<CrawlSummary> done = crawler.crawlAll(targets, runDir, false, CrawlListener.NONE);
 * }
 * }</pre>
 */
public final class Crawler implements Closeable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final CrawlPolicy policy;
    private final HttpFetcher fetcher;
    /** Hosts' pauses; the browser pool's own when there is one, so rendering and fetching share them. */
    private final HostThrottle throttle;
    private final BrowserPool browsers;
    /** Requests in flight over the whole run, every agency's hosts together; fair, so who asked first goes first. */
    private final java.util.concurrent.Semaphore connections;
    /**
     * What accessibility scans run on: the run's browser pool when there is one, else one local browser
     * of the crawler's own started by the first scan; empty when chromium is missing.
     */
    private Optional<AccessibilityScanner> accessibility;

    private Crawler(CrawlPolicy policy, BrowserPool browsers) {
        this.policy = policy;
        this.fetcher = HttpFetcher.create(policy);
        this.browsers = browsers;
        this.throttle = browsers == null ? new HostThrottle() : browsers.throttle();
        this.connections = new java.util.concurrent.Semaphore(policy.maxConnections(), true);
    }

    /** A crawler without browsers: script-built menus are read from the scripts' text. */
    public static Crawler create(CrawlPolicy policy) {
        return new Crawler(policy, null);
    }

    /**
     * A crawler that renders pages whose navigation is built by scripts in {@code browsers} (when
     * the policy says so) and scans pages for accessibility there, so that a run's browsers are
     * shared by every stage that needs one. The pool is the caller's: it is not closed with the crawler.
     *
     * @param browsers a browser pool, or null for none
     */
    public static Crawler create(CrawlPolicy policy, BrowserPool browsers) {
        return new Crawler(policy, browsers);
    }

    public CrawlPolicy policy() {
        return policy;
    }

    /**
     * Crawls every target and writes each summary to {@code crawl-state/<id>/summary.json}. With
     * {@code resume}, each agency continues from its capture index instead of starting over.
     * Agencies start largest expected work first ({@link #largestFirst}); at most
     * {@link CrawlPolicy#maxConnections()} are open at once, and that many requests are in flight at
     * most over all of them. Each agency's hosts are crawled side by side.
     */
    public List<CrawlSummary> crawlAll(List<CrawlTarget> targets, Path runDir, boolean resume, CrawlListener listener)
            throws InterruptedException {
        return crawlAll(targets, t -> 0, runDir, resume, listener);
    }

    /**
     * As {@link #crawlAll(List, Path, boolean, CrawlListener)}, with what the caller knows of each
     * agency's size before crawling (e.g. the pages a previous run fetched), larger first. Summaries
     * come back in the targets' order.
     */
    public List<CrawlSummary> crawlAll(List<CrawlTarget> targets, java.util.function.ToIntFunction<CrawlTarget> expectedPages,
                                       Path runDir, boolean resume, CrawlListener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(policy.maxConnections(), Math.max(1, targets.size())),
                r -> {
                    Thread t = new Thread(r, "crawl");
                    t.setDaemon(true);
                    return t;
                });
        try {
            java.util.Map<CrawlTarget, Future<CrawlSummary>> futures = new java.util.IdentityHashMap<>();
            for (CrawlTarget target : largestFirst(targets, expectedPages)) {
                futures.put(target, pool.submit(() -> crawl(target, runDir, resume, listener)));
            }
            List<CrawlSummary> summaries = new ArrayList<>();
            for (CrawlTarget target : targets) {
                try {
                    summaries.add(futures.get(target).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException("a crawl failed: " + cause, cause);
                }
            }
            return summaries;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The order agencies start in: what is known before crawling, largest first, so the agency that
     * sets the run's finish is not the one listed last. By the caller's expected pages (a previous
     * run's count), then by seeds (a declared online-service site is a second host to crawl), then
     * by links named to follow to other hosts; ties keep the file's order.
     */
    static List<CrawlTarget> largestFirst(List<CrawlTarget> targets, java.util.function.ToIntFunction<CrawlTarget> expectedPages) {
        return targets.stream()
                .sorted(java.util.Comparator.comparingInt(expectedPages).reversed()
                        .thenComparing(java.util.Comparator.comparingInt((CrawlTarget t) -> t.seeds().size()).reversed())
                        .thenComparing(java.util.Comparator.comparingInt((CrawlTarget t) -> t.followLinksNamed().size()).reversed()))
                .toList();
    }

    /** Crawls one agency and writes its summary. */
    public CrawlSummary crawl(CrawlTarget target, Path runDir, boolean resume, CrawlListener listener)
            throws InterruptedException, IOException {
        Path state = RunLayout.crawlStateDir(runDir, target.id());
        if (!resume && Files.exists(RunLayout.captureIndex(runDir, target.id()))) {
            throw new IllegalStateException(state + " already holds a crawl of " + target.id()
                    + "; resume it or choose another output directory");
        }
        CrawlSummary summary;
        java.time.Instant started = java.time.Instant.now();
        try (AgencyCrawl crawl = new AgencyCrawl(target, runDir, policy, fetcher, throttle, connections, browsers)) {
            summary = crawl.run(listener);
        } catch (RuntimeException e) {
            // the agency's crawl state could not be opened or closed: that agency ends, the run goes on
            summary = new CrawlSummary(target.id(), SiteStatus.UNREACHABLE, 0, 0,
                    List.of("thu thập không chạy được: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())),
                    started, java.time.Instant.now());
        }
        writeSummary(runDir, summary);
        listener.finished(target, summary); // its archive is closed and its summary written: it may be evaluated
        return summary;
    }

    /** The summary a finished crawl wrote, if any. */
    public static Optional<CrawlSummary> readSummary(Path runDir, String agencyId) {
        Path file = RunLayout.summary(runDir, agencyId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), CrawlSummary.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crawl summary " + file, e);
        }
    }

    /**
     * A live page source for one agency's probes: fetched politely within the agency's scope,
     * archived to its WARC and recorded in its capture index. Close it when the probes are done.
     */
    public LiveSource liveSource(CrawlTarget target, Path runDir) {
        return new LiveSource(new AgencyCrawl(target, runDir, policy, fetcher, throttle, connections, browsers),
                AccessibilityScanner.reportFile(runDir, target.id()), this::accessibilityScanner);
    }

    private synchronized Optional<AccessibilityScanner> accessibilityScanner() {
        if (accessibility == null) {
            accessibility = browsers != null ? Optional.of(new AccessibilityScanner(browsers))
                    : AccessibilityScanner.local(fetcher.guard(), throttle, policy.delayPerHost());
        }
        return accessibility;
    }

    private static void writeSummary(Path runDir, CrawlSummary summary) throws IOException {
        Path file = RunLayout.summary(runDir, summary.id());
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), summary);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        fetcher.close();
        synchronized (this) {
            if (accessibility != null) {
                accessibility.ifPresent(AccessibilityScanner::close);
            }
        }
    }

    /** A {@link PageSource} that fetches. One thread at a time. */
    public static final class LiveSource implements PageSource, Closeable {

        private final AgencyCrawl crawl;
        private final Path scansFile;
        private final List<AccessibilityScanner.Report> scans = new ArrayList<>();
        private final java.util.function.Supplier<Optional<AccessibilityScanner>> scanner;

        private LiveSource(AgencyCrawl crawl, Path scansFile, java.util.function.Supplier<Optional<AccessibilityScanner>> scanner) {
            this.crawl = crawl;
            this.scansFile = scansFile;
            this.scanner = scanner;
        }

        /** Scans live and keeps every scan in the run directory, so re-scoring reads them back. */
        @Override
        public Optional<AccessibilityScanner.Report> accessibility(URI url) {
            Optional<AccessibilityScanner.Report> report = scanner.get().flatMap(s -> s.tryScan(url));
            report.ifPresent(r -> {
                scans.add(r);
                try {
                    AccessibilityScanner.save(scansFile, scans);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot keep the accessibility scans in " + scansFile, e);
                }
            });
            return report;
        }

        @Override
        public Optional<StoredPage> page(URI url) {
            if (!crawl.inScope(url)) {
                return Optional.empty();
            }
            try {
                return crawl.fetchPage(url, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public void close() throws IOException {
            crawl.close();
        }
    }

}
