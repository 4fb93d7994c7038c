package vn.portalassessor.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.crawl.fetch.ChallengeDetector;
import vn.portalassessor.crawl.fetch.FetchFailure;
import vn.portalassessor.crawl.fetch.FetchOutcome;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.fetch.HttpFetcher;
import vn.portalassessor.crawl.fetch.RetryAfter;
import vn.portalassessor.crawl.frontier.HostHealth;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.robots.RobotsCache;
import vn.portalassessor.crawl.scope.CrawlScope;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * How one URL of an agency is asked for, politely and defensively: robots.txt first, the host's
 * politeness delay (raised by its Crawl-delay), a busy answer (429/503) asked again after its
 * {@code Retry-After} within the policy's bounds, a host that keeps failing stopped, and redirects
 * followed hop by hop within scope, each hop checked again by the fetcher's address guard and a
 * loop cut where it closes. Every answer goes to the {@link EvidenceLog}.
 *
 * <p>Called with the agency's lock held (several of the agency's workers share it); the lock is
 * let go only while a page request waits for its host's turn and its answer, so the agency's other
 * hosts, and a second connection to the same host, go on meanwhile. robots.txt is fetched with the
 * lock held (one request per host, before any page of it).
 */
final class SiteFetch {

    private final CrawlPolicy policy;
    private final HttpFetcher fetcher;
    private final HostThrottle throttle;
    /** Requests in flight over the whole run. */
    private final java.util.concurrent.Semaphore connections;
    /** The agency's lock, held by whoever calls in. */
    private final java.util.concurrent.locks.ReentrantLock lock;
    private final EvidenceLog log;
    private final CrawlScope scope;
    private final UrlCanonicalizer canonicalizer;
    private final Set<URI> seen;
    private final HostHealth health;
    private final RobotsCache robots;
    /** Answers of an earlier run, by URL: robots.txt is read from them on resume, not fetched again. */
    private final Map<URI, Capture> previous;
    private final PageStore previousStore;
    private FetchedResponse lastResponse;
    /** Why a host's robots.txt got no answer, by host: what a deferred host's pages are recorded with. */
    private final Map<String, String> robotsFailures = new HashMap<>();
    /** Hosts whose Crawl-delay beyond the bound was already noted. */
    private final Set<String> crawlDelayNoted = new HashSet<>();

    SiteFetch(CrawlPolicy policy, HttpFetcher fetcher, HostThrottle throttle, java.util.concurrent.Semaphore connections,
              java.util.concurrent.locks.ReentrantLock lock, EvidenceLog log, CrawlScope scope,
              UrlCanonicalizer canonicalizer, Set<URI> seen, Map<URI, Capture> previous, PageStore previousStore) {
        this.policy = policy;
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.connections = connections;
        this.lock = lock;
        this.log = log;
        this.scope = scope;
        this.canonicalizer = canonicalizer;
        this.seen = seen;
        this.previous = previous;
        this.previousStore = previousStore;
        this.health = new HostHealth(policy.maxConsecutiveFailuresPerHost());
        this.robots = new RobotsCache(policy.userAgent(), this::robotsTxt, policy.maxCrawlDelay());
    }

    RobotsCache robots() {
        return robots;
    }

    /** Whether requests to the host of {@code url} were stopped after repeated failures. */
    boolean hostStopped(URI url) {
        return health.isStopped(CrawlScope.authority(url));
    }

    /**
     * Whether the host of {@code url} failed its last request: such a host is asked one request at
     * a time until it answers again, so it is stopped after exactly its limit of failures in a row.
     */
    boolean hostFailing(URI url) {
        return health.streak(CrawlScope.authority(url)) > 0;
    }

    /** Whether any host was stopped after repeated failures. */
    boolean hostStoppedAny() {
        return !health.stopped().isEmpty();
    }

    /** The last HTTP answer (after retries), or null when the last request got none. */
    FetchedResponse lastResponse() {
        return lastResponse;
    }

