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
 * up its capture index, so no finished page is fetched again. One thread at a time.
 */
final class AgencyCrawl implements Closeable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgencyCrawl.class);

    private static final int MAX_SITEMAP_FILES = 5;
    /** Levels of sitemap index followed: an index and the sitemaps it lists. */
    private static final int MAX_SITEMAP_DEPTH = 2;
    private static final int MAX_URLS_PER_SHAPE = 60;

    private record Queued(URI url, int depth) {
    }

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
                BrowserPool browsers) {
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
        this.fetch = new SiteFetch(policy, fetcher, throttle, log, scope, canonicalizer, seen, byUrl,
                PageStore.open(runDir, target.id()));
        this.scripts = policy.renderScriptNavigation() ? new ScriptNavigation(browsers) : null;
    }

    /** Crawls until the frontier is empty or a limit is hit. */
    CrawlSummary run(CrawlListener listener) throws InterruptedException {
        Instant started = Instant.now();
        listener.started(target);
        Deque<Queued> frontier = new ArrayDeque<>();
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
        listener.finished(target, summary);
        return summary;
    }

    /**
     * Fetches one URL now (following redirects within scope), archives and records it; used by the
     * crawl loop and by the evaluator's probes. Empty when there was no answer or robots.txt forbids it.
     */
    Optional<StoredPage> fetchPage(URI url, int depth) throws InterruptedException {
        return fetch.page(canonicalizer.canonical(url).orElse(url), depth);
    }

    /** Whether the crawl may reach this URL at all. */
    boolean inScope(URI url) {
        return canonicalizer.canonical(url).map(scope::contains).orElse(false);
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

    private SiteStatus crawlFrontier(Deque<Queued> frontier, CrawlListener listener, Instant started)
            throws InterruptedException {
        if (pendingHome != null) {
            enqueueLinks(pendingHome, 0, frontier, true);
            listener.fetched(target, pendingHome.url(), pendingHome.capture().status(), log.pages(), policy.maxPagesPerSite());
        }
        Instant deadline = started.plus(policy.maxWallTimePerSite());
        while (!frontier.isEmpty()) {
            if (log.pages() >= policy.maxPagesPerSite()) {
                log.note("đạt giới hạn " + policy.maxPagesPerSite() + " trang; còn " + frontier.size() + " liên kết chưa thu thập");
                return SiteStatus.PARTIAL;
            }
            if (log.requests() >= policy.maxRequestsPerSite()) {
                log.note("đạt giới hạn " + policy.maxRequestsPerSite() + " yêu cầu (" + log.pages() + " trang, "
                        + (log.requests() - log.pages()) + " liên kết hỏng, chuyển hướng hoặc lỗi); còn " + frontier.size()
                        + " liên kết chưa thu thập");
                return SiteStatus.PARTIAL;
            }
            if (Instant.now().isAfter(deadline)) {
                log.note("hết thời gian " + describe(policy.maxWallTimePerSite()) + " cho một cơ quan; còn "
                        + frontier.size() + " liên kết chưa thu thập");
                return SiteStatus.PARTIAL;
            }
            Queued next = frontier.poll();
            if (fetch.hostStopped(next.url())) {
                continue;
            }
            Optional<StoredPage> page = fetch.page(next.url(), next.depth());
            if (page.isPresent()) {
                listener.fetched(target, page.get().url(), page.get().capture().status(), log.pages(), policy.maxPagesPerSite());
                enqueueLinks(page.get(), next.depth(), frontier, true);
            }
        }
        return fetch.hostStoppedAny() ? SiteStatus.PARTIAL : SiteStatus.OK;
    }

    private static String describe(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " phút" : d.toSeconds() + " giây";
    }

    private void enqueueLinks(StoredPage page, int depth, Deque<Queued> frontier, boolean mayRender) {
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
    private void requeueFromCaptures(Deque<Queued> frontier) {
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
    private void addSitemapSeeds(Deque<Queued> frontier) throws InterruptedException {
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
        log.close();
    }
}
