package vn.portalassessor.evaluate;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.SiteStatus;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;

/**
 * Everything the checks may look at for one agency: its captured pages and their links, its crawl's
 * outcome, a {@link PageSource} for the few pages a check must ask for (a search result), the
 * assessment date and the methodology's text settings. Built once per agency. Not thread-safe.
 */
public final class SiteEvidence {

    private static final int SNIPPET_CHARS = 240;

    private final Agency agency;
    private final Optional<CrawlSummary> crawl;
    private final PageStore store;
    private final PageSource probes;
    private final LocalDate assessmentDate;
    private final Methodology methodology;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private List<StoredPage> pages;
    private LinkGraph links;

    public SiteEvidence(Agency agency, Optional<CrawlSummary> crawl, PageStore store, PageSource probes,
                        LocalDate assessmentDate, Methodology methodology) {
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

    /** The links of all pages. */
    public LinkGraph links() {
        if (links == null) {
            links = new LinkGraph(pages());
        }
        return links;
    }

    /** The portal's home page as captured. */
    public Optional<StoredPage> home() {
        return canonicalizer.canonical(agency.portalUrl()).flatMap(store::page)
                .filter(p -> p.capture().isHtmlPage());
    }

    /** Whether a page belongs to the portal's host (as opposed to the online-service site). */
    public boolean onPortal(URI url) {
        return url.getHost() != null && url.getHost().equalsIgnoreCase(agency.portalUrl().getHost())
                && url.getPort() == agency.portalUrl().getPort();
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
