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
import vn.portalassessor.report.html.RunOptionsText;
import vn.portalassessor.selfreport.AskedRow;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportReader;
import vn.portalassessor.selfreport.SelfReportStatus;

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

    /** The self-reported figures of a file (refused whole when bad) or a folder (bad workbooks set aside). */
    static SelfReport selfReport(Path fileOrFolder, Methodology m, List<Agency> agencies) {
        if (fileOrFolder == null) {
            return SelfReport.NONE;
        }
        return SelfReportReader.read(fileOrFolder, m, agencies);
    }

    /**
     * Warns, before anything is fetched, about refused workbooks and missing self-reported rows: a missing
     * row scores 0 ("không có số liệu"), which an inspector would rather chase now than discover in the ranking.
     */
    static SelfReportStatus warnAboutSelfReports(Methodology m, List<Agency> agencies, SelfReport report, PrintStream out) {
        SelfReportStatus status = SelfReportStatus.of(m, agencies, report);
        for (SelfReport.RefusedFile f : status.refused()) {
            out.println("Cảnh báo: không nhập biểu " + f.file() + " (" + f.errors().size() + " ô sai; sửa và gửi lại):");
            f.errors().stream().limit(20).forEach(e -> out.println("  " + e));
            if (f.errors().size() > 20) {
                out.println("  ... và " + (f.errors().size() - 20) + " ô sai khác");
            }
        }
        if (!status.incomplete().isEmpty()) {
            out.println("Cảnh báo: " + status.incomplete().size() + "/" + agencies.size() + " cơ quan còn thiếu "
                    + status.missingRows() + " số liệu tự báo cáo" + (report.file().isEmpty() ? " (không có --self-reported)" : "")
                    + "; tiêu chí thiếu số liệu được chấm 0 điểm:");
            for (SelfReportStatus.AgencyStatus a : status.incomplete()) {
                out.println("  " + a.agency().id() + ": " + a.state() + " (" + String.join(", ",
                        a.missing().stream().map(AskedRow::id).toList()) + ")");
            }
        }
        return status;
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

    /** Says which criteria this version has no check for (they are NEEDS_REVIEW), if any. */
    static void warnMissingChecks(Evaluator evaluator, PrintStream out) {
        if (!evaluator.missingChecks().isEmpty()) {
            out.println("Lưu ý: các kiểm tra chưa có trong phiên bản này, tiêu chí tương ứng được đánh dấu CẦN XEM XÉT: "
                    + String.join(", ", evaluator.missingChecks()));
        }
    }

    static List<CrawlSummary> crawl(Crawler crawler, List<CrawlTarget> targets, Path runDir, boolean resume,
                                    PrintStream out) throws InterruptedException {
        out.println("Thu thập " + targets.size() + " cơ quan (" + crawler.policy().concurrency() + " song song, "
                + crawler.policy().delayPerHost().toMillis() + " ms giữa hai yêu cầu tới một máy chủ)...");
        try (ConsoleProgress progress = ConsoleProgress.of(out, crawler.policy(), targets.size())) {
            return crawler.crawlAll(targets, runDir, resume, progress);
        }
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
        warnMissingChecks(evaluator, out);
        out.println("Đánh giá " + agencies.size() + " cơ quan theo phương pháp " + m.id() + " (phiên bản " + m.version() + ")...");
        int[] done = {0};
        return evaluator.evaluate(agencies, runDir, selfReport, probes, date,
                id -> out.println("  [" + ++done[0] + "/" + agencies.size() + "] đã đánh giá " + id));
    }

    static void writeOutputs(Path runDir, Assessment assessment, RunManifest manifest, PrintStream out) throws IOException {
        writeOutputs(runDir, assessment, manifest, out, null);
    }

    /** Writes the outputs, with the self-report status page when {@code selfReports} is given. */
    static void writeOutputs(Path runDir, Assessment assessment, RunManifest manifest, PrintStream out,
                             SelfReportStatus selfReports) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày đánh giá", assessment.assessmentDate().format(DATE));
        facts.put("Số cơ quan", String.valueOf(assessment.agencies().size()));
        facts.put("Thời điểm chạy", DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(manifest.started() == null ? Instant.now() : manifest.started()));
        if (!manifest.options().isEmpty()) {
            facts.put("Tùy chọn", RunOptionsText.vietnamese(manifest.options()));
        }
        if (selfReports != null) {
            facts.put("Tự báo cáo", (selfReports.agencies().size() - selfReports.incomplete().size()) + "/"
                    + selfReports.agencies().size() + " cơ quan đủ số liệu, thiếu " + selfReports.missingRows()
                    + " số liệu (tu-bao-cao.html)");
        }
        RunOutputs.write(runDir, assessment, methodologyOf(manifest, assessment), manifest.options(), facts, selfReports);
        out.println("Kết quả: " + runDir.resolve("results.json"));
        out.println("Báo cáo: " + runDir.resolve("report").resolve("index.html").toAbsolutePath());
    }

    /** The methodology the assessment was made with, for the report's method page; null when its file is gone or changed. */
    static Methodology methodologyOf(RunManifest manifest, Assessment assessment) {
        String file = manifest.methodologyFile();
        try {
            Methodology m = methodology(file == null || file.isBlank() ? null : Path.of(file));
            return m.id().equals(assessment.methodology().id()) && m.version().equals(assessment.methodology().version())
                    ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Map<String, String> options(CrawlPolicy p, String screenshots) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("max-pages-per-site", String.valueOf(p.maxPagesPerSite()));
        o.put("max-depth", String.valueOf(p.maxDepth()));
        o.put("delay-ms", String.valueOf(p.delayPerHost().toMillis()));
        o.put("concurrency", String.valueOf(p.concurrency()));
        o.put("screenshots", screenshots);
        o.put("allow-private-addresses", String.valueOf(p.allowPrivateAddresses()));
        o.put("max-requests-per-site", String.valueOf(p.maxRequestsPerSite()));
        o.put("legacy-tls", String.valueOf(p.legacyTls()));
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
        return browsers(policy, BrowserSettings.local().withBrowsers(1), System.out,
                "menu JavaScript được đọc từ mã nguồn");
    }

    /**
     * The browsers a run shares between its stages: pages whose menus are built by scripts, the
     * accessibility scans, the evidence screenshots. {@code settings} says how many and where (local
     * chromium or a Selenium Grid). Null when no local browser can start: script-built menus are then
     * read from the scripts' text and no page is scanned (C3.29 judges the HTML alone).
     */
    static BrowserPool runBrowsers(CrawlPolicy policy, BrowserSettings settings, PrintStream out) {
        return browsers(policy, settings, out, "menu JavaScript được đọc từ mã nguồn, không quét khả năng truy cập bằng axe-core");
    }

    private static BrowserPool browsers(CrawlPolicy policy, BrowserSettings settings, PrintStream out, String without) {
        Optional<String> missing = settings.missingLocalBrowser();
        if (missing.isPresent()) {
            out.println("Không dùng trình duyệt (" + missing.get() + "): " + without + ".");
            return null;
        }
        return new BrowserPool(settings, policy.addressGuard(), new HostThrottle(), policy.delayPerHost());
    }
}
