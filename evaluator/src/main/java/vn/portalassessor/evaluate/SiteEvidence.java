package vn.portalassessor.evaluate;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.SiteStatus;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.reading.LinkReading;
import vn.portalassessor.evaluate.reading.PageReading;
import vn.portalassessor.evaluate.reading.PageReadings;
import vn.portalassessor.evaluate.site.SiteModel;

/**
 * Everything the checks may look at for one agency: its captured pages and their links, its crawl's
 * outcome, a {@link PageSource} for the few pages a check must ask for (a search result), the
 * assessment date and the methodology's text settings, and the {@link SiteModel} every check reads
 * pages through (main content apart from the chrome, placeholders, the sections found). Built once
 * per agency. Not thread-safe.
 */
public final class SiteEvidence {

    private static final int SNIPPET_CHARS = 240;

    private final Agency agency;
    private final Optional<CrawlSummary> crawl;
    private final PageStore store;
    private final PageSource probes;
    private final LocalDate assessmentDate;
    private final Methodology methodology;
    private final PageReadings kept;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private List<StoredPage> pages;
    private List<StoredPage> portalPages;
    private Set<String> portalAuthorities;
    private LinkGraph links;
    private SiteModel model;
    private final Map<Hints, Optional<SectionFinder.Match>> sections = new HashMap<>();
    private final Map<URI, Map<String, Boolean>> findings = new HashMap<>();

    public SiteEvidence(Agency agency, Optional<CrawlSummary> crawl, PageStore store, PageSource probes,
                        LocalDate assessmentDate, Methodology methodology) {
        this(agency, crawl, store, probes, assessmentDate, methodology, PageReadings.none());
    }

    /**
     * As the other constructor, with what was read off the pages before ({@link PageReadings}): links,
     * own texts, own titles and placeholders are taken from there rather than worked out again.
     */
    public SiteEvidence(Agency agency, Optional<CrawlSummary> crawl, PageStore store, PageSource probes,
                        LocalDate assessmentDate, Methodology methodology, PageReadings kept) {
        this.kept = kept;
        this.agency = agency;
        this.crawl = crawl;
        this.store = store;
        this.probes = probes;
        this.assessmentDate = assessmentDate;
        this.methodology = methodology;
    }

    public Agency agency() {
        return agency;
    }

    public Optional<CrawlSummary> crawl() {
        return crawl;
    }

    public PageStore store() {
        return store;
    }

    public PageSource probes() {
        return probes;
    }

    /** The "today" freshness criteria count from. */
    public LocalDate assessmentDate() {
        return assessmentDate;
    }

    /** The methodology the checks judge by (for checks that need more than their own criterion's hints). */
    public Methodology methodology() {
        return methodology;
    }

    /** Phrases of a page without content yet (methodology file). */
    public List<String> placeholders() {
        return methodology.placeholders();
    }

    /** Whether the portal could be judged: its crawl ended OK or PARTIAL. */
    public boolean assessable() {
        return crawl.map(c -> c.status() == SiteStatus.OK || c.status() == SiteStatus.PARTIAL).orElse(false);
    }

    /** Why it could not be, for UNREACHABLE verdicts. */
    public String unreachableReason() {
        return crawl.map(c -> "Không đánh giá được: cổng thông tin "
                        + (c.status() == SiteStatus.BLOCKED ? "chặn truy cập tự động" : "không truy cập được")
                        + (c.notes().isEmpty() ? "" : " (" + c.notes().get(0) + ")"))
                .orElse("Không đánh giá được: chưa có dữ liệu thu thập của cơ quan này");
    }

    /** Every HTML page that answered 2xx, in crawl order. */
    public List<StoredPage> pages() {
        if (pages == null) {
            pages = store.htmlPages();
        }
        return pages;
    }

    /**
     * The pages an inspector reads for the portal (category 3): those on the portal's own host. The
     * online-service site, declared or reached through the portal's links, is another host, and its
     * "Thống kê tình hình giải quyết hồ sơ" or "Hỏi đáp" belong to category 4, not to the portal.
     */
    public List<StoredPage> portalPages() {
        if (portalPages == null) {
            portalPages = pages().stream().filter(p -> onPortal(p.url())).toList();
        }
        return portalPages;
    }

    /** The links of all pages. */
    public LinkGraph links() {
        if (links == null) {
            links = new LinkGraph(pages(), kept);
        }
        return links;
    }

    /** The agency's pages as an inspector sees them: own content apart from the chrome, placeholders. */
    public SiteModel model() {
        if (model == null) {
            model = new SiteModel(pages().stream().filter(p -> onPortal(p.url())).toList(), placeholders(), kept);
        }
        return model;
    }

    /**
     * The key of this agency's page readings ({@link PageReadings#key}): the code that reads pages, its
     * captures (redirects too: they say which host is the portal's), portal address and placeholder
     * phrases.
     */
    public static String readingsKey(Agency agency, PageStore store, Methodology methodology) {
        return PageReadings.key(ReadingCode.FINGERPRINT, String.valueOf(agency.portalUrl()), methodology.placeholders(), store.captures());
    }

