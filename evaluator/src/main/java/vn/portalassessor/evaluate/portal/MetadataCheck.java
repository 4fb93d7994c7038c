package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
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

/**
 * C3.19 Dữ liệu đặc tả (metadata, Circular 24/2011/TT-BTTTT), decided as §8 says: Dublin Core
 * {@code <meta name="DC.*">} elements, in any letter case ({@code DC.Title}, {@code dc.creator}),
 * with content, on the home page ({@code trang-chu} sub-item) and on article pages ({@code bai-viet});
 * both → MET, one → PARTIAL, none → NOT_MET. {@code og:*} and {@code description} do not count. The
 * elements the criterion's hints list are named in the explanation; any {@code DC.*} element counts.
 * Article pages are the items the news section links to (the section found by the {@code bai-viet}
 * sub-item's hints, as C3.05 finds it), else the portal's pages that read as articles; at least half
 * of those examined must carry the elements. Only a portal whose home page could not be read is left
 * to the inspector.
 */
public final class MetadataCheck implements Check {

    /** DC elements a page needs to count. */
    static final int MIN_ELEMENTS = 1;
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
        Set<String> homeElements = elements(home.get());
        if (homeElements.size() >= MIN_ELEMENTS) {
            tally.evidence(evidence(site, home.get(), homeElements));
        }
        tally.mark("trang-chu", homeElements.size() >= MIN_ELEMENTS,
                homeElements.isEmpty() ? "trang chủ không có thẻ DC.*" : String.join(", ", homeElements));
        SubItem articleItem = criterion.subItems().stream().filter(i -> i.id().equals("bai-viet")).findFirst()
                .orElseThrow(() -> new IllegalStateException("criterion " + criterion.id() + " needs the sub-item 'bai-viet'"));
        Optional<SectionFinder.Match> news = new SectionFinder(site).find(articleItem.hints()).filter(m -> !m.placeholder());
        List<StoredPage> items = new ArrayList<>();
        news.ifPresent(m -> SectionCheck.contentPages(site, m.page(), MAX_ARTICLES).stream()
                .filter(p -> site.onPortal(p.url()) && site.model().mainText(p).length() >= MIN_ARTICLE_CHARS
                        && !p.url().equals(home.get().url()))
                .forEach(items::add));
        if (items.isEmpty()) {
            site.model().pages().stream().filter(p -> !p.url().equals(home.get().url()) && site.model().isArticle(p))
                    .limit(MAX_ARTICLES).forEach(items::add);
        }
        int withMeta = 0;
        Evidence articleEvidence = null;
        for (StoredPage page : items) {
            Set<String> found = elements(page);
            if (found.size() >= MIN_ELEMENTS) {
                withMeta++;
                if (articleEvidence == null) {
                    articleEvidence = evidence(site, page, found);
                }
            }
        }
        tally.evidence(articleEvidence);
        boolean articlesOk = !items.isEmpty() && withMeta * 2 >= items.size();
        tally.mark("bai-viet", articlesOk, items.isEmpty() ? "không tìm thấy trang bài viết nào để kiểm tra"
                : withMeta + "/" + items.size() + " bài viết có thẻ DC.*"
                        + news.map(m -> " (chuyên mục \"" + m.label() + "\")").orElse(""));
        return tally.verdict();
    }

    /** The page's DC.* elements with content, by name as written. */
    static Set<String> elements(StoredPage page) {
        Set<String> found = new LinkedHashSet<>();
        for (Element meta : page.document().select("meta[name]")) {
            String name = meta.attr("name").strip();
            if (!meta.attr("content").isBlank() && name.toLowerCase(Locale.ROOT).startsWith("dc.") && name.length() > 3) {
                found.add(name);
            }
        }
        return found;
    }

    private static Evidence evidence(SiteEvidence site, StoredPage page, Set<String> elements) {
        Element first = page.document().selectFirst("meta[name~=(?i)^dc\\.]");
        return site.evidence(page, first, String.join(", ", elements));
    }
}
