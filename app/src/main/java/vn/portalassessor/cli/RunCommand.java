package vn.portalassessor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.AgencyListReader;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportStatus;

/**
 * {@code assessor run}: crawl, evaluate, rank and report in one go, the stages overlapping
 * ({@link StagedRun}). With screenshots, the outputs are written as soon as the last agency is
 * evaluated and written again after the last screenshot, so a run killed while the last screenshots
 * are taken still leaves its results and report.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Crawl the agencies' portals and online-service sites, evaluate every criterion, rank within " +
                "each group and write results.json, results.csv and report/ into the output folder. " +
                "Input files are checked before anything is fetched; a bad file is refused with its line and field.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--agencies", required = true, paramLabel = "FILE",
            description = "Agencies to assess: CSV/XLSX (id,name,group,portal_url,services_url) or a JSON array.")
    Path agencies;

    @Option(names = "--self-reported", paramLabel = "DIR|FILE",
            description = "Self-reported data: a folder of returned self-report workbooks ('assessor selfreport template') " +
                    "and/or tables, or one CSV/XLSX table (agency_id,criterion_id,value,note). Missing rows are warned " +
                    "about before the crawl starts.")
    Path selfReported;

    @Option(names = "--methodology", paramLabel = "FILE",
            description = "Methodology file, JSON or YAML (default: the shipped 2016-reconstructed).")
    Path methodology;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory to create.")
    Path out;

    @Mixin
    CrawlOptions crawl;

    @Override
    public Integer call() throws Exception {
        return execute(AgencyListReader.read(agencies), selfReported, methodology, out, crawl, System.out);
    }

    /**
     * Keeps a copy of the self-reported data in the run directory ({@code self-reported.csv|xlsx}, or the
     * folder's CSV and XLSX files in {@code self-reported/}), so that {@code evaluate} re-scores with the
     * same figures unless told otherwise.
     */
    static void keepSelfReport(Path file, Path runDir) throws java.io.IOException {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            Path kept = Files.createDirectories(runDir.resolve("self-reported"));
            try (java.util.stream.Stream<Path> list = Files.list(file)) {
                for (Path f : list.filter(Files::isRegularFile).toList()) {
                    String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if (n.endsWith(".csv") || n.endsWith(".xlsx")) {
                        Files.copy(f, kept.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return;
        }
        Path kept = runDir.resolve(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? "self-reported.xlsx" : "self-reported.csv");
        if (!Files.exists(kept) || !Files.isSameFile(file, kept)) {
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs the whole pipeline; shared with {@code demo}. */
    static int execute(List<Agency> agencyList, Path selfReportFile, Path methodologyFile, Path out,
                       CrawlOptions options, PrintStream console) throws Exception {
        CrawlPolicy policy = options.policy();
        Methodology m = Pipeline.methodology(methodologyFile);
        SelfReport selfReport = Pipeline.selfReport(selfReportFile, m, agencyList);
        SelfReportStatus selfReports = Pipeline.warnAboutSelfReports(m, agencyList, selfReport, console);
        if (Files.exists(out.resolve("crawl-state"))) {
            throw new UsageException(out + " already holds a crawl; choose another --out (or use 'assessor crawl --resume')");
        }
        vn.portalassessor.report.OutputFolder.prepare(out); // before anything is fetched
        keepSelfReport(selfReportFile, out);
        RunManifest manifest = new RunManifest("assessor", AssessorCommand.version(), m.id(), m.version(),
                methodologyFile == null ? "" : methodologyFile.toString(), options.assessmentDate(),
                Pipeline.options(policy, options.screenshotsSetting()), agencyList, Instant.now(), null);
        manifest.write(out);
        List<CrawlTarget> targets = Pipeline.targets(agencyList, m);
        Assessment assessment;
        try (BrowserPool browsers = Pipeline.runBrowsers(policy, options.browserSettings(), console);
             Crawler crawler = Crawler.create(policy, browsers)) {
            if (!options.screenshotsOn()) {
                console.println("Không chụp ảnh bằng chứng (--screenshots " + options.screenshotsSetting() + ").");
            }
            StagedRun stages = new StagedRun(crawler, options.screenshotsOn() ? browsers : null, m, console);
            assessment = stages.run(agencyList, targets, out, selfReport, options.assessmentDate(),
                    (evaluated, progress) -> Pipeline.writeOutputs(out, evaluated, manifest, progress));
        }
        RunManifest finished = manifest.finishedAt(Instant.now());
        Pipeline.writeOutputs(out, assessment, finished, console, selfReports);
        finished.write(out);
        return 0;
    }
}
