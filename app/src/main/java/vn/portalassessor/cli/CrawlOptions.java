package vn.portalassessor.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.render.BrowserSettings;

/** The options every crawl honours (contract §1), turned into one {@link CrawlPolicy}. */
final class CrawlOptions {

    @Option(names = "--max-pages-per-site", paramLabel = "N", defaultValue = "300",
            description = "Pages fetched per agency at most, portal and service site together (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "5",
            description = "Links followed from the home page at most (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Pause between two requests to one host, raised by robots.txt Crawl-delay (default: ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = {"--max-connections", "--concurrency"}, paramLabel = "N",
            defaultValue = "" + CrawlPolicy.DEFAULT_MAX_CONNECTIONS,
            description = "Requests in flight at most over the whole run, every host of every agency together; also " +
                    "how many agencies are open at once. Each host still gets at most 2 connections and its delay " +
                    "between requests. 64 keeps a national run (about 190 portal and service hosts at 1 s) near " +
                    "its politeness floor on 2 cores (default: ${DEFAULT-VALUE}). --concurrency is its old name: " +
                    "it used to count agencies, one request each; it now means this cap.")
    int concurrency;

    @Option(names = "--screenshots", paramLabel = "on|off",
            description = "Full-page screenshots of the pages that are evidence of a MET criterion, taken in " +
                    "headless chromium as each agency is evaluated, while others are still crawled, in the run's " +
                    "browsers (2 by default), which the accessibility scans share (default: on when chromium and " +
                    "chromedriver are installed or --selenium-url is given, otherwise off with a warning).")
    String screenshots;

    @Option(names = "--selenium-url", paramLabel = "URL",
            description = "A Selenium Grid to take screenshots with instead of the local chromium, e.g. http://127.0.0.1:4444/wd/hub.")
    java.net.URL seleniumUrl;

    @Option(names = "--browser-proxy", paramLabel = "ADDR:PORT",
            description = "With --selenium-url: bind the assessor's guarded proxy at ADDR:PORT, an address of this machine " +
                    "the Grid's nodes reach (PORT 0: any free port), and send the Grid's browsers through it, so they " +
                    "stay behind the same address guard as the crawl (default: none; the Grid's browsers then reach the " +
                    "network directly, with a warning). Local browsers always use a proxy on 127.0.0.1. " +
                    "Anyone who reaches ADDR:PORT can use the proxy (within the guard): bind it on the Grid's network only.")
    String browserProxy;

    @Option(names = "--user-agent", paramLabel = "S", defaultValue = CrawlPolicy.DEFAULT_USER_AGENT,
            description = "User agent sent and matched against robots.txt (default: ${DEFAULT-VALUE}).")
    String userAgent;

    @Option(names = "--assessment-date", paramLabel = "yyyy-MM-dd",
            description = "The 'today' that freshness criteria count from (default: today).")
    LocalDate assessmentDate;

    @Option(names = "--allow-private-addresses", defaultValue = "false",
            description = "Allow loopback, private and link-local addresses (refused by default).")
    boolean allowPrivateAddresses;

    @Option(names = "--max-requests-per-site", paramLabel = "N", defaultValue = "0",
            description = "Requests per agency at most, answered or not. Dead links (4xx/5xx answers), redirects and " +
                    "failed requests count only toward this cap, not toward --max-pages-per-site (default: 3 times " +
                    "--max-pages-per-site, and at least that plus 500).")
    int maxRequests;

    @Option(names = "--legacy-tls", defaultValue = "false",
            description = "Also fetch portals that speak only TLS 1.0 or 1.1 (refused by Java 17 by default; this lifts " +
                    "the ban for the whole assessor process). Either way such a portal is noted as " +
                    "\"chỉ hỗ trợ TLS 1.0\" (or 1.1); without the option it is UNREACHABLE with that reason.")
    boolean legacyTls;

    CrawlPolicy policy() {
        if (screenshots != null && !screenshots.equals("off") && !screenshots.equals("on")) {
            throw new UsageException("--screenshots takes on or off, not \"" + screenshots + "\"");
        }
        BrowserSettings browsers = browserSettings(); // a bad --browser-proxy is refused before anything runs
        if ("on".equals(screenshots)) {
            browsers.missingLocalBrowser().ifPresent(why -> {
                throw new UsageException("--screenshots on: " + why + "; or give --selenium-url, or use --screenshots off");
            });
        }
        try {
            return CrawlPolicy.builder()
                    .maxPagesPerSite(maxPages)
                    .maxDepth(maxDepth)
                    .delayPerHost(Duration.ofMillis(delayMs))
                    .maxConnections(concurrency)
                    .userAgent(userAgent)
                    .allowPrivateAddresses(allowPrivateAddresses)
                    .maxRequestsPerSite(maxRequests)
                    .legacyTls(legacyTls)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The run's browsers, for screenshots, accessibility scans and script-built menus: the local Debian
     * chromium, or the Grid of --selenium-url, behind the proxy of --browser-proxy when given.
     */
    BrowserSettings browserSettings() {
        BrowserSettings local = BrowserSettings.local();
        if (seleniumUrl == null) {
            if (browserProxy != null) {
                throw new UsageException("--browser-proxy " + browserProxy + " is for a Selenium Grid's browsers: give --selenium-url too"
                        + " (local browsers always use a proxy on 127.0.0.1)");
            }
            return local;
        }
        BrowserSettings grid = local.withGrid(seleniumUrl);
        if (browserProxy == null) {
            return grid;
        }
        try {
            return grid.withProxyBinding(proxyBinding(browserProxy));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--browser-proxy " + browserProxy + ": " + e.getMessage());
        }
    }

    /** {@code ADDR:PORT} ({@code [v6]:PORT} for IPv6) as an address of this machine to bind. */
    private static InetSocketAddress proxyBinding(String value) {
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "" : value.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        int port;
        try {
            port = colon < 0 ? -1 : Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 0 || port > 65_535) {
            throw new UsageException("--browser-proxy takes ADDR:PORT, e.g. 10.0.0.5:3128, not \"" + value + "\"");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageException("--browser-proxy " + value + ": " + host + " does not resolve");
        }
        try {
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new UsageException("--browser-proxy " + value + ": " + address.getHostAddress()
                        + " is not an address of this machine, so the proxy cannot listen there");
            }
        } catch (SocketException e) {
            throw new UsageException("--browser-proxy " + value + ": cannot list this machine's addresses: " + e.getMessage());
        }
        return new InetSocketAddress(address, port);
    }

    /** Whether screenshots are taken: as asked, or by default when a browser is available. */
    boolean screenshotsOn() {
        if (screenshots != null) {
            return screenshots.equals("on");
        }
        return browserSettings().missingLocalBrowser().isEmpty();
    }

    /** The screenshot setting as recorded in run.json, with the reason when the default fell back to off. */
    String screenshotsSetting() {
        if (screenshots == null && !screenshotsOn()) {
            return "off (" + browserSettings().missingLocalBrowser().orElse("") + ")";
        }
        return screenshotsOn() ? "on" : "off";
    }

    LocalDate assessmentDate() {
        return assessmentDate == null ? LocalDate.now() : assessmentDate;
    }
}