    /** The code that works page readings out, fingerprinted once: readings of other code are not trusted. */
    private static final class ReadingCode {
        static final String FINGERPRINT = PageReadings.codeOf(List.of(SiteEvidence.class, LinkGraph.class, SiteModel.class,
                vn.portalassessor.evaluate.site.SiteChrome.class, vn.portalassessor.evaluate.text.PageText.class,
                vn.portalassessor.evaluate.text.VietnameseText.class, vn.portalassessor.crawl.fetch.PageDecoder.class,
                vn.portalassessor.crawl.store.StoredPage.class));
        /** Each check's own fingerprint, for its findings. */
        static final Map<Class<?>, String> CHECKS = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /**
     * Whether {@code check} finds on {@code page} what it looks for, given its {@code inputs} (the
     * methodology's words it looks with): {@code look} is asked once, and the answer kept with the
     * run's page readings, named by the check, its code and its inputs, so a changed check or
     * methodology is never answered by an old finding. A check reads in full only the pages it finds
     * something on (for the evidence); the others need not be parsed again by a re-score. {@code look}
     * must depend on the page and the inputs only.
     */
    public boolean finds(StoredPage page, Class<? extends Check> check, String inputs, java.util.function.Supplier<Boolean> look) {
        String code = ReadingCode.CHECKS.computeIfAbsent(check, c -> PageReadings.codeOf(List.of(c)));
        String name = check.getSimpleName() + ":" + PageReadings.key(code, "", List.of(inputs), List.of()).substring(0, 16);
        Map<String, Boolean> onPage = findings.computeIfAbsent(page.url(), u -> new HashMap<>());
        Boolean found = onPage.get(name);
        if (found == null) {
            found = kept.of(page.url()).map(r -> r.findings().get(name)).orElseGet(look);
            onPage.put(name, found);
        }
        return found;
    }

    /**
     * Keeps what was read off every page in the run, for a re-score to take instead of reading the
     * pages again: links; own text, title, placeholder, headings and breadcrumb for the portal's pages
     * (read now if no check did) and for any other page a check looked for a section in; how a page
     * reads alone where a check asked; what checks found on it ({@link #finds}); and the portal's
     * chrome. Nothing is done when they were kept.
     */
    public void keepReadings() {
        if (kept.kept()) {
            return;
        }
        List<PageReading> readings = new java.util.ArrayList<>();
        for (StoredPage page : pages()) {
            List<LinkReading> pageLinks = links().readings(page.url());
            if (onPortal(page.url()) || model().looked(page)) {
                SiteModel m = model();
                readings.add(new PageReading(page.url().toString(), pageLinks, m.mainText(page), m.ownTitle(page), m.isPlaceholder(page),
                        m.ownHeadingReadings(page), m.breadcrumbName(page).orElse(null), m.aloneRead(page).orElse(null),
                        findings.get(page.url())));
            } else {
                readings.add(new PageReading(page.url().toString(), pageLinks, null, null, null, null, null,
                        model().aloneRead(page).orElse(null), findings.get(page.url())));
            }
        }
        kept.keep(model().chrome().learnt(), readings);
    }

    /** The section found for {@code hints}, found once by {@code finder} and then the same for every criterion. */
    Optional<SectionFinder.Match> section(Hints hints, Function<Hints, Optional<SectionFinder.Match>> finder) {
        Optional<SectionFinder.Match> found = sections.get(hints);
        if (found == null) {
            found = finder.apply(hints);
            sections.put(hints, found);
        }
        return found;
    }

    /**
     * The portal's home page as captured: the portal URL's page, or the page it redirects to
     * ({@code /} → {@code /Pages/default.aspx}), followed a few hops.
     */
    public Optional<StoredPage> home() {
        Optional<URI> url = canonicalizer.canonical(agency.portalUrl());
        for (int hop = 0; hop < 5 && url.isPresent(); hop++) {
            Optional<vn.portalassessor.crawl.store.Capture> capture = store.capture(url.get());
            if (capture.isEmpty()) {
                return Optional.empty();
            }
            if (capture.get().isHtmlPage()) {
                return store.page(url.get());
            }
            String location = capture.get().location();
            if (location == null || location.isBlank()) {
                return Optional.empty();
            }
            try {
                url = canonicalizer.canonical(url.get().resolve(location.strip()).toString());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a page belongs to the portal (as opposed to the online-service site): it is on the
     * portal URL's host, or on the host that URL redirects to ({@code http://tinh.gov.vn/} →
     * {@code https://www.tinh.gov.vn/}).
     */
    public boolean onPortal(URI url) {
        if (portalAuthorities == null) {
            Set<String> hosts = new HashSet<>();
            hosts.add(authority(agency.portalUrl()));
            home().ifPresent(h -> hosts.add(authority(h.url())));
            portalAuthorities = Set.copyOf(hosts);
        }
        return url.getHost() != null && portalAuthorities.contains(authority(url));
    }

    /** Host and port, the scheme's default port made explicit, so {@code https://a} and {@code https://a:443} are one site. */
    private static String authority(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return String.valueOf(url.getHost()).toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    /** The canonical form of a URL, as captures are keyed. */
    public Optional<URI> canonical(String url) {
        return canonicalizer.canonical(url);
    }

    /** Evidence pointing at a page, optionally at one element of it. */
    public Evidence evidence(StoredPage page, Element element, String snippet) {
        String text = snippet == null ? "" : snippet.strip();
        if (text.length() > SNIPPET_CHARS) {
            int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
            text = text.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
        }
        return new Evidence(page.url().toString(), page.capture().fetchedAt(), page.capture().recordId(), null, text,
                element == null ? null : element.cssSelector());
    }
}
