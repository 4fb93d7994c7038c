package vn.portalassessor.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.crawl.fetch.ChallengeDetector;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.fetch.HttpFetcher;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.scope.CrawlScope;
import vn.portalassessor.crawl.scope.DuplicateContentFilter;
import vn.portalassessor.crawl.scope.TrapDetector;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.sitemap.SitemapReader;
import vn.portalassessor.crawl.store.ArchiveRecovery;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * One agency's crawl: breadth-first from its seeds and sitemaps, within its scope and limits,
 * skipping crawler traps and duplicate opaque pages, taking script-built menus' links too. Each URL
 * is fetched by {@link SiteFetch} (robots, politeness, retries, redirects) and recorded by the
 * {@link EvidenceLog}. Reopening an agency's crawl (resume, or a later probe by the evaluator) picks
 * up its capture index, so no finished page is fetched again.
 *
 * <p>Scheduling by host: the frontier keeps one queue per host (portal, online-service site, any
 * host a named link added), and each host has {@link CrawlPolicy#maxConnectionsPerHost()} workers,
 * so an agency's hosts are crawled at the same time and a slow page holds one of its host's
 * connections, not the host. The host's delay between request starts and the run's connection cap
 * are kept by the {@link HostThrottle}. The workers share one lock, held for everything but the wait
 * for a host's turn and its answer; a page counts against the agency's page and request budgets
 * from the moment it is asked for, so two pages in flight never overshoot them. Thread-safe.
 */
final class AgencyCrawl implements Closeable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgencyCrawl.class);

    private static final int MAX_SITEMAP_FILES = 5;
    /** Levels of sitemap index followed: an index and the sitemaps it lists. */
    private static final int MAX_SITEMAP_DEPTH = 2;
    private static final int MAX_URLS_PER_SHAPE = 60;

    private record Queued(URI url, int depth) {
    }

    /** Queued URLs, one queue per host in first-queued order. Guarded by the agency lock. */
    private static final class Frontier {
        private final Map<String, Deque<Queued>> byHost = new java.util.LinkedHashMap<>();
        private int size;

        void add(Queued q) {
            byHost.computeIfAbsent(vn.portalassessor.crawl.scope.CrawlScope.authority(q.url()), h -> new ArrayDeque<>()).add(q);
            size++;
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void removeIf(java.util.function.Predicate<Queued> drop) {
            for (Deque<Queued> queue : byHost.values()) {
                int before = queue.size();
                queue.removeIf(drop);
                size -= before - queue.size();
            }
        }

        Queued peek(String host) {
            Deque<Queued> queue = byHost.get(host);
            return queue == null ? null : queue.peek();
        }

        Queued poll(String host) {
            Deque<Queued> queue = byHost.get(host);
            Queued q = queue == null ? null : queue.poll();
            if (q != null) {
                size--;
            }
            return q;
        }

        Set<String> hosts() {
            return byHost.keySet();
        }
    }

    /** Held by whichever of the agency's workers is not waiting for an answer. */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    /** Signalled whenever a page is done: links were queued, budget freed, or the crawl ended. */
    private final java.util.concurrent.locks.Condition changed = lock.newCondition();
    /** Pages asked for whose answer is not in yet. Guarded by the lock. */
    private int inFlight;
    /** Pages asked for by host whose answer is not in yet. Guarded by the lock. */
    private final Map<String, Integer> inFlightByHost = new HashMap<>();
    /** How the frontier crawl ended, null while it goes on. Guarded by the lock. */
    private SiteStatus ended;
    /** What stopped a worker unexpectedly; ends the agency like an error of the single-threaded crawl did. */
    private Throwable workerFailure;
    private final CrawlTarget target;
    private final Path runDir;
    private final CrawlPolicy policy;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private final CrawlScope scope;
    private final Set<URI> seen = new HashSet<>();
    private final List<Capture> previous;
    private final EvidenceLog log;
    private final SiteFetch fetch;
    private final TrapDetector traps = new TrapDetector(MAX_URLS_PER_SHAPE);
    private final DuplicateContentFilter duplicates = new DuplicateContentFilter();
    private final ScriptNavigation scripts;
    private final Set<String> trapNotes = new HashSet<>();
    /** Links as written (absolute) whose canonical form is already seen: skipped without canonicalising. */
    private final Set<String> linksDone = new HashSet<>();
    private int duplicatePages;
    /** The home page fetched by the first check, whose links start the crawl. */
    private StoredPage pendingHome;
    /** The home page's URL as asked for, before any redirect. */
    private URI homeAsked;

    AgencyCrawl(CrawlTarget target, Path runDir, CrawlPolicy policy, HttpFetcher fetcher, HostThrottle throttle,
                java.util.concurrent.Semaphore connections, BrowserPool browsers) {
        this.target = target;
        this.runDir = runDir;
        this.policy = policy;
        this.scope = new CrawlScope(target.seeds());
        this.previous = new java.util.ArrayList<>(CaptureIndex.read(RunLayout.captureIndex(runDir, target.id())));
        List<Capture> recovered = previous.isEmpty() && !java.nio.file.Files.isDirectory(RunLayout.evidenceDir(runDir, target.id()))
                ? List.of()
                : ArchiveRecovery.recover(RunLayout.evidenceDir(runDir, target.id()),
                        previous.stream().map(Capture::recordId).collect(java.util.stream.Collectors.toSet()),
                        previous.isEmpty() ? 0 : previous.get(previous.size() - 1).depth());
        previous.addAll(recovered);
        Map<URI, Capture> byUrl = new HashMap<>();
        int answered = 0;
        int pages = 0;
        int requests = 0;
        for (Capture c : previous) {
            seen.add(c.url());
            byUrl.put(c.url(), c);
            if (c.answered()) {
                answered++;
                requests++;
                if (EvidenceLog.isPage(c.status())) {
                    pages++;
                }
            } else if (EvidenceLog.wasRequested(c.failure())) {
                requests++;
            }
        }
        this.log = new EvidenceLog(target.id(), runDir, policy.maxResponseBytes(), answered, pages, requests);
        recovered.forEach(log::recovered);
        if (!recovered.isEmpty()) {
            log.note(recovered.size() + " trang có trong tệp WARC nhưng chưa vào chỉ mục (bị ngắt): khôi phục, không tải lại");
        }
        this.fetch = new SiteFetch(policy, fetcher, throttle, connections, lock, log, scope, canonicalizer, seen, byUrl,
                PageStore.open(runDir, target.id()));
        this.scripts = policy.renderScriptNavigation() ? new ScriptNavigation(browsers) : null;
    }

    /** Crawls until the frontier is empty or a limit is hit. */
    CrawlSummary run(CrawlListener listener) throws InterruptedException {
        lock.lock();
        try {
            return runLocked(listener);
        } finally {
            lock.unlock();
        }
    }

    private CrawlSummary runLocked(CrawlListener listener) throws InterruptedException {
        Instant started = Instant.now();
        listener.started(target);
        Frontier frontier = new Frontier();
        boolean resumed = !previous.isEmpty();
        if (resumed) {
            log.note("tiếp tục lượt thu thập trước: " + log.fetched() + " trang đã có");
            requeueFromCaptures(frontier);
        }
        for (URI seed : target.seeds()) {
            canonicalizer.canonical(seed).filter(seen::add).ifPresent(u -> frontier.add(new Queued(u, 0)));
        }
        SiteStatus status;
        try {
            status = checkHome(resumed);
            if (pendingHome != null) {
                // fetched by the check, the home seed and the page it redirects to alike: not twice
                frontier.removeIf(q -> q.url().equals(pendingHome.url()) || q.url().equals(homeAsked));
            }
            if (status == SiteStatus.OK) {
                if (!resumed) {
                    addSitemapSeeds(frontier);
                }
                status = crawlFrontier(frontier, listener, started);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // one agency's broken site (or a defect it exposes) ends that agency, never the whole run
            LOG.warn("{}: crawl ended by {}", target.id(), e.toString(), e);
            log.note("thu thập dừng vì lỗi không lường trước: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (" + log.fetched() + " trang đã lưu)");
            status = SiteStatus.UNREACHABLE;
        }
        if (log.documents() > 0) {
            log.note(log.documents() + " tài liệu (pdf, doc, xls...) được lưu kèm loại và kích thước, không phân tích");
        }
        if (duplicatePages > 0) {
            log.note(duplicatePages + " trang WebSphere trùng nội dung dưới địa chỉ khác: không theo liên kết của chúng");
        }
        CrawlSummary summary = new CrawlSummary(target.id(), status, log.fetched(), log.errors(), log.notes(), started,
                Instant.now());
        return summary;
    }

    /**
     * Fetches one URL now (following redirects within scope), archives and records it; used by the
     * crawl loop and by the evaluator's probes. Empty when there was no answer or robots.txt forbids it.
     */
    Optional<StoredPage> fetchPage(URI url, int depth) throws InterruptedException {
        lock.lock();
        try {
            return fetch.page(canonicalizer.canonical(url).orElse(url), depth);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the crawl may reach this URL at all. */
    boolean inScope(URI url) {
        lock.lock();
        try {
            return canonicalizer.canonical(url).map(scope::contains).orElse(false);
        } finally {
            lock.unlock();
        }
    }

    private SiteStatus checkHome(boolean resumed) throws InterruptedException {
        if (resumed) {
            return SiteStatus.OK;
        }
        Optional<URI> canonicalHome = canonicalizer.canonical(target.seeds().get(0));
        if (canonicalHome.isEmpty()) {
            log.note("địa chỉ trang chủ không dùng được: " + target.seeds().get(0));
            return SiteStatus.UNREACHABLE;
        }
        URI home = canonicalHome.get();
        homeAsked = home;
        seen.add(home);
        Optional<StoredPage> page = fetch.page(home, 0);
        Capture last = log.last();
        FetchedResponse response = fetch.lastResponse();
        if (page.isEmpty()) {
            if (last != null && "ROBOTS_DISALLOWED".equals(last.failure())) {
                log.note("robots.txt cấm thu thập trang chủ " + home);
                return SiteStatus.BLOCKED;
            }
            if (last != null && "ROBOTS_UNAVAILABLE".equals(last.failure())) {
                log.note("không truy cập được " + home + ": " + last.detail());
                return SiteStatus.UNREACHABLE;
            }
            log.note("không truy cập được " + home + (last == null ? "" : ": " + last.failure() + " " + last.detail()));
            return SiteStatus.UNREACHABLE;
        }
        if (response != null && ChallengeDetector.isWall(response)) {
            log.note("trang chủ trả về trang chặn/kiểm tra bot (HTTP " + response.status() + ")");
            return SiteStatus.BLOCKED;
        }
        pendingHome = page.get();
        return SiteStatus.OK;
    }

    /**
     * Crawls the frontier with {@link CrawlPolicy#maxConnectionsPerHost()} workers per host, started
     * as hosts appear, until it is empty or a limit is hit. Called with the lock held; waits on it.
     */
    private SiteStatus crawlFrontier(Frontier frontier, CrawlListener listener, Instant started)
            throws InterruptedException {
        if (pendingHome != null) {
            enqueueLinks(pendingHome, 0, frontier, true);
            listener.fetched(target, pendingHome.url(), pendingHome.capture().status(), log.pages(), policy.maxPagesPerSite());
        }
        Instant deadline = started.plus(policy.maxWallTimePerSite());
        Map<String, List<Thread>> workers = new java.util.LinkedHashMap<>();
        boolean interrupted = false;
        try {
            while (ended == null) {
                for (String host : List.copyOf(frontier.hosts())) {
                    workers.computeIfAbsent(host, h -> startWorkers(h, frontier, listener, deadline));
                }
                if (workers.isEmpty() && frontier.isEmpty()) {
                    ended = SiteStatus.OK;
                    break;
                }
                changed.await(1, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
            throw e;
        } finally {
            if (ended == null) {
                ended = SiteStatus.PARTIAL; // interrupted: the workers stop at their next turn
            }
            changed.signalAll();
            List<Thread> all = workers.values().stream().flatMap(List::stream).toList();
            lock.unlock();
            try {
                for (Thread t : all) {
                    if (interrupted) {
                        t.interrupt();
                    }
                    t.join();
                }
            } finally {
                lock.lock();
            }
        }
        if (workerFailure instanceof RuntimeException e) {
            throw e;
        }
        if (workerFailure instanceof StackOverflowError e) {
            throw e;
        }
        if (workerFailure != null) {
            throw new IllegalStateException(workerFailure);
        }
        return ended == SiteStatus.OK && fetch.hostStoppedAny() ? SiteStatus.PARTIAL : ended;
    }

    private List<Thread> startWorkers(String host, Frontier frontier, CrawlListener listener, Instant deadline) {
        List<Thread> started = new java.util.ArrayList<>();
        for (int i = 0; i < policy.maxConnectionsPerHost(); i++) {
            Thread t = new Thread(() -> work(host, frontier, listener, deadline), "crawl-" + target.id() + "-" + host + "-" + i);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        return started;
    }

    /** One of a host's workers: takes the host's next URL while the budgets allow, until the crawl ends. */
    private void work(String host, Frontier frontier, CrawlListener listener, Instant deadline) {
        lock.lock();
        try {
            while (ended == null) {
                Queued next = frontier.peek(host);
                if (next == null) {
                    if (inFlight == 0 && frontier.isEmpty()) {
                        end(SiteStatus.OK);
                        return;
                    }
                    awaitChange(deadline);
                } else if (Instant.now().isAfter(deadline)) {
                    log.note("hết thời gian " + describe(policy.maxWallTimePerSite()) + " cho một cơ quan; còn "
                            + frontier.size() + " liên kết chưa thu thập");
                    end(SiteStatus.PARTIAL);
                } else if (log.pages() + inFlight >= policy.maxPagesPerSite()) {
                    if (inFlight == 0) {
                        log.note("đạt giới hạn " + policy.maxPagesPerSite() + " trang; còn " + frontier.size()
                                + " liên kết chưa thu thập");
                        end(SiteStatus.PARTIAL);
                    } else {
                        awaitChange(deadline); // a page in flight may come back as no page
                    }
                } else if (log.requests() + inFlight >= policy.maxRequestsPerSite()) {
                    if (inFlight == 0) {
                        log.note("đạt giới hạn " + policy.maxRequestsPerSite() + " yêu cầu (" + log.pages() + " trang, "
                                + (log.requests() - log.pages()) + " liên kết hỏng, chuyển hướng hoặc lỗi); còn "
                                + frontier.size() + " liên kết chưa thu thập");
                        end(SiteStatus.PARTIAL);
                    } else {
                        awaitChange(deadline);
                    }
                } else if (fetch.hostFailing(next.url()) && inFlightByHost.getOrDefault(host, 0) > 0) {
                    awaitChange(deadline); // a failing host is asked one request at a time
                } else {
                    frontier.poll(host);
                    if (fetch.hostStopped(next.url())) {
                        continue;
                    }
                    inFlight++;
                    inFlightByHost.merge(host, 1, Integer::sum);
                    Optional<StoredPage> page;
                    try {
                        page = fetch.page(next.url(), next.depth());
                    } finally {
                        inFlight--;
                        inFlightByHost.merge(host, -1, Integer::sum);
                        changed.signalAll();
                    }
                    if (page.isPresent()) {
                        listener.fetched(target, page.get().url(), page.get().capture().status(), log.pages(),
                                policy.maxPagesPerSite());
                        enqueueLinks(page.get(), next.depth(), frontier, true);
                    }
                }
            }
        } catch (InterruptedException e) {
            end(SiteStatus.PARTIAL);
        } catch (RuntimeException | StackOverflowError e) {
            if (workerFailure == null) {
                workerFailure = e;
            }
            end(SiteStatus.UNREACHABLE);
        } finally {
            lock.unlock();
        }
    }

    private void awaitChange(Instant deadline) throws InterruptedException {
        long left = Duration.between(Instant.now(), deadline).toNanos();
        changed.awaitNanos(Math.max(1_000_000, Math.min(left, 1_000_000_000L)));
    }

    private void end(SiteStatus status) {
        if (ended == null) {
            ended = status;
        }
        changed.signalAll();
    }

    private static String describe(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " phút" : d.toSeconds() + " giây";
    }

    private void enqueueLinks(StoredPage page, int depth, Frontier frontier, boolean mayRender) {
        if (depth >= policy.maxDepth() || !page.capture().isHtmlPage()) {
            return;
        }
        if (DuplicateContentFilter.isOpaque(page.url().toString())
                && !duplicates.isNew(page.url().toString(), page.document().text())) {
            duplicatePages++;
            return;
        }
        List<LinkExtractor.Link> links = new java.util.ArrayList<>(LinkExtractor.links(page.document()));
        if (scripts != null) {
            Optional<ScriptNavigation.Found> built = mayRender
                    ? scripts.links(page.document(), page.url(), links)
                    : Optional.of(new ScriptNavigation.Found(
                            ScriptNavigation.scriptUrls(page.document(), links).stream()
                                    .map(u -> new LinkExtractor.Link(u, "")).toList(), "đọc từ mã JavaScript"));
            built.ifPresent(found -> {
                if (mayRender && found.links().size() > 0 && trapNotes.add("script:" + found.how())) {
                    log.note("menu dựng bằng JavaScript tại " + page.url() + ": " + found.links().size()
                            + " liên kết, " + found.how());
                }
                links.addAll(found.links());
            });
        }
        for (LinkExtractor.Link link : links) {
            if (linksDone.contains(link.url())) {
                continue; // a menu link met on every page: its canonical form is already seen
            }
            Optional<URI> url = canonicalizer.canonical(link.url());
            if (url.isEmpty()) {
                continue;
            }
            if (seen.contains(url.get())) {
                linksDone.add(link.url());
            }
            if (!scope.contains(url.get()) && depth <= 1 && NamedSiteLinks.follows(target.followLinksNamed(), link.text(), url.get())) {
                scope.add(url.get());
                log.note("mở rộng phạm vi theo liên kết \"" + link.text().strip() + "\": " + url.get());
            }
            if (!scope.contains(url.get()) || seen.contains(url.get())) {
                continue;
            }
            Optional<String> trap = traps.check(url.get());
            if (trap.isPresent()) {
                seen.add(url.get());
                if (trapNotes.add(trap.get())) {
                    log.note("bẫy thu thập, bỏ qua: " + trap.get() + " (" + url.get() + ")");
                }
                continue;
            }
            seen.add(url.get());
            linksDone.add(link.url());
            frontier.add(new Queued(url.get(), depth + 1));
        }
    }

    /**
     * On resume: the links of every page already archived and the pages of every sitemap already
     * archived, read back from the archive (no rendering, nothing fetched).
     */
    private void requeueFromCaptures(Frontier frontier) {
        PageStore store = PageStore.open(runDir, target.id());
        for (Capture c : store.captures()) {
            if (c.isHtmlPage()) {
                store.page(c.url()).ifPresent(p -> enqueueLinks(p, c.depth(), frontier, false));
            } else if (c.status() == 200 && c.contentType().toLowerCase(java.util.Locale.ROOT).contains("xml")
                    && c.url().getPath().toLowerCase(java.util.Locale.ROOT).contains("sitemap")) {
                store.page(c.url()).ifPresent(p -> SitemapReader.read(c.url(), p.body(), c.contentType(),
                                Math.max(0, policy.maxPagesPerSite() - log.pages() - frontier.size())).pages()
                        .forEach(page -> canonicalizer.canonical(page).filter(scope::contains).filter(seen::add)
                                .ifPresent(u -> frontier.add(new Queued(u, 1)))));
            }
        }
    }

    /**
     * Queues the pages the host's sitemaps list: those named in robots.txt and {@code /sitemap.xml},
     * following a sitemap index at most {@value #MAX_SITEMAP_DEPTH} levels deep and reading at most
     * {@value #MAX_SITEMAP_FILES} files, never queuing more pages than the agency's page budget can
     * still fetch. Every cut is noted.
     */
    private void addSitemapSeeds(Frontier frontier) throws InterruptedException {
        record Pending(String url, int level) {
        }
        Set<String> sitemapUrls = new java.util.LinkedHashSet<>();
        for (URI seed : target.seeds()) {
            sitemapUrls.addAll(fetch.robots().sitemaps(seed));
            sitemapUrls.add(seed.resolve("/sitemap.xml").toString());
        }
        int files = 0;
        int queued = 0;
        int skippedFiles = 0;
        Deque<Pending> pending = new ArrayDeque<>();
        sitemapUrls.forEach(u -> pending.add(new Pending(u, 0)));
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            Optional<URI> url = canonicalizer.canonical(next.url()).filter(scope::contains);
            if (url.isEmpty() || seen.contains(url.get())) {
                continue;
            }
            int room = policy.maxPagesPerSite() - log.pages() - queued;
            if (files >= MAX_SITEMAP_FILES || room <= 0) {
                skippedFiles++;
                continue;
            }
            seen.add(url.get());
            files++;
            Optional<StoredPage> sitemap = fetch.page(url.get(), 0);
            if (sitemap.isEmpty() || sitemap.get().capture().status() != 200) {
                continue;
            }
            SitemapReader.Listing listing = SitemapReader.read(url.get(), sitemap.get().body(),
                    sitemap.get().capture().contentType(), Math.max(0, policy.maxPagesPerSite() - log.pages() - queued));
            if (!listing.cut().isEmpty()) {
                log.note(listing.cut() + ": " + url.get());
            }
            if (next.level() + 1 < MAX_SITEMAP_DEPTH) {
                listing.childSitemaps().forEach(child -> pending.add(new Pending(child, next.level() + 1)));
            } else if (!listing.childSitemaps().isEmpty()) {
                log.note("chỉ mục sơ đồ trang lồng quá " + MAX_SITEMAP_DEPTH + " cấp, bỏ qua "
                        + listing.childSitemaps().size() + " tệp con: " + url.get());
            }
            for (String page : listing.pages()) {
                Optional<URI> u = canonicalizer.canonical(page).filter(scope::contains).filter(seen::add);
                if (u.isPresent()) {
                    frontier.add(new Queued(u.get(), 1));
                    queued++;
                }
            }
        }
        if (skippedFiles > 0) {
            log.note("bỏ qua " + skippedFiles + " tệp sơ đồ trang: đã đọc " + files + " tệp (tối đa "
                    + MAX_SITEMAP_FILES + ") hoặc đã đủ số trang được thu thập");
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            log.close();
        } finally {
            lock.unlock();
        }
    }
}
