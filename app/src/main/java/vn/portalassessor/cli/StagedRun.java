package vn.portalassessor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.portalassessor.crawl.CrawlListener;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.Evaluator;
import vn.portalassessor.evaluate.Evaluator.AgencyEvaluation;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.score.Overrides;
import vn.portalassessor.selfreport.SelfReport;

/**
 * A run's stages overlapping: each agency is evaluated as soon as its crawl ends, on a pool sized to
 * the machine's cores, and its evidence screenshotted as soon as it is evaluated, on the run's
 * browsers (which the accessibility scans of the evaluation share), while other agencies are still
 * crawled. A national run is then bounded by its busiest host's politeness rather than by the sum of
 * its stages. The assessment is the one the stages run one after another would give: each agency is
 * judged alone on its archive as its crawl left it, and scoring and ranking wait for the last agency.
 */
final class StagedRun {

    /** What is done with the assessment once every agency is evaluated, while screenshots are still taken. */
    interface Evaluated {
        void accept(Assessment assessment, PrintStream console) throws IOException;
    }

    /** When each stage ended, from the run's start. */
    record Timing(double crawlSeconds, double evaluationSeconds, double screenshotSeconds) {

        /** The console line the national benchmark reads; "-" for a stage that did not run. */
        String line() {
            return String.format(Locale.ROOT, "Thời gian các bước (tính từ lúc bắt đầu): thu thập xong %.1f s, "
                    + "đánh giá xong %.1f s, chụp ảnh xong %s.", crawlSeconds, evaluationSeconds,
                    Double.isNaN(screenshotSeconds) ? "-" : String.format(Locale.ROOT, "%.1f s", screenshotSeconds));
        }
    }

    private final Crawler crawler;
    private final BrowserPool browsers;
    private final Methodology methodology;
    private final Evaluator evaluator;
    private final PrintStream out;

    /**
     * @param crawler  the run's crawler, sharing {@code browsers} for script-built menus and accessibility scans
     * @param browsers the run's browsers for the evidence screenshots, or null to take none
     */
    StagedRun(Crawler crawler, BrowserPool browsers, Methodology methodology, PrintStream out) {
        this.crawler = crawler;
        this.browsers = browsers;
        this.methodology = methodology;
        this.evaluator = Evaluator.standard(methodology);
        this.out = out;
    }

    /**
     * Crawls, evaluates and screenshots {@code agencies} into {@code runDir}; {@code evaluated} is
     * given the assessment as soon as the last agency is evaluated (to write the results before the
     * last screenshots), and the assessment with its screenshots is returned.
     */
    Assessment run(List<Agency> agencies, List<CrawlTarget> targets, Path runDir, SelfReport selfReport,
                   LocalDate assessmentDate, Evaluated evaluated) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Pipeline.warnMissingChecks(evaluator, out);
        Map<String, Agency> byId = agencies.stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<String, CrawlTarget> targetById = targets.stream().collect(Collectors.toMap(CrawlTarget::id, Function.identity()));
        Map<String, Future<AgencyEvaluation>> evaluations = new ConcurrentHashMap<>();
        out.println("Thu thập " + targets.size() + " cơ quan (tối đa " + crawler.policy().maxConnections()
                + " yêu cầu cùng lúc, " + crawler.policy().delayPerHost().toMillis()
                + " ms giữa hai yêu cầu tới một máy chủ); mỗi cơ quan được đánh giá theo phương pháp " + methodology.id()
                + " (phiên bản " + methodology.version() + ") ngay khi thu thập xong"
                + (browsers == null ? "" : " và chụp ảnh bằng chứng ngay khi đánh giá xong (" + browsers.settings().browsers()
                + " trình duyệt" + browsers.settings().grid().map(g -> " trên Selenium Grid " + g).orElse("") + ")") + ".");
        ExecutorService evaluation = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "evaluate-agency");
            t.setDaemon(true);
            return t;
        });
        try (ConsoleProgress progress = ConsoleProgress.of(out, crawler.policy(), targets.size());
             EvidenceScreenshots screenshots = browsers == null ? null : new EvidenceScreenshots(runDir, browsers, progress)) {
            CrawlListener listener = new CrawlListener() {
                @Override
                public void started(CrawlTarget target) {
                    progress.started(target);
                }

                @Override
                public void fetched(CrawlTarget target, URI url, int status, int fetched, int limit) {
                    progress.fetched(target, url, status, fetched, limit);
                }

                @Override
                public void finished(CrawlTarget target, CrawlSummary summary) {
                    progress.finished(target, summary);
                    Agency agency = byId.get(target.id());
                    evaluations.put(target.id(), evaluation.submit(() -> {
                        AgencyEvaluation e = evaluator.evaluate(agency, runDir, selfReport,
                                a -> crawler.liveSource(targetById.get(a.id()), runDir), assessmentDate, Overrides.NONE);
                        progress.evaluated(agency.id());
                        if (screenshots != null) {
                            // a rank never changes a status: the agency's MET criteria are known now
                            screenshots.submit(evaluator.score(assessmentDate, List.of(e)).agencies().get(0));
                        }
                        return e;
                    }));
                }
            };
            crawler.crawlAll(targets, runDir, false, listener);
            double crawled = seconds(start);
            List<AgencyEvaluation> done = new ArrayList<>();
            for (Agency a : agencies) {
                Future<AgencyEvaluation> e = evaluations.get(a.id());
                if (e == null) {
                    throw new IllegalStateException("the crawl of " + a.id() + " ended without telling its listener");
                }
                done.add(await(e));
            }
            Assessment assessment = evaluator.score(assessmentDate, done);
            double judged = seconds(start);
            if (screenshots == null) {
                progress.close();
                out.println(new Timing(crawled, judged, Double.NaN).line());
                return assessment;
            }
            PrintStream console = progress.console();
            // the results are on disk before the last screenshots: a run killed now keeps them
            evaluated.accept(assessment, console);
            if (progress.shotsWaiting() > 0) {
                console.println("Còn chụp " + progress.shotsWaiting() + " ảnh bằng chứng...");
            }
            EvidenceScreenshots.Outcome shots = screenshots.finish(assessment);
            double shot = seconds(start);
            progress.close();
            out.println(shots.summary());
            out.println(new Timing(crawled, judged, shot).line());
            return shots.assessment();
        } finally {
            evaluation.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static AgencyEvaluation await(Future<AgencyEvaluation> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // an agency's failure is already its NEEDS_REVIEW verdict; what reaches here is an Error or a defect
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("evaluating an agency failed: " + e.getCause(), e.getCause());
        }
    }
}
