package vn.portalassessor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.portalassessor.crawl.ArchivedPageSource;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.render.AccessibilityScanner;
import vn.portalassessor.crawl.render.BrowserSettings;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.render.BrowserPool;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.Evaluator;
import vn.portalassessor.evaluate.Probes;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.services.ServiceVocabulary;
import vn.portalassessor.report.RunOutputs;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;

/**
 * The stages every command strings together: crawl the agencies, evaluate them (live probes during a
 * run, the archive when re-scoring), and write the outputs. Holds no state.
 */
final class Pipeline {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Pipeline() {
    }

    static Methodology methodology(Path file) {
        return file == null ? MethodologyLoader.loadDefault() : MethodologyLoader.load(file);
    }

    static SelfReport selfReport(Path file, Methodology m, List<Agency> agencies) {
        if (file == null) {
            return SelfReport.NONE;
        }
        Set<String> ids = agencies.stream().map(Agency::id).collect(Collectors.toSet());
        return SelfReportReader.read(file, m, ids);
    }

    /**
     * What to crawl for each agency: its portal and declared service site, and the link texts and host
     * words that lead to an undeclared service site (the service-catalogue criterion's keywords and
     * slugs, less its exclusions).
     */
    static List<CrawlTarget> targets(List<Agency> agencies, Methodology m) {
        List<String> serviceLinks = ServiceVocabulary.siteLinkNames(m);
        List<CrawlTarget> targets = new ArrayList<>();
        for (Agency a : agencies) {
            List<URI> seeds = new ArrayList<>();
            seeds.add(a.portalUrl());
            a.services().ifPresent(seeds::add);
            targets.add(new CrawlTarget(a.id(), seeds, serviceLinks));
        }
        return targets;
    }

    static List<CrawlSummary> crawl(Crawler crawler, List<CrawlTarget> targets, Path runDir, boolean resume,
                                    PrintStream out) throws InterruptedException {
        out.println("Thu thập " + targets.size() + " cơ quan (" + crawler.policy().concurrency() + " song song, "
                + crawler.policy().delayPerHost().toMillis() + " ms giữa hai yêu cầu tới một máy chủ)...");
        long budget = (long) targets.size() * crawler.policy().maxPagesPerSite();
        try (ConsoleProgress progress = new ConsoleProgress(out, targets.size(), budget, System.console() != null)) {
            return crawler.crawlAll(targets, runDir, resume, progress);
        }
    }

    /** Evaluates with live probes through the crawler (a run). */
    static Assessment evaluateLive(Crawler crawler, Methodology m, List<Agency> agencies, List<CrawlTarget> targets,
                                   Path runDir, SelfReport selfReport, LocalDate date, PrintStream out) {
        Map<String, CrawlTarget> byId = targets.stream().collect(Collectors.toMap(CrawlTarget::id, t -> t));
        return evaluate(m, agencies, runDir, selfReport, a -> crawler.liveSource(byId.get(a.id()), runDir), date, out);
    }

    /** Evaluates from the archive only (re-scoring, never fetching). */
    static Assessment evaluateArchived(Methodology m, List<Agency> agencies, Path runDir, SelfReport selfReport,
                                       LocalDate date, PrintStream out) {
        return evaluate(m, agencies, runDir, selfReport, a -> new ArchivedPageSource(PageStore.open(runDir, a.id()),
                AccessibilityScanner.reportFile(runDir, a.id())),
                date, out);
    }

    private static Assessment evaluate(Methodology m, List<Agency> agencies, Path runDir, SelfReport selfReport,
                                       Probes probes, LocalDate date, PrintStream out) {
        Evaluator evaluator = Evaluator.standard(m);
        if (!evaluator.missingChecks().isEmpty()) {
            out.println("Lưu ý: các kiểm tra chưa có trong phiên bản này, tiêu chí tương ứng được đánh dấu CẦN XEM XÉT: "
                    + String.join(", ", evaluator.missingChecks()));
        }
        out.println("Đánh giá " + agencies.size() + " cơ quan theo phương pháp " + m.id() + " (phiên bản " + m.version() + ")...");
        int[] done = {0};
        return evaluator.evaluate(agencies, runDir, selfReport, probes, date,
                id -> out.println("  [" + ++done[0] + "/" + agencies.size() + "] đã đánh giá " + id));
    }

    static void writeOutputs(Path runDir, Assessment assessment, RunManifest manifest, PrintStream out) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày đánh giá", assessment.assessmentDate().format(DATE));
        facts.put("Số cơ quan", String.valueOf(assessment.agencies().size()));
        facts.put("Thời điểm chạy", DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.systemDefault())
                .format(manifest.started() == null ? Instant.now() : manifest.started()));
        if (!manifest.options().isEmpty()) {
            facts.put("Tùy chọn", manifest.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        RunOutputs.write(runDir, assessment, facts);
        out.println("Kết quả: " + runDir.resolve("results.json"));
        out.println("Báo cáo: " + runDir.resolve("report").resolve("index.html").toAbsolutePath());
    }

    static Map<String, String> options(CrawlPolicy p, String screenshots) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("max-pages-per-site", String.valueOf(p.maxPagesPerSite()));
        o.put("max-depth", String.valueOf(p.maxDepth()));
        o.put("delay-ms", String.valueOf(p.delayPerHost().toMillis()));
        o.put("concurrency", String.valueOf(p.concurrency()));
        o.put("screenshots", screenshots);
        o.put("allow-private-addresses", String.valueOf(p.allowPrivateAddresses()));
        return o;
    }

    /**
     * Browsers for pages whose menus are built by scripts, when the policy renders them and chromium
     * is installed; otherwise null, and such menus are read from the scripts' text.
     */
    static BrowserPool scriptBrowsers(CrawlPolicy policy) {
        if (!policy.renderScriptNavigation()) {
            return null;
        }
        BrowserSettings settings = BrowserSettings.local().withBrowsers(1);
        Optional<String> missing = settings.missingLocalBrowser();
        if (missing.isPresent()) {
            System.out.println("Không dựng trang bằng trình duyệt (" + missing.get() + "): menu JavaScript được đọc từ mã nguồn.");
            return null;
        }
        return new BrowserPool(settings, policy.addressGuard(), new HostThrottle(), policy.delayPerHost());
    }
}
