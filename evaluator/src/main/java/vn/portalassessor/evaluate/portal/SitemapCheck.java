package vn.portalassessor.evaluate.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;

/**
 * C3.23 Sơ đồ cổng: a sitemap page a reader can use (named as such and listing at least
 * {@value #MIN_LINKS} of the portal's pages) meets the criterion, and so does a working XML sitemap
 * alone ({@code /sitemap.xml} or a robots.txt {@code Sitemap:} file): §8 asks for "a sitemap page
 * and/or a working sitemap.xml".
 */
public final class SitemapCheck implements Check {

    static final int MIN_LINKS = 10;
    static final String XML_SUB_ITEM = "sitemap-xml";

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SectionFinder.Match> page = new SectionFinder(site).find(criterion.hints())
                .filter(m -> !m.placeholder())
                .filter(m -> site.model().main(m.page()).select("a[href]").size() >= MIN_LINKS);
        Optional<StoredPage> xml = xmlSitemap(site);
        if (page.isPresent()) {
            SectionFinder.Match m = page.get();
            int links = site.model().main(m.page()).select("a[href]").size();
            List<Evidence> evidence = new java.util.ArrayList<>();
            evidence.add(site.evidence(m.page(), m.element(), m.label() + " (" + links + " liên kết)"));
            xml.ifPresent(x -> evidence.add(site.evidence(x, null, "sitemap.xml")));
            return Verdict.met("Có trang \"" + m.label() + "\" liệt kê " + links + " liên kết"
                    + (xml.isPresent() ? " và tệp sitemap.xml" : ""), evidence);
        }
        if (xml.isPresent()) {
            // §8: a sitemap page and/or a working sitemap.xml meets the criterion
            return Verdict.met("Có tệp sitemap.xml hoạt động (không có trang sơ đồ cổng cho người đọc)",
                    List.of(site.evidence(xml.get(), null, "sitemap.xml")));
        }
        return Verdict.notMet("Không có trang sơ đồ cổng và không có tệp sitemap.xml", List.of());
    }

    private static Optional<StoredPage> xmlSitemap(SiteEvidence site) {
        for (Capture c : site.store().captures()) {
            if (c.status() == 200 && site.onPortal(c.url()) && c.url().getPath().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                Optional<StoredPage> p = site.store().page(c.url());
                if (p.isPresent()) {
                    String head = new String(p.get().body(), 0, Math.min(p.get().body().length, 4096), StandardCharsets.UTF_8);
                    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
