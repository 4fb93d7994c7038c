package vn.portalassessor.evaluate.portal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * C3.19 Dữ liệu đặc tả (metadata, Circular 24/2011/TT-BTTTT): Dublin Core {@code <meta name="DC.*">}
 * elements on the home page ({@code trang-chu} sub-item) and on article pages ({@code bai-viet}). A
 * page counts when it carries at least {@value #MIN_ELEMENTS} of the elements the criterion's hints
 * list ({@code DC.title}, {@code DC.creator}...), each with content. An article page is a portal page
 * other than the home page whose own text is dated and long enough to be an article.
 */
public final class MetadataCheck implements Check {

    static final int MIN_ELEMENTS = 3;
    private static final int MIN_ARTICLE_CHARS = 300;

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<StoredPage> home = site.home();
        SubItemTally tally = new SubItemTally(criterion);
        Set<String> homeElements = home.map(h -> elements(h, criterion)).orElse(Set.of());
        home.filter(h -> homeElements.size() >= MIN_ELEMENTS)
                .ifPresent(h -> tally.evidence(evidence(site, h, homeElements)));
        tally.mark("trang-chu", homeElements.size() >= MIN_ELEMENTS, String.join(", ", homeElements));
        int articles = 0;
        int withMeta = 0;
        Evidence articleEvidence = null;
        for (StoredPage page : site.pages()) {
            if (!site.onPortal(page.url()) || home.map(h -> h.url().equals(page.url())).orElse(false)) {
                continue;
            }
            String text = PageText.mainText(page.document());
            if (text.length() < MIN_ARTICLE_CHARS || VietnameseDates.find(text).isEmpty()) {
                continue;
            }
            articles++;
            Set<String> found = elements(page, criterion);
            if (found.size() >= MIN_ELEMENTS) {
                withMeta++;
                if (articleEvidence == null) {
                    articleEvidence = evidence(site, page, found);
                }
            }
        }
        tally.evidence(articleEvidence);
        boolean articlesOk = articles > 0 && withMeta * 2 >= articles;
        tally.mark("bai-viet", articlesOk, withMeta + "/" + articles + " trang bài viết");
        return tally.verdict();
    }

    private static Set<String> elements(StoredPage page, Criterion criterion) {
        Set<String> found = new LinkedHashSet<>();
        for (Element meta : page.document().select("meta[name]")) {
            String name = meta.attr("name").strip();
            if (meta.attr("content").isBlank()) {
                continue;
            }
            for (String k : criterion.hints().keywords()) {
                if (name.toLowerCase(Locale.ROOT).equals(k.toLowerCase(Locale.ROOT))) {
                    found.add(k);
                }
            }
        }
        return found;
    }

    private static Evidence evidence(SiteEvidence site, StoredPage page, Set<String> elements) {
        Element first = page.document().selectFirst("meta[name~=(?i)^dc\\.]");
        return site.evidence(page, first, String.join(", ", elements));
    }
}
