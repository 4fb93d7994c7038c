package vn.portalassessor.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.fetch.ChallengeDetector;
import vn.portalassessor.crawl.fetch.FetchFailure;
import vn.portalassessor.crawl.fetch.FetchOutcome;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.fetch.HttpFetcher;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.robots.RobotsCache;
import vn.portalassessor.crawl.scope.CrawlScope;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.sitemap.SitemapReader;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.crawl.warc.ArchivedRecord;
import vn.portalassessor.crawl.warc.WarcArchive;

/**
 * One agency's crawl: breadth-first from its seeds and sitemaps, within its scope and limits, each
 * request paced by the host's politeness delay, checked against robots.txt, archived to WARC and
 * recorded in the capture index before the next one. Reopening an agency's crawl (resume, or a
 * later probe by the evaluator) picks up its capture index, so no finished page is fetched again.
 * One thread at a time.
 */
final class AgencyCrawl implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyCrawl.class);
    private static final int MAX_SITEMAP_FILES = 5;

    private record Queued(URI url, int depth) {
    }

    private final CrawlTarget target;
    private final Path runDir;
    private final CrawlPolicy policy;
    private final HttpFetcher fetcher;
    private final HostThrottle throttle;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private final CrawlScope scope;
    private final RobotsCache robots;
    private final WarcArchive archive;
    private final CaptureIndex index;
    private final Set<URI> seen = new HashSet<>();
    private final List<Capture> previous;
    private final List<String> notes = new ArrayList<>();
    private int fetched;
    private int errors;
    /** The home page fetched by the first check, whose links start the crawl. */
    private StoredPage pendingHome;
    /** The last line written to the index, and the last HTTP answer: what the home check reads. */
    private Capture lastCapture;
    private FetchedResponse lastResponse;

    AgencyCrawl(CrawlTarget target, Path runDir, CrawlPolicy policy, HttpFetcher fetcher, HostThrottle throttle) {
        this.target = target;
        this.runDir = runDir;
        this.policy = policy;
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.scope = new CrawlScope(target.seeds());
        this.robots = new RobotsCache(policy.userAgent(), this::fetchRobots);
        this.previous = CaptureIndex.read(RunLayout.captureIndex(runDir, target.id()));
        this.archive = new WarcArchive(RunLayout.evidenceDir(runDir, target.id()), target.id(), WarcArchive.DEFAULT_ROTATE_BYTES);
        this.index = CaptureIndex.openForAppend(RunLayout.captureIndex(runDir, target.id()));
        for (Capture c : previous) {
            seen.add(c.url());
            if (c.answered()) {
                fetched++;
            }
        }
    }

    /** Crawls until the frontier is empty or a limit is hit. */
    CrawlSummary run(CrawlListener listener) throws InterruptedException {
        Instant started = Instant.now();
        listener.started(target);
        Deque<Queued> frontier = new ArrayDeque<>();
        boolean resumed = !previous.isEmpty();
        if (resumed) {
            notes.add("tiếp tục lượt thu thập trước: " + fetched + " trang đã có");
            requeueFromCaptures(frontier);
        }
        for (URI seed : target.seeds()) {
            canonicalizer.canonical(seed).filter(seen::add).ifPresent(u -> frontier.add(new Queued(u, 0)));
        }
        SiteStatus status = checkHome(resumed);
        if (status == SiteStatus.OK) {
            if (!resumed) {
                addSitemapSeeds(frontier);
            }
            status = crawlFrontier(frontier, listener, started);
        }
        CrawlSummary summary = new CrawlSummary(target.id(), status, fetched, errors, notes, started, Instant.now());
        listener.finished(target, summary);
        return summary;
    }

    /**
     * Fetches one URL now (following redirects within scope), archives and records it; used by the
     * crawl loop and by the evaluator's probes. Empty when there was no answer or robots.txt forbids it.
     */
    Optional<StoredPage> fetchPage(URI url, int depth) throws InterruptedException {
        URI current = canonicalizer.canonical(url).orElse(url);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            if (!robots.allows(current)) {
                record(new Capture(current, depth, Instant.now(), 0, "", 0, false, "", "", 0, "", "",
                        "ROBOTS_DISALLOWED", "robots.txt không cho phép"));
                return Optional.empty();
            }
            FetchOutcome outcome = politeGet(current);
            if (outcome instanceof FetchFailure failure) {
                errors++;
                record(new Capture(current, depth, failure.fetchedAt(), 0, "", 0, false, "", "", 0, "", "",
                        failure.kind().name(), failure.message()));
                return Optional.empty();
            }
            FetchedResponse response = (FetchedResponse) outcome;
            Capture capture = archive(response, depth);
            if (!response.isRedirect()) {
                return Optional.of(new StoredPage(capture, response.body()));
            }
            Optional<URI> next = canonicalizer.canonical(current.resolve(response.header("Location").orElseThrow().trim()));
            if (next.isEmpty() || !scope.contains(next.get())) {
                notes.add("chuyển hướng ra ngoài phạm vi: " + current + " → " + response.header("Location").orElse(""));
                return Optional.of(new StoredPage(capture, response.body()));
            }
            if (!seen.add(next.get()) && hop > 0) {
                notes.add("vòng chuyển hướng dừng tại " + next.get());
                return Optional.of(new StoredPage(capture, response.body()));
            }
            current = next.get();
        }
        notes.add("quá " + policy.maxRedirects() + " lần chuyển hướng từ " + url);
        return Optional.empty();
    }

    /** Whether the crawl may reach this URL at all. */
    boolean inScope(URI url) {
        return canonicalizer.canonical(url).map(scope::contains).orElse(false);
    }

    private SiteStatus checkHome(boolean resumed) throws InterruptedException {
        if (resumed) {
            return SiteStatus.OK;
        }
        URI home = canonicalizer.canonical(target.seeds().get(0)).orElseThrow();
        seen.add(home);
        Optional<StoredPage> page = fetchPage(home, 0);
        Capture last = lastCapture;
        if (page.isEmpty()) {
            if (last != null && "ROBOTS_DISALLOWED".equals(last.failure())) {
                notes.add("robots.txt cấm thu thập trang chủ " + home);
                return SiteStatus.BLOCKED;
            }
            notes.add("không truy cập được " + home + (last == null ? "" : ": " + last.failure() + " " + last.detail()));
            return SiteStatus.UNREACHABLE;
        }
        if (lastResponse != null && ChallengeDetector.isWall(lastResponse)) {
            notes.add("trang chủ trả về trang chặn/kiểm tra bot (HTTP " + lastResponse.status() + ")");
            return SiteStatus.BLOCKED;
        }
        pendingHome = page.get();
        return SiteStatus.OK;
    }

    private SiteStatus crawlFrontier(Deque<Queued> frontier, CrawlListener listener, Instant started)
            throws InterruptedException {
        if (pendingHome != null) {
            enqueueLinks(pendingHome, 0, frontier);
            listener.fetched(target, pendingHome.url(), pendingHome.capture().status(), fetched, policy.maxPagesPerSite());
        }
        Instant deadline = started.plus(policy.maxWallTimePerSite());
        while (!frontier.isEmpty()) {
            if (fetched >= policy.maxPagesPerSite()) {
                notes.add("đạt giới hạn " + policy.maxPagesPerSite() + " trang; còn " + frontier.size() + " liên kết chưa thu thập");
                return SiteStatus.PARTIAL;
            }
            if (Instant.now().isAfter(deadline)) {
                notes.add("hết thời gian " + policy.maxWallTimePerSite().toMinutes() + " phút cho một cơ quan");
                return SiteStatus.PARTIAL;
            }
            Queued next = frontier.poll();
            Optional<StoredPage> page = fetchPage(next.url(), next.depth());
            if (page.isPresent()) {
                listener.fetched(target, page.get().url(), page.get().capture().status(), fetched, policy.maxPagesPerSite());
                enqueueLinks(page.get(), next.depth(), frontier);
            }
        }
        return SiteStatus.OK;
    }

    private void enqueueLinks(StoredPage page, int depth, Deque<Queued> frontier) {
        if (depth >= policy.maxDepth() || !page.capture().isHtmlPage()) {
            return;
        }
        for (LinkExtractor.Link link : LinkExtractor.links(page.document())) {
            Optional<URI> url = canonicalizer.canonical(link.url());
            if (url.isEmpty()) {
                continue;
            }
            if (!scope.contains(url.get()) && depth <= 1 && named(link.text())) {
                scope.add(url.get());
                notes.add("mở rộng phạm vi theo liên kết \"" + link.text().strip() + "\": " + url.get());
            }
            if (scope.contains(url.get()) && seen.add(url.get())) {
                frontier.add(new Queued(url.get(), depth + 1));
            }
        }
    }

    /** Whether a link's text is one the target says to follow to another host. */
    private boolean named(String text) {
        String folded = fold(text);
        return !folded.isEmpty() && target.followLinksNamed().stream()
                .map(AgencyCrawl::fold)
                .anyMatch(name -> !name.isEmpty() && (" " + folded + " ").contains(" " + name + " "));
    }

    private static String fold(String text) {
        String nfd = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private void requeueFromCaptures(Deque<Queued> frontier) {
        PageStore store = PageStore.open(runDir, target.id());
        for (Capture c : store.captures()) {
            if (c.isHtmlPage()) {
                store.page(c.url()).ifPresent(p -> enqueueLinks(p, c.depth(), frontier));
            }
        }
    }

    private void addSitemapSeeds(Deque<Queued> frontier) throws InterruptedException {
        Set<String> sitemapUrls = new java.util.LinkedHashSet<>();
        for (URI seed : target.seeds()) {
            sitemapUrls.addAll(robots.sitemaps(seed));
            sitemapUrls.add(seed.resolve("/sitemap.xml").toString());
        }
        int files = 0;
        Deque<String> pending = new ArrayDeque<>(sitemapUrls);
        while (!pending.isEmpty() && files < MAX_SITEMAP_FILES) {
            Optional<URI> url = canonicalizer.canonical(pending.poll()).filter(scope::contains);
            if (url.isEmpty() || !seen.add(url.get())) {
                continue;
            }
            files++;
            Optional<StoredPage> sitemap = fetchPage(url.get(), 0);
            if (sitemap.isEmpty() || sitemap.get().capture().status() != 200) {
                continue;
            }
            SitemapReader.Listing listing = SitemapReader.read(url.get(), sitemap.get().body(),
                    sitemap.get().capture().contentType());
            pending.addAll(listing.childSitemaps());
            for (String page : listing.pages()) {
                canonicalizer.canonical(page).filter(scope::contains).filter(seen::add)
                        .ifPresent(u -> frontier.add(new Queued(u, 1)));
            }
        }
    }

    private FetchOutcome politeGet(URI url) throws InterruptedException {
        Duration delay = policy.delayPerHost();
        if (!url.getPath().equals("/robots.txt")) {
            Duration robotsDelay = robots.crawlDelay(url);
            if (robotsDelay.compareTo(delay) > 0) {
                delay = robotsDelay;
            }
        }
        throttle.await(CrawlScope.authority(url), delay);
        FetchOutcome outcome = fetcher.get(url);
        lastResponse = outcome instanceof FetchedResponse r ? r : null;
        return outcome;
    }

    private Capture archive(FetchedResponse response, int depth) {
        ArchivedRecord where;
        try {
            where = archive.write(response);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence archive of " + target.id(), e);
        }
        fetched++;
        if (response.status() >= 400) {
            errors++;
        }
        if (response.truncated()) {
            notes.add("nội dung bị cắt ở " + policy.maxResponseBytes() + " byte: " + response.url());
        }
        Capture capture = new Capture(response.url(), depth, response.fetchedAt(), response.status(),
                response.header("Content-Type").orElse(""), response.body().length, response.truncated(),
                response.header("Location").orElse(""), where.file(), where.offset(), where.recordId(),
                response.remoteAddress(), "", "");
        record(capture);
        LOG.debug("{} {} {}", target.id(), response.status(), response.url());
        return capture;
    }

    private void record(Capture capture) {
        lastCapture = capture;
        index.append(capture);
    }

    /** Fetches robots.txt through the same archive, following up to five redirects. */
    private Optional<FetchedResponse> fetchRobots(URI robotsUrl) {
        URI current = robotsUrl;
        try {
            for (int hop = 0; hop <= 5; hop++) {
                throttle.await(CrawlScope.authority(current), policy.delayPerHost());
                FetchOutcome outcome = fetcher.get(current);
                if (!(outcome instanceof FetchedResponse response)) {
                    return Optional.empty();
                }
                archive(response, 0);
                seen.add(current);
                if (!response.isRedirect()) {
                    return Optional.of(response);
                }
                current = current.resolve(response.header("Location").orElseThrow().trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        archive.close();
        index.close();
    }
}
