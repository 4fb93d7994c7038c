package vn.portalassessor.evaluate.portal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;

/**
 * C3.19 Dữ liệu đặc tả (metadata, Circular 24/2011/TT-BTTTT): Dublin Core {@code <meta name="DC.*">}
 * elements on the home page ({@code trang-chu} sub-item) and on article pages ({@code bai-viet}). A
 * page counts when it carries at least {@value #MIN_ELEMENTS} of the elements the criterion's hints
 * list ({@code DC.title}, {@code DC.creator}...), each with content. Article pages are the items the
 * news section links to (the section found by the {@code bai-viet} sub-item's hints); at least half of
 * them must carry the elements.
 */
public final class MetadataCheck implements Check {

    static final int MIN_ELEMENTS = 3;
    private static final int MIN_ARTICLE_CHARS = 300;
    private static final int MAX_ARTICLES = 30;

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<StoredPage> home = site.home();
        if (home.isEmpty()) {
            return Verdict.needsReview("Không đọc được trang chủ để kiểm tra dữ liệu đặc tả (DC.*); cần kiểm tra thủ công", List.of());
        }
        SubItemTally tally = new SubItemTally(criterion);
        Set<String> homeElements = home.map(h -> elements(h, criterion)).orElse(Set.of());
        home.filter(h -> homeElements.size() >= MIN_ELEMENTS)
                .ifPresent(h -> tally.evidence(evidence(site, h, homeElements)));
        tally.mark("trang-chu", homeElements.size() >= MIN_ELEMENTS, String.join(", ", homeElements));
        int articles = 0;
        int withMeta = 0;
        Evidence articleEvidence = null;
        SubItem articleItem = criterion.subItems().stream().filter(i -> i.id().equals("bai-viet")).findFirst()
                .orElseThrow(() -> new IllegalStateException("criterion " + criterion.id() + " needs the sub-item 'bai-viet'"));
        Optional<SectionFinder.Match> news = new SectionFinder(site).find(articleItem.hints()).filter(m -> !m.placeholder());
        List<StoredPage> items = news.map(m -> SectionCheck.contentPages(site, m.page(), MAX_ARTICLES)).orElse(List.of());
        for (StoredPage page : items) {
            if (!site.onPortal(page.url()) || site.model().mainText(page).length() < MIN_ARTICLE_CHARS) {
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
        tally.mark("bai-viet", articlesOk, news.isEmpty() ? "không tìm thấy chuyên mục tin để lấy bài viết"
                : withMeta + "/" + articles + " bài viết của chuyên mục \"" + news.get().label() + "\"");
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
