package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.AgencyListReader;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.template.PreviousValues;
import vn.portalassessor.selfreport.template.TemplateFiller;
import vn.portalassessor.selfreport.template.TemplateWriter;
import vn.portalassessor.samples.SamplePortalServer;
import vn.portalassessor.samples.SampleSet;

/**
 * {@code assessor demo}: the whole pipeline on one set of bundled sample portals (the first by
 * default), served on 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the bundled sample portals (fictional agencies of all three groups) on 127.0.0.1, " +
                "write their self-report workbooks (tu-bao-cao/mau/) and a filled-in set (tu-bao-cao/da-dien/), run the " +
                "whole pipeline on them importing that set, and print where the " +
                "report is. Uses the assessment date 2016-12-31, a 20 ms politeness delay and private addresses " +
                "allowed (the sites are on loopback).")
final class DemoCommand implements Callable<Integer> {

    static final LocalDate DEMO_DATE = LocalDate.of(2016, 12, 31);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "assessor-demo",
            description = "Run directory (default: ${DEFAULT-VALUE}); a previous demo run there is replaced.")
    Path out;

    @Option(names = "--samples", paramLabel = "first|second", defaultValue = "first",
            description = "Which bundled set to serve (default: ${DEFAULT-VALUE}): first = the nine agencies the " +
                    "tests use; second = twelve agencies in other CMS styles, labelled separately " +
                    "(sample-portals-2/labels.csv, for `assessor agreement`).")
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
            Path selfReported = sampleSelfReports(out.resolve("tu-bao-cao"), AgencyListReader.read(agencies),
                    server.catalogue().selfReportedCsv());
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

    /**
     * Plays the collection step for the sample agencies: writes their blank templates into
     * {@code dir/mau/}, fills a copy of each with the sample figures ({@code dir/so-lieu-mau.csv}) into
     * {@code dir/da-dien/}, as the agencies would return them, and returns that folder for the run to import.
     */
    static Path sampleSelfReports(Path dir, List<Agency> agencies, String sampleCsv) throws java.io.IOException {
        Methodology m = Pipeline.methodology(null);
        Path figures = Files.writeString(Files.createDirectories(dir).resolve("so-lieu-mau.csv"), sampleCsv,
                java.nio.charset.StandardCharsets.UTF_8);
        SelfReport sample = Pipeline.selfReport(figures, m, agencies);
        TemplateWriter.writeAll(m, agencies, PreviousValues.NONE, dir.resolve("mau"));
        Path filled = Files.createDirectories(dir.resolve("da-dien"));
        for (Agency a : agencies) {
            Path workbook = filled.resolve(a.id() + ".xlsx");
            Files.copy(dir.resolve("mau").resolve(a.id() + ".xlsx"), workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            TemplateFiller.fill(workbook, a.id(), sample);
        }
        System.out.println("Biểu tự báo cáo: mẫu trống trong " + dir.resolve("mau") + ", bản các cơ quan mẫu đã điền trong "
                + filled + ".");
        return filled;
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
