package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.result.ServiceResult;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * An agency's online services as the assessor examined them, shared by the category-4 checks (C4.02–
 * C4.07) and the agency's service table. A service is a captured page showing at least half of the
 * level-1 field labels, or a page its catalogue lists next to a level label ("Mức độ 3") — fetched
 * through the probe source when the crawl did not reach it. Catalogues are followed over their plain
 * pagination links by the crawl; a catalogue that pages only by script is noted. When an agency has
 * more than {@value #MAX_SERVICES} services, an evenly spread sample of that many (every k-th in
 * catalogue order) is examined, and the survey says so.
 *
 * <p>Taken once per agency and kept with its {@link SiteEvidence}; not thread-safe.
 */
public final class ServiceSurvey {

    /** Services examined per agency at most; larger catalogues are sampled. */
    public static final int MAX_SERVICES = 200;
    private static final int MIN_CATALOGUE_ROWS = 3;
    private static final int MAX_ROW_CHARS = 400;
    private static final int SITE_TITLE_REPEATS = 3;

    private static final Map<SiteEvidence, ServiceSurvey> TAKEN = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<ServiceFinding> findings;
    private final List<StoredPage> cataloguePages;
    private final Set<String> serviceHosts;
    private final List<String> notes;
    private final int listed;
    private final Optional<String> unreachable;

    private ServiceSurvey(List<ServiceFinding> findings, List<StoredPage> cataloguePages, Set<String> serviceHosts,
                          List<String> notes, int listed, Optional<String> unreachable) {
        this.unreachable = unreachable;
        this.findings = List.copyOf(findings);
        this.cataloguePages = List.copyOf(cataloguePages);
        this.serviceHosts = Set.copyOf(serviceHosts);
        this.notes = List.copyOf(notes);
        this.listed = listed;
    }

    /** The survey of an agency, taken on first use. */
    public static ServiceSurvey of(SiteEvidence site) {
        ServiceSurvey survey = TAKEN.get(site);
        if (survey == null) {
            survey = take(site);
            TAKEN.put(site, survey);
        }
        return survey;
    }

    /** The survey's service table if a category-4 check took one for this agency. */
    public static Optional<List<ServiceResult>> table(SiteEvidence site) {
        return Optional.ofNullable(TAKEN.get(site)).map(s -> s.findings.stream().map(ServiceFinding::result).toList());
    }

    List<ServiceFinding> findings() {
        return findings;
    }

    List<StoredPage> cataloguePages() {
        return cataloguePages;
    }

    /** Whether a page is on a host that serves the agency's services (catalogue or service pages). */
    boolean onServiceSite(URI url) {
        return url.getAuthority() != null && serviceHosts.contains(url.getAuthority().toLowerCase(java.util.Locale.ROOT));
    }

    /** What a reader must know about the survey: sampling, script-only paging. */
    List<String> notes() {
        return notes;
    }

    /**
     * Why the agency's services site could not be reached (DNS, refused, timeout, bot wall), when the
     * survey found nothing because of it: every category-4 check is then UNREACHABLE.
     */
    Optional<String> unreachable() {
        return unreachable;
    }

    /** Services the catalogues and pages showed in all, before sampling. */
    int listed() {
        return listed;
    }

