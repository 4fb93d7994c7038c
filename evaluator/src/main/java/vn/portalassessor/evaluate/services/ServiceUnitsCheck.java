package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Anchor;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C4.07 Tích hợp dịch vụ công của đơn vị trực thuộc: a section of the online-service site named by
 * the hints ("Dịch vụ công của các đơn vị trực thuộc", "Đơn vị trực thuộc") whose links lead to
 * services — directly, or through a unit's page that lists them. A heading or link so named with no
 * service behind it does not count.
 */
public final class ServiceUnitsCheck implements Check {

    private static final int MAX_LABEL_WORDS = 14;

    @Override
    public String name() {
        return "service-units";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        ServiceSurvey survey = ServiceSurvey.of(site);
        Set<URI> services = survey.findings().stream().map(f -> f.page().url()).collect(Collectors.toSet());
        if (services.isEmpty()) {
            return Verdict.notMet("Không tìm thấy dịch vụ công trực tuyến nào", List.of());
        }
        ServicePageReader reader = new ServicePageReader(ServiceVocabulary.of(site.methodology()));
        Map<URI, Set<URI>> unitServices = new LinkedHashMap<>();
        Evidence first = null;
        for (StoredPage page : site.pages()) {
            if (!survey.onServiceSite(page.url()) || services.contains(page.url())) {
                continue;
            }
            for (Element label : page.document().select("h1, h2, h3, h4, h5, h6, a, legend, caption, strong, th")) {
                String text = label.text();
                if (text.isBlank() || VietnameseText.fold(text).split(" ").length > MAX_LABEL_WORDS
                        || criterion.hints().keywords().stream().noneMatch(k -> VietnameseText.containsPhrase(text, k))) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                if (label.is("a")) {
                    targets.add(label.absUrl("href"));
                } else {
                    Element block = label.parent();
                    if (block != null) {
                        block.select("a[href]").forEach(a -> targets.add(a.absUrl("href")));
                    }
                }
                boolean any = false;
                for (String t : targets) {
                    URI target = site.canonical(t).orElse(null);
                    if (target == null || target.equals(page.url())) {
                        continue;
                    }
                    Set<URI> reached = reachable(target, services, site);
                    if (!reached.isEmpty()) {
                        unitServices.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(reached);
                        any = true;
                    }
                }
                if (any && first == null) {
                    first = site.evidence(page, label, text);
                }
            }
        }
        if (unitServices.isEmpty()) {
            return Verdict.notMet("Không có mục dịch vụ công của các đơn vị trực thuộc dẫn tới dịch vụ nào", List.of());
        }
        Set<URI> all = new LinkedHashSet<>();
        unitServices.values().forEach(all::addAll);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(first);
        return Verdict.met("Mục \"" + first.snippet() + "\" dẫn tới " + all.size() + " dịch vụ của đơn vị trực thuộc ("
                + unitServices.size() + " liên kết)", evidence);
    }

    /** The services a link leads to: itself if it is one, else those its page links to. */
    private static Set<URI> reachable(URI target, Set<URI> services, SiteEvidence site) {
        if (services.contains(target)) {
            return Set.of(target);
        }
        Set<URI> found = new LinkedHashSet<>();
        for (Anchor a : site.links().from(target)) {
            if (services.contains(a.target())) {
                found.add(a.target());
            }
        }
        return found;
    }
}
