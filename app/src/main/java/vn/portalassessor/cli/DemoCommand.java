package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.criteria.load.AgencyListReader;
import vn.portalassessor.samples.SamplePortalServer;
import vn.portalassessor.samples.SampleSet;

/**
 * {@code assessor demo}: the whole pipeline on one set of bundled sample portals (the first by
 * default), served on 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the bundled sample portals (fictional agencies of all three groups) on 127.0.0.1,",
                "run the whole pipeline on them with their sample self-reported figures, and print where the",
                "report is. Uses the assessment date 2016-12-31, a 20 ms politeness delay and private addresses",
                "allowed (the sites are on loopback)."})
final class DemoCommand implements Callable<Integer> {

    static final LocalDate DEMO_DATE = LocalDate.of(2016, 12, 31);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "assessor-demo",
            description = "Run directory (default: ${DEFAULT-VALUE}); a previous demo run there is replaced.")
    Path out;

    @Option(names = "--samples", paramLabel = "first|second", defaultValue = "first",
            description = {"Which bundled set to serve (default: ${DEFAULT-VALUE}): first = the nine agencies the",
                    "tests use; second = twelve agencies in other CMS styles, labelled separately",
                    "(sample-portals-2/labels.csv, for `assessor agreement`)."})
    String samples;

    @Option(names = "--screenshots", paramLabel = "on|off",
            description = "Screenshots of evidence pages (default: on when chromium is installed).")
    String screenshots;

    @Override
    public Integer call() throws Exception {
        SampleSet set;
        try {
            set = SampleSet.named(samples);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--samples: " + e.getMessage());
        }
        clearPreviousDemo(out);
        try (SamplePortalServer server = SamplePortalServer.start(set)) {
            System.out.println("Đã khởi động " + server.catalogue().sites().size() + " trang mẫu trên 127.0.0.1.");
            Path agencies = server.writeAgencyList(out.resolve("agencies.csv"));
            Path selfReported = Files.writeString(out.resolve("self-reported.csv"), server.catalogue().selfReportedCsv(),
                    java.nio.charset.StandardCharsets.UTF_8);
            CrawlOptions options = new CrawlOptions();
            options.maxPages = 300;
            options.maxDepth = 6;
            options.delayMs = 20;
            options.concurrency = 4;
            options.screenshots = screenshots;
            options.userAgent = vn.portalassessor.crawl.CrawlPolicy.DEFAULT_USER_AGENT;
            options.assessmentDate = DEMO_DATE;
            options.allowPrivateAddresses = true;
            return RunCommand.execute(AgencyListReader.read(agencies), selfReported, null, out, options, System.out);
        }
    }

    /** Removes a previous run in {@code dir}; refuses a folder that is not one. */
    static void clearPreviousDemo(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!Files.exists(dir.resolve(RunManifest.FILE))) {
            throw new UsageException(dir + " exists and is not a previous run; choose another --out");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
