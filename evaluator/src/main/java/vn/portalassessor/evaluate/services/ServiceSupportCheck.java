package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C4.06 Hỗ trợ sử dụng dịch vụ công: the support functions of the online-service site, one sub-item
 * each (hướng dẫn sử dụng, tra cứu hồ sơ, thống kê). A sub-item is present when a page of the service
 * site — not the portal, not a service's own page — is named by its hints (link text, heading or URL
 * slug) and has real content or a form (a lookup page may be little more than its form). Points are
 * the found sub-items' share.
 */
public final class ServiceSupportCheck implements Check {

    @Override
    public String name() {
        return "service-support";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        ServiceSurvey survey = ServiceSurvey.of(site);
        if (survey.findings().isEmpty() && survey.cataloguePages().isEmpty()) {
            return Verdict.notMet("Không tìm thấy cổng dịch vụ công trực tuyến", List.of());
        }
        Set<URI> servicePages = survey.findings().stream().map(f -> f.page().url()).collect(Collectors.toSet());
        List<StoredPage> candidates = site.pages().stream()
                .filter(p -> survey.onServiceSite(p.url()) && !servicePages.contains(p.url()))
                .toList();
        double found = 0;
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (SubItem item : criterion.subItems()) {
            Optional<StoredPage> page = find(item.hints(), candidates, site);
            if (page.isPresent()) {
                found += item.points();
                present.add(item.name());
                evidence.add(site.evidence(page.get(), null, item.name() + ": " + page.get().document().title()));
            } else {
                absent.add(item.name());
            }
        }
        String explanation = (present.isEmpty() ? "Không có chức năng hỗ trợ nào" : "Có: " + String.join(", ", present))
                + (absent.isEmpty() ? "" : "; không có: " + String.join(", ", absent));
        return Verdict.share(found / Math.max(criterion.maxPoints(), 1e-9), explanation, evidence);
    }

    private static Optional<StoredPage> find(Hints hints, List<StoredPage> candidates, SiteEvidence site) {
        ServiceSurvey survey = ServiceSurvey.of(site);
        for (StoredPage p : candidates) {
            String h1 = p.document().select("h1").text();
            String title = p.document().title();
            boolean named = hints.keywords().stream().anyMatch(k -> beginsWith(site, h1, k) || beginsWith(site, title, k))
                    || hints.slugs().stream().anyMatch(s -> VietnameseText.pathHasSlug(p.url().getPath(), s))
                    || site.links().to(p.url()).stream().anyMatch(a -> survey.onServiceSite(a.from())
                    && hints.keywords().stream().anyMatch(k -> beginsWith(site, a.text(), k)));
            if (named && (!PageText.isPlaceholder(p.document(), site.placeholders())
                    || !p.document().select("form input:not([type=hidden]), form select").isEmpty())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a name begins with the phrase (folded): "Tra cứu hồ sơ" names a lookup page, "Hướng dẫn sử dụng" a guide. */
    private static boolean beginsWith(SiteEvidence site, String text, String phrase) {
        return site.model().folded(text).beginsWith(site.model().folded(phrase));
    }
}
