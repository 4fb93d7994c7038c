package vn.portalassessor.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far a crawl goes. Built once from the command line and shared by every
 * request. Immutable; safe to share.
 *
 * <p>Defaults ({@link #polite()}): 1 s between requests to one host (raised by a robots.txt
 * {@code Crawl-delay}), 4 agencies in parallel, 300 pages and depth 5 per agency, 5 MiB per
 * response, 10 s to connect, 30 s to answer, 20 minutes per agency, private and loopback addresses
 * refused, 2 connections per host, a busy answer (429/503) retried twice honouring {@code Retry-After}
 * up to 60 s, a host stopped after 5 failures in a row, script-built navigation rendered, a robots.txt
 * {@code Crawl-delay} honoured up to 30 s, a request cap of 3 × the page budget and at least the
 * budget + 500 (dead links, redirects and failures count toward it, not toward the page budget),
 * TLS 1.0/1.1-only servers not fetched (see {@link #legacyTls()}).
 */
public final class CrawlPolicy {

    /** The user agent we announce; robots.txt rules for it (or {@code *}) are obeyed. */
    /** The default of {@link #maxConnections()}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    public static final String DEFAULT_USER_AGENT = "portal-assessor/0.1 (+kiem tra cong thong tin dien tu co quan nha nuoc)";

    private final Duration delayPerHost;
    private final int concurrency;
    private final int maxPagesPerSite;
    private final int maxDepth;
    private final long maxResponseBytes;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration maxWallTimePerSite;
    private final int maxRedirects;
    private final String userAgent;
    private final boolean allowPrivateAddresses;
    private final java.util.Set<String> privateHostsAllowed;
    private final int maxConnectionsPerHost;
    private final int maxBusyRetries;
    private final Duration maxRetryAfter;
    private final int maxConsecutiveFailuresPerHost;
    private final boolean renderScriptNavigation;
    private final Duration maxCrawlDelay;
    private final int maxRequestsPerSite;
    /** The request cap as given to the builder, 0 for the default, so toBuilder keeps "the default". */
    private final int maxRequestsAsGiven;
    private final boolean legacyTls;

    private CrawlPolicy(Builder b) {
        this.delayPerHost = b.delayPerHost;
        this.concurrency = b.concurrency;
        this.maxPagesPerSite = b.maxPagesPerSite;
        this.maxDepth = b.maxDepth;
        this.maxResponseBytes = b.maxResponseBytes;
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.maxWallTimePerSite = b.maxWallTimePerSite;
        this.maxRedirects = b.maxRedirects;
        this.userAgent = b.userAgent;
        this.allowPrivateAddresses = b.allowPrivateAddresses;
        this.privateHostsAllowed = java.util.Set.copyOf(b.privateHostsAllowed);
        this.maxConnectionsPerHost = b.maxConnectionsPerHost;
        this.maxBusyRetries = b.maxBusyRetries;
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxConsecutiveFailuresPerHost = b.maxConsecutiveFailuresPerHost;
        this.renderScriptNavigation = b.renderScriptNavigation;
        this.maxCrawlDelay = b.maxCrawlDelay;
        this.maxRequestsPerSite = b.maxRequestsPerSite > 0 ? b.maxRequestsPerSite
                : (int) Math.min(Integer.MAX_VALUE, Math.max(3L * b.maxPagesPerSite, b.maxPagesPerSite + 500L));
        this.maxRequestsAsGiven = b.maxRequestsPerSite;
        this.legacyTls = b.legacyTls;
    }

    /** The defaults stated above. */
    public static CrawlPolicy polite() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy's values. */
    public Builder toBuilder() {
        return new Builder()
                .delayPerHost(delayPerHost).concurrency(concurrency).maxPagesPerSite(maxPagesPerSite)
                .maxDepth(maxDepth).maxResponseBytes(maxResponseBytes).connectTimeout(connectTimeout)
                .responseTimeout(responseTimeout).maxWallTimePerSite(maxWallTimePerSite)
                .maxRedirects(maxRedirects).userAgent(userAgent).allowPrivateAddresses(allowPrivateAddresses)
                .privateHostsAllowed(privateHostsAllowed).maxConnectionsPerHost(maxConnectionsPerHost)
                .maxBusyRetries(maxBusyRetries).maxRetryAfter(maxRetryAfter)
                .maxConsecutiveFailuresPerHost(maxConsecutiveFailuresPerHost)
                .renderScriptNavigation(renderScriptNavigation)
                .maxCrawlDelay(maxCrawlDelay).maxRequestsPerSite(maxRequestsAsGiven).legacyTls(legacyTls);
    }

    /** Pause between two requests to the same host. Default: 1 s. */
    public Duration delayPerHost() {
        return delayPerHost;
    }

    /**
     * Requests in flight at most over the whole run, all hosts of all agencies together; also how
     * many agencies are open at once (each needs at least one). Default: {@value #DEFAULT_MAX_CONNECTIONS}.
     *
     * <p>Why 64: at the floor every host starts a request once per delay, so a run needs about
     * hosts × latency ÷ delay requests in flight: a national run (≈93 agencies, ≈190 portal and
     * service hosts) at 1 s and 0.3 s typical latency ≈ 57. 64 covers that with room; the CPU
     * it implies (≈190 pages/s × ≈1.2 ms to fetch, parse and archive a page, measured by the bench
     * module) is a quarter of one core of two.
     */
    public int maxConnections() {
        return concurrency;
    }

    /** The old name of {@link #maxConnections()}, kept for callers from before host scheduling. */
    public int concurrency() {
        return concurrency;
    }

    /** Pages fetched per agency at most (portal and service site together). Default: 300. */
    public int maxPagesPerSite() {
        return maxPagesPerSite;
    }

    /** Links followed from a seed at most. Default: 5. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Bytes kept of one response body; the rest is cut and the cut recorded. Default: 5 MiB. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Default: 10 s. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time for a server to answer, per request. Default: 30 s. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** Time one agency's crawl may take before it stops as PARTIAL. Default: 20 minutes. */
    public Duration maxWallTimePerSite() {
        return maxWallTimePerSite;
    }

    /** Redirects followed from one URL. Default: 5. */
    public int maxRedirects() {
        return maxRedirects;
    }

    public String userAgent() {
        return userAgent;
    }

    /** Whether loopback, private, link-local and multicast addresses may be fetched. Default: false. */
    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /**
     * Host names that may resolve to a private address even when {@link #allowPrivateAddresses()} is
     * false: an intranet portal crawled on purpose. Every other name, and every redirect hop, is still
     * checked. Default: none.
     */
    public java.util.Set<String> privateHostsAllowed() {
        return privateHostsAllowed;
    }

    /** The guard these settings make: what the crawler, and the browsers it renders in, may reach. */
    public vn.portalassessor.crawl.scope.AddressGuard addressGuard() {
        return new vn.portalassessor.crawl.scope.AddressGuard(allowPrivateAddresses, privateHostsAllowed);
    }

    /** Connections open to one host at a time, across all agencies sharing it. Default: 2. */
    public int maxConnectionsPerHost() {
        return maxConnectionsPerHost;
    }

    /** Times a busy answer (429, 503 without a challenge) is asked again. Default: 2. */
    public int maxBusyRetries() {
        return maxBusyRetries;
    }

    /**
     * The longest wait a {@code Retry-After} (or the back-off without one) may impose; a server
     * asking for more is recorded as busy, not waited for. Default: 60 s.
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Failures in a row (no answer, or a 5xx) after which a host is stopped for the rest of the
     * agency's crawl. Default: 5.
     */
    public int maxConsecutiveFailuresPerHost() {
        return maxConsecutiveFailuresPerHost;
    }

    /**
     * Whether a page whose links are built by scripts is rendered in a browser (when the crawler has
     * a browser pool) to take its links; without a pool the links are read from the scripts' text.
     * Default: true.
     */
    public boolean renderScriptNavigation() {
        return renderScriptNavigation;
    }

    /**
     * The longest robots.txt {@code Crawl-delay} waited between two requests to a host; a longer one
     * is reported and the crawl goes on at this pace. Default: 30 s.
     */
    public Duration maxCrawlDelay() {
        return maxCrawlDelay;
    }

    /**
     * Requests per agency at most, answered or not: what bounds dead links (4xx/5xx answers, failed
     * requests, redirects), which do not count toward {@link #maxPagesPerSite()}. Default: 3 × the
     * page budget, and at least the budget + 500.
     */
    public int maxRequestsPerSite() {
        return maxRequestsPerSite;
    }

    /**
     * Whether servers that speak only TLS 1.0 or 1.1 are fetched (the finding is recorded either way;
     * without this they are UNREACHABLE). Default: false.
     */
    public boolean legacyTls() {
        return legacyTls;
    }

    @Override
    public String toString() {
        return "CrawlPolicy{delayPerHost=" + delayPerHost + ", maxConnections=" + concurrency
                + ", maxPagesPerSite=" + maxPagesPerSite + ", maxDepth=" + maxDepth
                + ", maxResponseBytes=" + maxResponseBytes + ", allowPrivateAddresses=" + allowPrivateAddresses + "}";
    }

    /** Collects a policy's values; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private Duration delayPerHost = Duration.ofSeconds(1);
        private int concurrency = DEFAULT_MAX_CONNECTIONS;
        private int maxPagesPerSite = 300;
        private int maxDepth = 5;
        private long maxResponseBytes = 5L * 1024 * 1024;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration maxWallTimePerSite = Duration.ofMinutes(20);
        private int maxRedirects = 5;
        private String userAgent = DEFAULT_USER_AGENT;
        private boolean allowPrivateAddresses;
        private java.util.Set<String> privateHostsAllowed = java.util.Set.of();
        private int maxConnectionsPerHost = 2;
        private int maxBusyRetries = 2;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private int maxConsecutiveFailuresPerHost = 5;
        private boolean renderScriptNavigation = true;
        private Duration maxCrawlDelay = Duration.ofSeconds(30);
        private int maxRequestsPerSite;
        private boolean legacyTls;

        private Builder() {
        }

        public Builder delayPerHost(Duration v) {
            this.delayPerHost = Objects.requireNonNull(v);
            return this;
        }

        /** Requests in flight at most over the whole run; see {@link CrawlPolicy#maxConnections()}. */
        public Builder maxConnections(int v) {
            this.concurrency = v;
            return this;
        }

        /** The old name of {@link #maxConnections(int)}. */
        public Builder concurrency(int v) {
            this.concurrency = v;
            return this;
        }

        public Builder maxPagesPerSite(int v) {
            this.maxPagesPerSite = v;
            return this;
        }

        public Builder maxDepth(int v) {
            this.maxDepth = v;
            return this;
        }

        public Builder maxResponseBytes(long v) {
            this.maxResponseBytes = v;
            return this;
        }

        public Builder connectTimeout(Duration v) {
            this.connectTimeout = Objects.requireNonNull(v);
            return this;
        }

        public Builder responseTimeout(Duration v) {
            this.responseTimeout = Objects.requireNonNull(v);
            return this;
        }

        public Builder maxWallTimePerSite(Duration v) {
            this.maxWallTimePerSite = Objects.requireNonNull(v);
            return this;
        }

        public Builder maxRedirects(int v) {
            this.maxRedirects = v;
            return this;
        }

        public Builder userAgent(String v) {
            this.userAgent = Objects.requireNonNull(v);
            return this;
        }

        public Builder allowPrivateAddresses(boolean v) {
            this.allowPrivateAddresses = v;
            return this;
        }

        public Builder privateHostsAllowed(java.util.Set<String> v) {
            this.privateHostsAllowed = java.util.Set.copyOf(v);
            return this;
        }

        public Builder maxConnectionsPerHost(int v) {
            this.maxConnectionsPerHost = v;
            return this;
        }

        public Builder maxBusyRetries(int v) {
            this.maxBusyRetries = v;
            return this;
        }

        public Builder maxRetryAfter(Duration v) {
            this.maxRetryAfter = Objects.requireNonNull(v);
            return this;
        }

        public Builder maxConsecutiveFailuresPerHost(int v) {
            this.maxConsecutiveFailuresPerHost = v;
            return this;
        }

        public Builder renderScriptNavigation(boolean v) {
            this.renderScriptNavigation = v;
            return this;
        }

        public Builder maxCrawlDelay(Duration v) {
            this.maxCrawlDelay = Objects.requireNonNull(v);
            return this;
        }

        /** Requests per agency at most; 0 (the default) means 3 × the page budget, at least the budget + 500. */
        public Builder maxRequestsPerSite(int v) {
            this.maxRequestsPerSite = v;
            return this;
        }

        public Builder legacyTls(boolean v) {
            this.legacyTls = v;
            return this;
        }

        public CrawlPolicy build() {
            check(!delayPerHost.isNegative(), "delay per host must not be negative");
            check(concurrency >= 1, "the connection cap (maxConnections) must be at least 1, is " + concurrency);
            check(maxPagesPerSite >= 1, "max pages per site must be at least 1, is " + maxPagesPerSite);
            check(maxDepth >= 0, "max depth must not be negative, is " + maxDepth);
            check(maxResponseBytes >= 1024, "max response bytes must be at least 1024, is " + maxResponseBytes);
            check(maxRedirects >= 0, "max redirects must not be negative");
            check(!userAgent.isBlank(), "the user agent must not be blank");
            check(maxConnectionsPerHost >= 1, "max connections per host must be at least 1, is " + maxConnectionsPerHost);
            check(maxBusyRetries >= 0, "max busy retries must not be negative");
            check(!maxRetryAfter.isNegative(), "max Retry-After must not be negative");
            check(maxConsecutiveFailuresPerHost >= 1, "max consecutive failures per host must be at least 1");
            check(!maxCrawlDelay.isNegative(), "max Crawl-delay must not be negative");
            check(maxRequestsPerSite == 0 || maxRequestsPerSite >= maxPagesPerSite,
                    "max requests per site (" + maxRequestsPerSite + ") must be at least the page budget ("
                            + maxPagesPerSite + ")");
            return new CrawlPolicy(this);
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
