package vn.portalassessor.cli;

import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.portalassessor.crawl.CrawlPolicy;

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

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Agencies crawled at the same time (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--screenshots", paramLabel = "on|off", defaultValue = "off",
            description = "Screenshots of evidence pages (default: ${DEFAULT-VALUE}). Not available in this version: 'on' is refused.")
    String screenshots;

    @Option(names = "--user-agent", paramLabel = "S", defaultValue = CrawlPolicy.DEFAULT_USER_AGENT,
            description = "User agent sent and matched against robots.txt (default: ${DEFAULT-VALUE}).")
    String userAgent;

    @Option(names = "--assessment-date", paramLabel = "yyyy-MM-dd",
            description = "The 'today' that freshness criteria count from (default: today).")
    LocalDate assessmentDate;

    @Option(names = "--allow-private-addresses", defaultValue = "false",
            description = "Allow loopback, private and link-local addresses (refused by default).")
    boolean allowPrivateAddresses;

    CrawlPolicy policy() {
        if (!screenshots.equals("off") && !screenshots.equals("on")) {
            throw new UsageException("--screenshots takes on or off, not \"" + screenshots + "\"");
        }
        if (screenshots.equals("on")) {
            throw new UsageException("--screenshots on is not available in this version of the assessor; use --screenshots off");
        }
        try {
            return CrawlPolicy.builder()
                    .maxPagesPerSite(maxPages)
                    .maxDepth(maxDepth)
                    .delayPerHost(Duration.ofMillis(delayMs))
                    .concurrency(concurrency)
                    .userAgent(userAgent)
                    .allowPrivateAddresses(allowPrivateAddresses)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    LocalDate assessmentDate() {
        return assessmentDate == null ? LocalDate.now() : assessmentDate;
    }
}