    /**
     * Fetches one canonical URL now, following redirects within scope; archives and records every answer.
     * Empty when there was no answer, robots.txt forbids it, the host was stopped, or the redirects
     * did not end.
     */
    Optional<StoredPage> page(URI url, int depth) throws InterruptedException {
        URI current = url;
        Set<URI> chain = new HashSet<>();
        chain.add(current);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            if (hostStopped(current)) {
                log.skipped(current, depth, "HOST_STOPPED", "máy chủ đã bị dừng sau nhiều lỗi liên tiếp");
                return Optional.empty();
            }
            if (!robots.allows(current)) {
                if (robots.rules(current).isDeferVisits()) {
                    String why = robotsFailures.getOrDefault(CrawlScope.authority(current), "máy chủ lỗi");
                    if (why.startsWith(FetchFailure.Kind.ADDRESS_REFUSED.name())) {
                        log.skipped(current, depth, FetchFailure.Kind.ADDRESS_REFUSED.name(), why);
                    } else {
                        log.skipped(current, depth, "ROBOTS_UNAVAILABLE", "robots.txt không đọc được (" + why + "): hoãn cả máy chủ");
                    }
                } else {
                    log.skipped(current, depth, "ROBOTS_DISALLOWED", "robots.txt không cho phép");
                }
                return Optional.empty();
            }
            FetchOutcome outcome = patientGet(current, depth);
            if (outcome instanceof FetchFailure failure) {
                log.failed(failure, depth);
                if (failure.kind() != FetchFailure.Kind.ADDRESS_REFUSED) {
                    countFailure(current);
                }
                return Optional.empty();
            }
            FetchedResponse response = (FetchedResponse) outcome;
            if (response.status() >= 500) {
                countFailure(current);
            } else {
                health.answered(CrawlScope.authority(current));
            }
            Capture capture = log.answered(response, depth, "");
            if (!response.isRedirect()) {
                return Optional.of(new StoredPage(capture, response.body()));
            }
            String location = response.header("Location").orElseThrow().trim();
            Optional<URI> next = resolve(current, location).flatMap(canonicalizer::canonical);
            if (next.isEmpty() || !scope.contains(next.get())) {
                log.note("chuyển hướng ra ngoài phạm vi: " + current + " → " + location);
                return Optional.of(new StoredPage(capture, response.body()));
            }
            if (!chain.add(next.get())) {
                log.note("vòng chuyển hướng: " + current + " → " + next.get() + " (đã gặp trong chuỗi), dừng");
                return Optional.of(new StoredPage(capture, response.body()));
            }
            if (!seen.add(next.get()) && hop > 0) {
                // the end of a chain is (or will be) fetched on its own: not twice. The first hop is
                // followed anyway, so a probe of /so-do-site that redirects gets the page it leads to.
                return Optional.of(new StoredPage(capture, response.body()));
            }
            current = next.get();
        }
        log.note("quá " + policy.maxRedirects() + " lần chuyển hướng từ " + url + ", dừng");
        return Optional.empty();
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(location.replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void countFailure(URI url) {
        String host = CrawlScope.authority(url);
        if (health.failed(host)) {
            log.note("dừng thu thập máy chủ " + host + " sau " + policy.maxConsecutiveFailuresPerHost()
                    + " lỗi liên tiếp");
        }
    }

    /** A polite GET that asks again, within bounds, when the server says it is busy. */
    private FetchOutcome patientGet(URI url, int depth) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            FetchOutcome outcome = politeGet(url);
            if (!(outcome instanceof FetchedResponse r) || !r.isBusy() || ChallengeDetector.isChallenge(r)
                    || attempt >= policy.maxBusyRetries()) {
                return outcome;
            }
            Duration wait = RetryAfter.wait(r, attempt, Instant.now());
            if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                log.note("máy chủ bận (HTTP " + r.status() + ") yêu cầu chờ " + wait.toSeconds()
                        + " s, quá giới hạn " + policy.maxRetryAfter().toSeconds() + " s: " + url);
                return outcome;
            }
            log.answered(r, depth, "máy chủ bận, thử lại sau " + wait.toMillis() + " ms");
            throttle.defer(CrawlScope.authority(url), wait);
        }
    }

    private FetchOutcome politeGet(URI url) throws InterruptedException {
        Duration delay = policy.delayPerHost();
        if (!"/robots.txt".equals(url.getPath())) {
            Duration robotsDelay = robots.crawlDelay(url);
            Duration asked = robots.requestedCrawlDelay(url);
            if (asked.compareTo(robotsDelay) > 0 && crawlDelayNoted.add(CrawlScope.authority(url))) {
                log.note("robots.txt yêu cầu giãn cách " + asked.toSeconds() + " giây giữa hai lần truy cập "
                        + CrawlScope.authority(url) + ", quá giới hạn " + policy.maxCrawlDelay().toSeconds()
                        + " giây: thu thập với giãn cách " + robotsDelay.toSeconds() + " giây");
            }
            if (robotsDelay.compareTo(delay) > 0) {
                delay = robotsDelay;
            }
        }
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        FetchOutcome outcome;
        try (HostThrottle.Permit started = throttle.start(CrawlScope.authority(url), delay,
                policy.maxConnectionsPerHost(), connections)) {
            outcome = fetcher.get(url);
        } finally {
            for (int i = 0; i < holds; i++) {
                lock.lock();
            }
        }
        lastResponse = outcome instanceof FetchedResponse r ? r : null;
        return outcome;
    }

    /** robots.txt of a host: from an earlier run's archive when there is one, else fetched and archived. */
    private Optional<FetchedResponse> robotsTxt(URI robotsUrl) {
        Capture before = previous.get(robotsUrl);
        if (before != null && before.answered() && (before.status() == 200 || before.status() >= 400 && before.status() < 500)) {
            Optional<StoredPage> page = previousStore.page(robotsUrl);
            if (page.isPresent()) {
                return Optional.of(new FetchedResponse(robotsUrl, before.fetchedAt(), before.status(), "", "HTTP/1.1",
                        java.util.List.of(Map.entry("Content-Type", before.contentType())), java.util.List.of(),
                        page.get().body(), before.truncated(), before.remoteAddress(), ""));
            }
        }
        URI current = robotsUrl;
        try {
            for (int hop = 0; hop <= 5; hop++) {
                FetchOutcome outcome;
                try (HostThrottle.Permit started = throttle.start(CrawlScope.authority(current), policy.delayPerHost(),
                        policy.maxConnectionsPerHost(), connections)) {
                    outcome = fetcher.get(current);
                }
                if (outcome instanceof FetchFailure failure) {
                    log.failed(failure, 0);
                    robotsFailures.put(CrawlScope.authority(current), failure.kind() + " " + failure.message());
                    return Optional.empty();
                }
                FetchedResponse response = (FetchedResponse) outcome;
                if (response.status() >= 500) {
                    robotsFailures.put(CrawlScope.authority(current), "HTTP " + response.status());
                }
                log.answered(response, 0, "");
                seen.add(current);
                if (!response.isRedirect()) {
                    return Optional.of(response);
                }
                Optional<URI> next = resolve(current, response.header("Location").orElseThrow().trim());
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                current = next.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
