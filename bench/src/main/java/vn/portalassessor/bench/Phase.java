package vn.portalassessor.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.portalassessor.crawl.CrawlListener;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.Crawler;

/**
 * One measured phase, run in its own JVM so that its resident memory is its own:
 * {@code Phase crawler|loop <concurrency> <pagesPerSite> <homeUrl>...}. Prints one line,
 * {@code RESULT <phase> <pages> <seconds> <peakRssKiB> <rss at 25%,50%,75%,100% of pages> <cpuSeconds>}; the
 * CPU time is the whole process's (all threads, JIT compilers and GC included), from its start.
 */
public final class Phase {

    private Phase() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int pagesPerSite = Integer.parseInt(args[2]);
        List<URI> homes = Arrays.stream(args, 3, args.length).map(URI::create).toList();
        long expected = (long) homes.size() * pagesPerSite;
        AtomicLong progress = new AtomicLong();
        long[] rssAtQuarter = new long[4];
        Runnable perPage = () -> {
            long n = progress.incrementAndGet();
            for (int q = 0; q < 4; q++) {
                if (n == expected * (q + 1) / 4) {
                    rssAtQuarter[q] = MemoryProbe.rssKib();
                }
            }
        };
        long started = System.nanoTime();
        long pages;
        if (phase.equals("loop")) {
            pages = PlainLoop.run(homes, concurrency, pagesPerSite, perPage);
        } else {
            pages = crawl(homes, concurrency, pagesPerSite, perPage);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (int q = 0; q < 4; q++) {
            if (rssAtQuarter[q] == 0) {
                rssAtQuarter[q] = MemoryProbe.rssKib();
            }
        }
        double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf(java.util.Locale.ROOT, "RESULT %s %d %.3f %d %d %d %d %d %.3f%n", phase, pages, seconds,
                MemoryProbe.peakRssKib(), rssAtQuarter[0], rssAtQuarter[1], rssAtQuarter[2], rssAtQuarter[3], cpuSeconds);
    }

    /** The crawler as the assessor runs it (robots.txt, sitemaps, WARC, index), minus politeness delay. */
    private static long crawl(List<URI> homes, int concurrency, int pagesPerSite, Runnable perPage) throws Exception {
        Path run = Files.createTempDirectory("bench-crawl");
        List<CrawlTarget> targets = new ArrayList<>();
        for (int i = 0; i < homes.size(); i++) {
            targets.add(new CrawlTarget(String.format("site-%03d", i), List.of(homes.get(i)), List.of()));
        }
        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .concurrency(concurrency).maxPagesPerSite(pagesPerSite + 2).maxDepth(10).build();
        CrawlListener listener = new CrawlListener() {
            @Override
            public void fetched(CrawlTarget target, URI url, int status, int fetched, int limit) {
                if (status == 200) {
                    perPage.run();
                }
            }
        };
        try (Crawler crawler = Crawler.create(policy)) {
            List<CrawlSummary> done = crawler.crawlAll(targets, run, false, listener);
            return done.stream().mapToLong(CrawlSummary::pagesFetched).sum() - 2L * homes.size(); // robots.txt, sitemap.xml
        } finally {
            deleteTree(run);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