    private static ServiceSurvey take(SiteEvidence site) {
        ServiceVocabulary words = ServiceVocabulary.of(site.methodology());
        ServicePageReader reader = new ServicePageReader(words, site.model()::folded);
        int minFields = Math.max(3, (words.fields().size() + 1) / 2);
        List<String> notes = new ArrayList<>();
        Optional<String> down = ServiceSiteReach.unreachable(site);

        Map<URI, StoredPage> servicePages = new LinkedHashMap<>();
        Map<URI, Map<String, Element>> fieldsOf = new HashMap<>();
        List<StoredPage> cataloguePages = new ArrayList<>();
        Map<URI, Integer> catalogueLevel = new LinkedHashMap<>();
        Map<URI, String> catalogueName = new HashMap<>();
        for (StoredPage page : site.pages()) {
            Map<String, Element> fields = reader.fields(page.document());
            if (fields.size() >= minFields) {
                servicePages.put(page.url(), page);
                fieldsOf.put(page.url(), fields);
            }
        }
        for (StoredPage page : site.pages()) {
            if (servicePages.containsKey(page.url())) {
                continue;
            }
            Map<URI, Row> rows = catalogueRows(page, reader, words, site);
            if (rows.size() >= MIN_CATALOGUE_ROWS) {
                cataloguePages.add(page);
                rows.forEach((url, row) -> {
                    catalogueLevel.putIfAbsent(url, row.level());
                    catalogueName.merge(url, row.name(), (a, b) -> a.length() >= b.length() ? a : b);
                });
                scriptPaging(page.document(), page.url()).ifPresent(notes::add);
            }
        }
        Set<URI> all = new LinkedHashSet<>();
        all.addAll(catalogueLevel.keySet());
        all.addAll(servicePages.keySet());
        int listed = all.size();
        List<URI> chosen = new ArrayList<>(all);
        if (chosen.size() > MAX_SERVICES) {
            notes.add("Danh mục có " + chosen.size() + " dịch vụ: đánh giá mẫu " + MAX_SERVICES
                    + " dịch vụ chọn đều theo thứ tự danh mục (cứ " + String.format(java.util.Locale.ROOT, "%.1f",
                    (double) chosen.size() / MAX_SERVICES) + " dịch vụ lấy 1)");
            chosen = evenSample(chosen, MAX_SERVICES);
        }
        LinkReach reach = new LinkReach(site);
        List<StoredPage> pages = new ArrayList<>();
        int unreachable = 0;
        for (URI url : chosen) {
            StoredPage page = servicePages.get(url);
            if (page == null) {
                LinkReach.Reached r = reach.reach(url);
                if (r.html() && r.page().isPresent()) {
                    page = r.page().get();
                } else {
                    unreachable++;
                    continue;
                }
            }
            pages.add(page);
        }
        if (unreachable > 0) {
            notes.add(unreachable + " dịch vụ trong danh mục không mở được trang thông tin");
        }
        Map<String, Integer> headingUse = new HashMap<>();
        Map<URI, List<String>> headings = new HashMap<>();
        for (StoredPage p : pages) {
            Map<String, Element> fields = fieldsOf.computeIfAbsent(p.url(), u -> reader.fields(p.document()));
            List<String> h = reader.headings(p.document(), fields);
            headings.put(p.url(), h);
            new LinkedHashSet<>(h).forEach(t -> headingUse.merge(t, 1, Integer::sum));
        }
        ServiceLevelDetector detector = new ServiceLevelDetector(site, reader);
        List<ServiceFinding> findings = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (StoredPage p : pages) {
            String name = Optional.ofNullable(catalogueName.get(p.url())).filter(n -> !n.isBlank())
                    .orElseGet(() -> headings.get(p.url()).stream()
                            .filter(t -> headingUse.getOrDefault(t, 0) < SITE_TITLE_REPEATS || pages.size() < SITE_TITLE_REPEATS)
                            .findFirst().orElse(p.url().getPath()));
            findings.add(detector.judge(p, name, catalogueLevel.get(p.url()), fieldsOf.get(p.url()), words.fields()));
            hosts.add(p.url().getAuthority().toLowerCase(java.util.Locale.ROOT));
        }
        cataloguePages.forEach(p -> hosts.add(p.url().getAuthority().toLowerCase(java.util.Locale.ROOT)));
        return new ServiceSurvey(findings, cataloguePages, hosts, notes, listed,
                findings.isEmpty() && cataloguePages.isEmpty() ? down : Optional.empty());
    }

    /**
     * An evenly spread sample of {@code size} items kept in order: the item at every k-th position, k =
     * items ÷ size, starting with the first. The whole list when it is not longer than {@code size}.
     */
    static <T> List<T> evenSample(List<T> items, int size) {
        if (items.size() <= size) {
            return List.copyOf(items);
        }
        List<T> sample = new ArrayList<>();
        double step = (double) items.size() / size;
        for (int i = 0; i < size; i++) {
            sample.add(items.get((int) Math.floor(i * step)));
        }
        return sample;
    }

    /** A catalogue row: the service it links, its declared level and its name. */
    private record Row(int level, String name) {
    }

    /** The links of a page that sit in a short row (table row, list item) carrying exactly one level label. */
    private static Map<URI, Row> catalogueRows(StoredPage page, ServicePageReader reader, ServiceVocabulary words,
                                               SiteEvidence site) {
        Map<URI, Row> rows = new LinkedHashMap<>();
        for (ServicePageReader.Link link : reader.ownLinks(page.document())) {
            Element row = link.element().closest("tr, li, dd, dl, p");
            if (row == null || row.text().length() > MAX_ROW_CHARS) {
                continue;
            }
            List<Integer> levels = words.levels().in(row);
            if (levels.size() != 1 || VietnameseText.fold(link.text()).isEmpty() || words.levels().labels(link.text())) {
                continue;
            }
            int level = levels.get(0);
            site.canonical(link.url().toString()).filter(u -> !u.equals(page.url()))
                    .ifPresent(u -> rows.putIfAbsent(u, new Row(level, link.text())));
        }
        return rows;
    }

    /** A note when a catalogue's pager works only by script (its further pages were not crawled). */
    static Optional<String> scriptPaging(org.jsoup.nodes.Document page, URI url) {
        for (Element a : page.select("a[href^=javascript]")) {
            String text = VietnameseText.ascii(a.text());
            String href = a.attr("href");
            if (href.contains("Page$") || text.matches("\\d+|trang sau|sau|tiep|next|trang tiep") || a.text().strip().matches("[»›>]+")) {
                return Optional.of("Danh mục " + url + " chuyển trang bằng script (" + href.strip()
                        + "): các trang sau không có liên kết thường nên chưa được thu thập");
            }
        }
        return Optional.empty();
    }
}
