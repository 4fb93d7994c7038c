package vn.portalassessor.confirm;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Checks;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.score.PointsRule;

/**
 * Judges one disputed criterion again on freshly fetched pages. "Only what it needs" means, here:
 * the agency's portal home page (where the menus that lead to sections are), every page the
 * criterion's earlier result cites as evidence, and the page the agency cites in its answer — each
 * fetched once through the crawler's live source, which archives it to the agency's WARC and capture
 * index like any crawled page. The criterion's check then runs on the archive, where those pages are
 * now the latest captures; every other page is judged as the crawl captured it, and pages the check
 * itself asks for (a site search) are fetched live. The earlier captures stay in the WARC, and the
 * earlier result with its evidence stays in the journal next to the new one. Stateless.
 */
public final class Recheck {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A re-check's outcome.
     *
     * @param result  the new result
     * @param fetched each URL fetched and what came of it, in Vietnamese
     */
    public record Outcome(CriterionResult result, List<String> fetched) {
    }

    private Recheck() {
    }

    /** The URLs a re-check of {@code before} fetches, for an agency that pointed to {@code agencyUrl}. */
    public static List<URI> urls(Agency agency, CriterionResult before, String agencyUrl) {
        Set<URI> urls = new LinkedHashSet<>();
        urls.add(agency.portalUrl());
        for (Evidence e : before.evidence()) {
            urls.add(URI.create(e.url()));
        }
        if (agencyUrl != null && !agencyUrl.isBlank()) {
            urls.add(URI.create(agencyUrl.strip()));
        }
        return List.copyOf(urls);
    }

    /**
     * Fetches {@code urls} through {@code live} and judges {@code criterion} again.
     *
     * @param live the agency's live page source ({@link Crawler#liveSource}); the caller closes it
     */
    public static Outcome run(Path runDir, Methodology m, Agency agency, Criterion criterion, CriterionResult before,
                              List<URI> urls, PageSource live, LocalDate assessmentDate, LocalDate today) {
        if (criterion.crawlerCheck().isEmpty()) {
            throw new IllegalArgumentException(criterion.id() + " is not judged from the portal (sources "
                    + criterion.sources() + "): it cannot be re-checked; decide it with 'confirm decide'");
        }
        List<String> fetched = new ArrayList<>();
        for (URI url : urls) {
            Optional<StoredPage> page = live.page(url);
            fetched.add(url + ": " + page.map(p -> "HTTP " + p.capture().status() + " lúc " + p.capture().fetchedAt())
                    .orElse("không lấy được (ngoài phạm vi cổng, robots.txt chặn hoặc không trả lời)"));
        }
        SiteEvidence site = new SiteEvidence(agency, Crawler.readSummary(runDir, agency.id()),
                PageStore.open(runDir, agency.id()), live, assessmentDate, m);
        Check check = Checks.standard().get(criterion.crawlerCheck().get());
        Verdict v;
        if (check == null) {
            v = Verdict.needsReview("Chưa có kiểm tra tự động \"" + criterion.crawlerCheck().get()
                    + "\" cho tiêu chí này; thanh tra viên cần đánh giá", List.of());
        } else if (!site.assessable()) {
            v = Verdict.unreachable(site.unreachableReason());
        } else {
            try {
                v = check.judge(criterion, site);
            } catch (RuntimeException e) {
                v = Verdict.needsReview("Kiểm tra tự động gặp lỗi (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); thanh tra viên cần đánh giá", List.of());
            }
        }
        double points = 0;
        if (v.status().decisive() && v.value() != null && criterion.rule() != RuleType.COMPOSITE
                && criterion.rule() != RuleType.NORMALIZED) {
            points = PointsRule.points(criterion.rule(), criterion.maxPoints(), criterion.perItem(), criterion.cap(),
                    criterion.bands(), v.value(), 0);
        }
        CriterionResult result = new CriterionResult(criterion.id(), criterion.name(), v.status(), points,
                criterion.maxPoints(), Source.CRAWLER, v.confidence(),
                "Kiểm tra lại ngày " + today.format(DATE) + ": " + v.explanation(), v.evidence(), criterion.rule(),
                v.value(), before.detected() == null ? null : v.value(), before.reported(),
                before.reported() == null || v.value() == null ? null : Math.abs(before.reported() - v.value()) > 1e-9);
        return new Outcome(result, fetched);
    }
}
