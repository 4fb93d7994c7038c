package vn.portalassessor.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The crawl {@link ResumeAfterKillIT} runs in a child JVM and kills with SIGKILL:
 * {@code CrawlUntilKilled <runDir> <homeUrl>}.
 */
public final class CrawlUntilKilled {

    private CrawlUntilKilled() {
    }

    static final String AGENCY = "so-van-hoa";

    static CrawlPolicy policy() {
        return CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true).maxPagesPerSite(1000)
                .maxDepth(100).build();
    }

    static CrawlTarget target(URI home) {
        return new CrawlTarget(AGENCY, List.of(home), List.of());
    }

    public static void main(String[] args) throws Exception {
        try (Crawler crawler = Crawler.create(policy())) {
            crawler.crawl(target(URI.create(args[1])), Path.of(args[0]), false, CrawlListener.NONE);
        }
    }
}
