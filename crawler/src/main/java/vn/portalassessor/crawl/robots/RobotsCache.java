package vn.portalassessor.crawl.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.scope.CrawlScope;

/**
 * The robots.txt rules of each host a crawl touches, fetched once per host through the crawl's own
 * fetch (so robots.txt is archived with the rest of the evidence). A missing robots.txt (4xx) allows
 * everything; a server error (5xx) or no answer defers the whole host, as RFC 9309 asks. Thread-safe.
 */
public final class RobotsCache {

    /**
     * The longest Crawl-delay we wait between two requests. A robots.txt asking for more
     * ({@code Crawl-delay: 86400}) forbids nothing: the crawl goes on at this pace and the request is
     * reported as it was written. Thirty seconds keeps the politeness intent (a few requests a minute)
     * while an agency's crawl still gets pages within its time budget.
     */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final Duration maxCrawlDelay;

    private final String robotName;
    private final Function<URI, Optional<FetchedResponse>> fetch;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    private final Map<String, BaseRobotRules> rules = new ConcurrentHashMap<>();

    /**
     * @param userAgent our user agent; its product token (before the first {@code /}) is the name
     *                  matched against robots.txt groups
     * @param fetch     fetches robots.txt, following redirects; empty when there was no answer
     */
    public RobotsCache(String userAgent, Function<URI, Optional<FetchedResponse>> fetch) {
        this(userAgent, fetch, MAX_CRAWL_DELAY);
    }

    /** @param maxCrawlDelay the longest Crawl-delay honoured; longer ones are capped to it */
    public RobotsCache(String userAgent, Function<URI, Optional<FetchedResponse>> fetch, Duration maxCrawlDelay) {
        this.maxCrawlDelay = maxCrawlDelay;
        // crawler-commons turns a Crawl-delay above its maximum (5 min) into "disallow everything";
        // a delay is a pace, not a refusal: every value is taken and bounded here
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        String token = userAgent.split("[/\\s]", 2)[0];
        this.robotName = token.toLowerCase(Locale.ROOT);
        this.fetch = fetch;
    }

    /** The rules for the host of {@code url}. */
    public BaseRobotRules rules(URI url) {
        return rules.computeIfAbsent(CrawlScope.authority(url), a -> load(url));
    }

    /** Whether our user agent may fetch {@code url}. */
    public boolean allows(URI url) {
        BaseRobotRules r = rules(url);
        return !r.isDeferVisits() && r.isAllowed(url.toString());
    }

    /** The host's Crawl-delay as written, uncapped; zero when none is set. */
    public Duration requestedCrawlDelay(URI url) {
        long millis = rules(url).getCrawlDelay();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }

    /** The host's Crawl-delay, capped at the bound given (default {@link #MAX_CRAWL_DELAY}); zero when none is set. */
    public Duration crawlDelay(URI url) {
        long millis = rules(url).getCrawlDelay();
        if (millis <= 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofMillis(millis);
        return d.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : d;
    }

    /** The Sitemap lines of the host's robots.txt. */
    public List<String> sitemaps(URI url) {
        return List.copyOf(rules(url).getSitemaps());
    }

    private BaseRobotRules load(URI url) {
        URI robotsUrl = url.resolve("/robots.txt");
        Optional<FetchedResponse> answer = fetch.apply(robotsUrl);
        if (answer.isEmpty()) {
            return parser.failedFetch(503);
        }
        FetchedResponse r = answer.get();
        if (r.status() != 200) {
            return parser.failedFetch(r.status());
        }
        return parser.parseContent(robotsUrl.toString(), r.body(), r.header("Content-Type").orElse("text/plain"),
                List.of(robotName));
    }
}
