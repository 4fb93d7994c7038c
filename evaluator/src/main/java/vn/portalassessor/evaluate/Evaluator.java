package vn.portalassessor.evaluate;

import vn.portalassessor.evaluate.text.VietnameseNumbers;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.reading.PageReadings;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.ServiceResult;
import vn.portalassessor.evaluate.services.ServiceSurvey;
import vn.portalassessor.score.AgencyJudgements;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.score.Overrides;
import vn.portalassessor.score.Scorer;
import vn.portalassessor.selfreport.ReportedValue;
import vn.portalassessor.selfreport.SelfReport;

/**
 * The evaluator's front door: judges every criterion of every agency from its crawled evidence and
 * self-reports, then scores, ranks and levels them. Sources are weighed as the methodology lists them
 * for each criterion: the first that gives a judgement wins; when the crawler and the self-report both
 * give a value, both are kept and a disagreement is flagged. Nothing is silently zero: a criterion
 * without data says "Không có số liệu", one the tool cannot judge says NEEDS_REVIEW, and a portal that
 * did not answer makes its crawler criteria UNREACHABLE.
 *
 * <p>No single site can stall or sink a run: an agency's checks share a time budget
 * ({@link #DEFAULT_AGENCY_BUDGET} unless {@link #withAgencyBudget} says otherwise), after which its
 * remaining crawler criteria are NEEDS_REVIEW with a note; and anything that goes wrong inside one
 * agency's evaluation ends that agency's crawler criteria as NEEDS_REVIEW with the reason, never the
 * run.
 *
 * <p>Agencies are judged side by side, as many at a time as the machine has cores
 * ({@link #withParallelism}), each on its own evidence; the assessment lists them in the order given,
 * so a run and its re-score write the same results whatever finished first. The progress callback is
 * called from the workers, one call at a time. Immutable; safe to share.
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    /** Time one agency's checks may take together before the rest are left to the inspector. */
    public static final Duration DEFAULT_AGENCY_BUDGET = Duration.ofMinutes(10);

    private final Methodology methodology;
    private final Map<String, Check> checks;
    private final Duration agencyBudget;
    private final int parallelism;

    public Evaluator(Methodology methodology, Map<String, Check> checks) {
        this(methodology, checks, DEFAULT_AGENCY_BUDGET, Runtime.getRuntime().availableProcessors());
    }

    private Evaluator(Methodology methodology, Map<String, Check> checks, Duration agencyBudget, int parallelism) {
        this.methodology = methodology;
        this.checks = Map.copyOf(checks);
        this.agencyBudget = agencyBudget;
        this.parallelism = parallelism;
    }

    /** This evaluator with another per-agency time budget. */
    public Evaluator withAgencyBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the per-agency evaluation budget must be positive, is " + budget);
        }
        return new Evaluator(methodology, checks, budget, parallelism);
    }

    /**
     * This evaluator judging up to {@code agencies} agencies at a time (default: the machine's cores).
     * The results do not depend on it: they come in the agencies' order, each agency judged alone.
     */
    public Evaluator withParallelism(int agencies) {
        if (agencies < 1) {
            throw new IllegalArgumentException("agencies evaluated at a time must be at least 1, is " + agencies);
        }
        return new Evaluator(methodology, checks, agencyBudget, agencies);
    }

    /** An evaluator with every implemented check. */
    public static Evaluator standard(Methodology methodology) {
        return new Evaluator(methodology, Checks.standard());
    }

    /** The check names the methodology uses that this version does not implement (judged NEEDS_REVIEW). */
    public Set<String> missingChecks() {
        Set<String> missing = new TreeSet<>();
        methodology.criteria().forEach(c -> c.crawlerCheck().filter(n -> !checks.containsKey(n)).ifPresent(missing::add));
        return missing;
    }

    /**
     * Evaluates agencies crawled into {@code runDir}.
     *
     * @param probes   where checks get extra pages (live or archived); opened from several threads at once,
     *                 one source per agency
     * @param progress told each agency id as it is done, in the order they finish
     */
    public Assessment evaluate(List<Agency> agencies, Path runDir, SelfReport selfReport, Probes probes,
                               LocalDate assessmentDate, Consumer<String> progress) {
        return evaluate(agencies, runDir, selfReport, probes, assessmentDate, progress, Overrides.NONE);
    }

    /**
     * Evaluates agencies crawled into {@code runDir}, then applies the inspectors' overrides, which
     * always win (source INSPECTOR, with their reason and author in the explanation).
     */
    public Assessment evaluate(List<Agency> agencies, Path runDir, SelfReport selfReport, Probes probes,
                               LocalDate assessmentDate, Consumer<String> progress, Overrides overrides) {
        int threads = Math.max(1, Math.min(parallelism, agencies.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluate-agency");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AgencyEvaluation>> futures = new ArrayList<>();
            for (Agency agency : agencies) {
                futures.add(pool.submit(() -> {
                    AgencyEvaluation e = evaluate(agency, runDir, selfReport, probes, assessmentDate, overrides);
                    synchronized (progress) {
                        progress.accept(agency.id());
                    }
                    return e;
                }));
            }
            List<AgencyEvaluation> evaluated = new ArrayList<>();
            for (Future<AgencyEvaluation> f : futures) {
                evaluated.add(await(f));
            }
            return score(assessmentDate, evaluated);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One agency's judgements, before scoring and ranking, and its online-service table (when it has
     * one and the budget allowed it). What a run that evaluates each agency as soon as its crawl ends
     * collects, to {@link #score} them all at the end.
     */
    public record AgencyEvaluation(AgencyJudgements judged, Optional<List<ServiceResult>> services) {

        /** The agency's id. */
        public String id() {
            return judged.agency().id();
        }
    }

    /**
     * Scores, ranks and levels agencies evaluated one by one; the assessment lists them in the order
     * given. The ranking needs every agency of a group, so this comes last.
     */
    public Assessment score(LocalDate assessmentDate, List<AgencyEvaluation> evaluated) {
        List<AgencyJudgements> judged = new ArrayList<>();
        Map<String, List<ServiceResult>> serviceTables = new HashMap<>();
        for (AgencyEvaluation e : evaluated) {
            judged.add(e.judged());
            e.services().ifPresent(t -> serviceTables.put(e.id(), t));
        }
        return Scorer.score(methodology, assessmentDate, judged).withServices(serviceTables);
    }

    private static AgencyEvaluation await(Future<AgencyEvaluation> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while agencies were being evaluated", e);
        } catch (ExecutionException e) {
            // evaluate(Agency...) turns an agency's failure into NEEDS_REVIEW; what reaches here is an Error
            throw rethrown(e);
        }
    }

    /** What a task threw, thrown again as itself when unchecked (an Error is rethrown, never wrapped). */
    private static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException(e.getCause());
    }

    /**
     * Evaluates one agency, within its time budget; anything that goes wrong ends its crawler criteria
     * as NEEDS_REVIEW, never the run. Thread-safe: agencies may be evaluated side by side, each with its
     * own probes.
     */
    public AgencyEvaluation evaluate(Agency agency, Path runDir, SelfReport selfReport, Probes probes, LocalDate assessmentDate,
                               Overrides overrides) {
        Optional<CrawlSummary> crawl = Optional.empty();
        PageSource source = null;
        try {
            crawl = Crawler.readSummary(runDir, agency.id());
            source = probes.open(agency);
            PageStore store = PageStore.open(runDir, agency.id());
            // the crawl's pages only: a page a probe added later (a search result) is the probe's, in a run and a re-score alike
            PageStore crawled = crawl.map(CrawlSummary::finished).map(store::until).orElse(store);
            PageReadings kept = PageReadings.of(runDir, agency.id(), SiteEvidence.readingsKey(agency, crawled, methodology));
            SiteEvidence site = new SiteEvidence(agency, crawl, crawled, source, assessmentDate, methodology, kept);
            Budget budget = new Budget(agencyBudget);
            Map<String, Judgement> judgements = judge(site, selfReport, budget);
            keepReadings(site, budget);
            AgencyJudgements judged = overrides.apply(methodology, new AgencyJudgements(agency, crawlInfo(crawl), judgements));
            Optional<List<ServiceResult>> services = budget.spent() ? Optional.empty()
                    : ServiceSurvey.table(site).filter(t -> !t.isEmpty());
            return new AgencyEvaluation(judged, services);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("evaluating {} failed; its crawler criteria are left to the inspector", agency.id(), e);
            String reason = "Đánh giá tự động cơ quan này bị dừng do lỗi (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); thanh tra viên cần đánh giá";
            return new AgencyEvaluation(overrides.apply(methodology,
                    new AgencyJudgements(agency, crawlInfo(crawl), judgeWithout(agency, reason, selfReport))), Optional.empty());
        } finally {
            if (source instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close the probe archive of " + agency.id(), e);
                }
            }
        }
    }

    /**
     * Keeps what was read off the agency's pages in the run for a re-score; not after a site that ran
     * out of its time budget (its readings would cost that time again), and never at the cost of the
     * agency's verdicts: a folder that cannot be written only means the next re-score reads the pages.
     */
    private static void keepReadings(SiteEvidence site, Budget budget) {
        if (budget.spent()) {
            return;
        }
        try {
            site.keepReadings();
        } catch (RuntimeException e) {
            LOG.warn("the page readings of {} are not kept: {}", site.agency().id(), e.getMessage());
        }
    }

    /** Judges every applicable criterion of one agency. */
    Map<String, Judgement> judge(SiteEvidence site, SelfReport selfReport) {
        return judge(site, selfReport, new Budget(agencyBudget));
    }

    private Map<String, Judgement> judge(SiteEvidence site, SelfReport selfReport, Budget budget) {
        Map<String, Judgement> judgements = new HashMap<>();
        try {
            methodology.criteria()
                    .filter(c -> c.appliesTo(site.agency().group()))
                    .forEach(c -> judgements.put(c.id(), judge(c, selfReport, () -> fromCrawler(c, site, budget),
                            site.agency().id())));
        } finally {
            budget.close();
        }
        return judgements;
    }

    /** Every applicable criterion of an agency whose evaluation failed: crawler criteria NEEDS_REVIEW with the reason. */
    private Map<String, Judgement> judgeWithout(Agency agency, String reason, SelfReport selfReport) {
        Map<String, Judgement> judgements = new HashMap<>();
        methodology.criteria()
                .filter(c -> c.appliesTo(agency.group()))
                .forEach(c -> judgements.put(c.id(), judge(c, selfReport, () -> new Judgement(c, Status.NEEDS_REVIEW, null,
                        Map.of(), Source.CRAWLER, reason, List.of(), 0.0, null, null), agency.id())));
        return judgements;
    }

    private Judgement judge(Criterion c, SelfReport selfReport, java.util.function.Supplier<Judgement> fromCrawler,
                            String agencyId) {
        Judgement crawler = null;
        Judgement reported = null;
        for (Source source : c.sources()) {
            if (source == Source.CRAWLER && c.crawlerCheck().isPresent()) {
                crawler = fromCrawler.get();
            } else if (source == Source.SELF_REPORTED) {
                reported = fromSelfReport(c, agencyId, selfReport);
            }
        }
        if (crawler != null && crawler.status() == Status.UNREACHABLE && c.sources().get(0) == Source.CRAWLER) {
            // §8: a criterion that depends on a site that cannot be reached is UNREACHABLE; a self-report is kept beside it
            return reported == null || reported.value() == null ? crawler : new Judgement(c, crawler.status(), null, Map.of(),
                    Source.CRAWLER, crawler.explanation() + "; số liệu tự báo cáo: " + format(reported.value())
                    + " (không thay được kiểm tra)", crawler.evidence(), crawler.confidence(), null, reported.value());
        }
        Judgement chosen = null;
        for (Source source : c.sources()) {
            Judgement j = source == Source.CRAWLER ? crawler : source == Source.SELF_REPORTED ? reported : null;
            if (j != null && j.status().decisive()) {
                chosen = j;
                break;
            }
        }
        if (chosen == null) {
            chosen = crawler != null ? crawler : reported;
        }
        if (chosen == null) {
            return new Judgement(c, Status.NOT_MET, null, Map.of(), Source.SELF_REPORTED,
                    "Không có số liệu: cơ quan chưa báo cáo tiêu chí này", List.of(), 1.0, null, null);
        }
        if (crawler != null && reported != null && crawler.status().decisive() && reported.status().decisive()
                && crawler.value() != null && reported.value() != null) {
            Judgement both = new Judgement(c, chosen.status(), chosen.value(), chosen.componentValues(), chosen.source(),
                    chosen.explanation(), chosen.evidence(), chosen.confidence(), crawler.value(), reported.value());
            if (both.discrepancy()) {
                return new Judgement(c, both.status(), both.value(), both.componentValues(), both.source(),
                        both.explanation() + "; số liệu tự báo cáo (" + format(reported.value())
                                + ") khác số liệu kiểm tra (" + format(crawler.value()) + ")",
                        both.evidence(), both.confidence(), both.detected(), both.reported());
            }
            return both;
        }
        return chosen;
    }

    private Judgement fromCrawler(Criterion c, SiteEvidence site, Budget budget) {
        String name = c.crawlerCheck().orElseThrow();
        Check check = checks.get(name);
        Verdict v;
        if (check == null) {
            v = Verdict.needsReview("Chưa có kiểm tra tự động \"" + name + "\" cho tiêu chí này; thanh tra viên cần đánh giá",
                    List.of());
        } else if (!site.assessable()) {
            v = Verdict.unreachable(site.unreachableReason());
        } else if (budget.spent()) {
            v = Verdict.needsReview(budget.note(), List.of());
        } else {
            try {
                v = budget.run(() -> check.judge(c, site));
            } catch (TimeoutException e) {
                LOG.warn("check {} on {} for {} ran past the agency's budget of {}", name, site.agency().id(), c.id(),
                        agencyBudget);
                v = Verdict.needsReview(budget.note(), List.of());
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("check {} failed on {} for {}", name, site.agency().id(), c.id(), e);
                v = Verdict.needsReview("Kiểm tra tự động gặp lỗi (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); thanh tra viên cần đánh giá", List.of());
            }
        }
        return new Judgement(c, v.status(), v.value(), Map.of(), Source.CRAWLER, v.explanation(), v.evidence(),
                v.confidence(), null, null);
    }

    private static Judgement fromSelfReport(Criterion c, String agencyId, SelfReport selfReport) {
        if (c.rule() == RuleType.COMPOSITE) {
            Map<String, Double> values = new HashMap<>();
            List<String> parts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Component comp : c.components()) {
                Optional<ReportedValue> v = selfReport.value(agencyId, comp.id());
                if (v.isPresent()) {
                    values.put(comp.id(), v.get().value());
                    parts.add(comp.id() + " = " + VietnameseNumbers.cell(v.get().raw()));
                } else {
                    missing.add(comp.id());
                }
            }
            if (values.isEmpty()) {
                return null;
            }
            return new Judgement(c, Status.MET, null, values, Source.SELF_REPORTED,
                    "Số liệu tự báo cáo: " + String.join(", ", parts)
                            + (missing.isEmpty() ? "" : "; không có số liệu: " + String.join(", ", missing)),
                    List.of(), 1.0, null, null);
        }
        return selfReport.value(agencyId, c.id())
                .map(v -> new Judgement(c, Status.MET, v.value(), Map.of(), Source.SELF_REPORTED,
                        "Số liệu tự báo cáo: " + VietnameseNumbers.cell(v.raw()) + (v.note().isBlank() ? "" : " (" + v.note() + ")"),
                        List.of(), 1.0, null, v.value()))
                .orElse(null);
    }

    /**
     * One agency's evaluation time: checks run one at a time on a worker thread and are waited for at
     * most the time left. A check still running when the time is up is abandoned (its daemon thread
     * no longer touches anything the run reads) and every later check of the agency is NEEDS_REVIEW.
     */
    private static final class Budget implements AutoCloseable {

        private final Duration total;
        private final long deadline;
        private ExecutorService worker;
        private boolean spent;

        Budget(Duration total) {
            this.total = total;
            this.deadline = System.nanoTime() + total.toNanos();
        }

        boolean spent() {
            return spent || System.nanoTime() - deadline >= 0;
        }

        String note() {
            return "Hết thời gian đánh giá tự động dành cho cơ quan này (" + describe(total)
                    + "); tiêu chí chưa được kiểm tra, thanh tra viên cần đánh giá";
        }

        Verdict run(java.util.concurrent.Callable<Verdict> check) throws TimeoutException {
            if (worker == null) {
                worker = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "evaluate-check");
                    t.setDaemon(true);
                    return t;
                });
            }
            Future<Verdict> future = worker.submit(check);
            try {
                return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                spent = true;
                future.cancel(true);
                worker.shutdownNow();
                worker = null;
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a check", e);
            } catch (ExecutionException e) {
                throw rethrown(e);
            }
        }

        @Override
        public void close() {
            if (worker != null) {
                worker.shutdownNow();
                worker = null;
            }
        }

        private static String describe(Duration d) {
            return d.toMinutes() >= 1 ? d.toMinutes() + " phút" : Math.max(1, d.toSeconds()) + " giây";
        }
    }

    private static CrawlInfo crawlInfo(Optional<CrawlSummary> crawl) {
        return crawl.map(c -> new CrawlInfo(c.pagesFetched(), c.errors(), c.status().name(), c.notes()))
                .orElse(new CrawlInfo(0, 0, "NOT_CRAWLED", List.of("chưa thu thập")));
    }

    private static String format(Double v) {
        return v == null ? "—" : VietnameseNumbers.decimal(v, 3);
    }
}
