package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
 * C4.07 Tích hợp dịch vụ công của đơn vị trực thuộc (methodology §8): services executed by subordinate
 * units — sở, huyện, xã for a province; Cục, Tổng cục, port authorities for a ministry — reachable from
 * the catalogue. Met by a section of the online-service site named by the hints ("Dịch vụ công của
 * các đơn vị trực thuộc") whose links lead to services, directly or through a unit's page that lists
 * them (a heading or link so named with no service behind it does not count); or by the units' names
 * (the hints' content, per group): a catalogued service whose "Cơ quan thực hiện" is a subordinate
 * unit, or a catalogue that lists, groups or filters services by one ("UBND cấp huyện").
 */
public final class ServiceUnitsCheck implements Check {

    private static final int MAX_LABEL_WORDS = 14;
    private static final int MAX_UNITS_LISTED = 5;
    private static final int MAX_CELL_CHARS = 120;
    /** Where a service page writes its executing unit's field. */
    private static final String FIELD_LABELS = "h2, h3, h4, h5, h6, th, dt, td, label, strong, b, p, li, span, "
            + "div:not(:has(div, p, table))";
    /** Where a catalogue names the unit of a service or of a group of services. */
    private static final String CATALOGUE_CELLS = "td, th, li, h2, h3, h4, caption, legend, dt, dd, label, option, a";
    /** Filters elsewhere on the service site: options of a select and filter links (with a query). */
    private static final String FILTERS = "option, a[href]";

    @Override
    public String name() {
        return "service-units";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        ServiceSurvey survey = ServiceSurvey.of(site);
        Set<URI> services = survey.findings().stream().map(f -> f.page().url()).collect(Collectors.toSet());
        if (services.isEmpty()) {
            return Verdict.notMet("Không tìm thấy dịch vụ công trực tuyến nào", List.of());
        }
        ServicePageReader reader = new ServicePageReader(ServiceVocabulary.of(site.methodology()), site.model()::folded);
        Map<URI, Set<URI>> unitServices = new LinkedHashMap<>();
        Evidence first = null;
        for (StoredPage page : site.pages()) {
            if (!survey.onServiceSite(page.url()) || services.contains(page.url())) {
                continue;
            }
            for (Element label : page.document().select("h1, h2, h3, h4, h5, h6, a, legend, caption, strong, th")) {
                String text = label.text();
                if (text.isBlank() || VietnameseText.fold(text).split(" ").length > MAX_LABEL_WORDS
                        || criterion.hints().keywords().stream().noneMatch(k -> site.model().containsPhrase(text, k))) {
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
            return byUnitNames(survey, site);
        }
        Set<URI> all = new LinkedHashSet<>();
        unitServices.values().forEach(all::addAll);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(first);
        return Verdict.met("Mục \"" + first.snippet() + "\" dẫn tới " + all.size() + " dịch vụ của đơn vị trực thuộc ("
                + unitServices.size() + " liên kết)", evidence);
    }

    /**
     * Services executed by subordinate units, found by the units' names: a service whose executing-unit
     * field ("Cơ quan thực hiện") names one, or a catalogue that lists, groups or filters its services
     * by one (a column, a heading, a filter option or filter link "UBND cấp huyện").
     */
    private static Verdict byUnitNames(ServiceSurvey survey, SiteEvidence site) {
        ServiceVocabulary words = ServiceVocabulary.of(site.methodology());
        SubordinateUnits units = SubordinateUnits.of(words, site.agency());
        if (units.isEmpty()) {
            return Verdict.notMet("Không có mục dịch vụ công của các đơn vị trực thuộc dẫn tới dịch vụ nào", List.of());
        }
        Map<String, List<String>> servicesByUnit = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (ServiceFinding f : survey.findings()) {
            executingUnit(f.page(), words, units).ifPresent(found -> {
                servicesByUnit.computeIfAbsent(found.unit(), u -> new ArrayList<>()).add(f.name());
                if (evidence.size() < ServiceChecks.MAX_EVIDENCE) {
                    evidence.add(site.evidence(f.page(), found.element(), found.element().text()));
                }
            });
        }
        if (!servicesByUnit.isEmpty()) {
            int count = servicesByUnit.values().stream().mapToInt(List::size).sum();
            List<String> named = servicesByUnit.entrySet().stream().limit(MAX_UNITS_LISTED)
                    .map(e -> e.getKey() + " (" + e.getValue().size() + ")").toList();
            return Verdict.met(count + " dịch vụ trong danh mục do đơn vị trực thuộc thực hiện: " + String.join(", ", named)
                    + (servicesByUnit.size() > MAX_UNITS_LISTED ? " và " + (servicesByUnit.size() - MAX_UNITS_LISTED)
                    + " đơn vị khác" : ""), evidence);
        }
        for (StoredPage page : site.pages()) {
            boolean catalogue = survey.cataloguePages().contains(page);
            if (!catalogue && !survey.onServiceSite(page.url())) {
                continue;
            }
            for (Element e : page.document().select(catalogue ? CATALOGUE_CELLS : FILTERS)) {
                if (ServicePageReader.inChrome(e) || e.text().length() > MAX_CELL_CHARS
                        || e.is("a") && !catalogue && e.absUrl("href").indexOf('?') < 0) {
                    continue;
                }
                Optional<String> unit = units.in(e.is("a") ? ServicePageReader.linkText(e) : e.text());
                if (unit.isPresent()) {
                    return Verdict.met("Danh mục dịch vụ công " + (e.is("option") || e.is("a") ? "lọc" : "liệt kê")
                            + " dịch vụ theo đơn vị trực thuộc: " + unit.get() + " (trang " + page.url().getPath() + ")",
                            List.of(site.evidence(page, e, e.text())));
                }
            }
        }
        return Verdict.notMet("Không có dịch vụ công nào của đơn vị trực thuộc (sở, huyện, xã / cục, tổng cục) trong danh mục",
                List.of());
    }

    /** A unit named as executing the service on its page, with the element that says it. */
    private record Executing(String unit, Element element) {
    }

    private static Optional<Executing> executingUnit(StoredPage page, ServiceVocabulary words, SubordinateUnits units) {
        for (Element e : page.document().select(FIELD_LABELS)) {
            if (ServicePageReader.inChrome(e) || e.text().length() > MAX_CELL_CHARS * 4) {
                continue;
            }
            String folded = VietnameseText.fold(e.text());
            for (String field : words.unitFields()) {
                String f = VietnameseText.fold(field);
                if (f.isEmpty() || !(folded + " ").startsWith(f + " ")) {
                    continue;
                }
                Optional<String> unit = units.in(SubordinateUnits.fieldValue(e, field));
                if (unit.isPresent()) {
                    return Optional.of(new Executing(unit.get(), e));
                }
            }
        }
        return Optional.empty();
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
