package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.AgencyListReader;

/** {@code assessor crawl}: fetch and archive evidence only, resumable. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl the agencies' sites and archive what they answered (evidence/<id>/*.warc.gz), " +
                "without evaluating. With --resume, continue a crawl that was interrupted: pages already " +
                "archived are not fetched again. Evaluate later with 'assessor evaluate --run DIR'.")
final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--agencies", paramLabel = "FILE",
            description = "Agencies to crawl (CSV/XLSX/JSON). With --resume, defaults to the run's own list.")
    Path agencies;

    @Option(names = "--methodology", paramLabel = "FILE",
            description = "Methodology whose service-catalogue keywords lead to undeclared service sites (default: shipped).")
    Path methodology;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory.")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted crawl in --out.")
    boolean resume;

    @Mixin
    CrawlOptions crawl;

    @Override
    public Integer call() throws Exception {
        CrawlPolicy policy = crawl.policy();
        Methodology m = Pipeline.methodology(methodology);
        List<Agency> list;
        RunManifest manifest;
        if (resume && Files.exists(out.resolve(RunManifest.FILE))) {
            manifest = RunManifest.read(out);
            list = agencies == null ? manifest.agencies() : AgencyListReader.read(agencies);
        } else {
            if (agencies == null) {
                throw new UsageException("--agencies is required (unless resuming a crawl in --out)");
            }
            if (!resume && Files.exists(out.resolve("crawl-state"))) {
                throw new UsageException(out + " already holds a crawl; use --resume to continue it or choose another --out");
            }
            list = AgencyListReader.read(agencies);
            vn.portalassessor.report.OutputFolder.prepare(out); // before anything is fetched
            manifest = new RunManifest("assessor", AssessorCommand.version(), m.id(), m.version(),
                    methodology == null ? "" : methodology.toString(), crawl.assessmentDate(),
                    Pipeline.options(policy, crawl.screenshotsSetting()), list, Instant.now(), null);
            manifest.write(out);
        }
        if ("on".equals(crawl.screenshots)) {
            System.out.println("Lưu ý: ảnh chụp chỉ được tạo cho trang làm bằng chứng, sau khi đánh giá ('assessor run');"
                    + " 'crawl' chỉ lưu trang vào WARC.");
        }
        try (BrowserPool browsers = Pipeline.scriptBrowsers(policy);
             Crawler crawler = Crawler.create(policy, browsers)) {
            Pipeline.crawl(crawler, Pipeline.targets(list, m), out, resume, System.out);
        }
        manifest.finishedAt(Instant.now()).write(out);
        System.out.println("Đã lưu bằng chứng vào " + out.resolve("evidence").toAbsolutePath());
        return 0;
    }

}
