package vn.portalassessor.evaluate.portal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * C3.24 RSS: a news feed a reader can subscribe to. Feeds are announced by
 * {@code <link rel="alternate" type="application/rss+xml">} (or Atom) or by a link the criterion's
 * hints name ("RSS", slug {@code rss}); the feed counts when its file, as captured (or fetched through
 * the crawler when the crawl did not reach it), is an RSS, RDF or Atom document with at least one item.
 * A link whose file cannot be read is left for review.
 */
public final class RssCheck implements Check {

    @Override
    public String name() {
        return "rss";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Map<URI, Evidence> candidates = new LinkedHashMap<>();
        for (StoredPage page : site.pages()) {
            if (!site.onPortal(page.url())) {
                continue;
            }
            for (Element link : page.document().select("link[rel~=(?i)alternate][type~=(?i)(rss|atom)]")) {
                site.canonical(link.absUrl("href")).ifPresent(u -> candidates.putIfAbsent(u,
                        site.evidence(page, link, link.outerHtml())));
            }
            for (Anchor a : site.links().from(page.url())) {
                String path = a.target().getRawPath() == null ? "" : a.target().getRawPath();
                boolean named = criterion.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(a.text(), k))
                        || criterion.hints().slugs().stream().anyMatch(s -> VietnameseText.pathHasSlug(path, s));
                if (named) {
                    candidates.putIfAbsent(a.target(), site.evidence(page, a.element(),
                            a.text() + " → " + a.target()));
                }
            }
            if (candidates.size() > 20) {
                break;
            }
        }
        if (candidates.isEmpty()) {
            return Verdict.notMet("Không có liên kết RSS/Atom trên cổng thông tin", List.of());
        }
        boolean unreadable = false;
        for (Map.Entry<URI, Evidence> c : candidates.entrySet()) {
            Optional<StoredPage> feed = site.store().page(c.getKey()).or(() -> site.probes().page(c.getKey()));
            if (feed.isEmpty()) {
                unreadable = true;
                continue;
            }
            int items = items(feed.get());
            if (items > 0) {
                return Verdict.met("Có kênh RSS/Atom " + c.getKey() + " với " + items + " tin",
                        List.of(c.getValue(), site.evidence(feed.get(), null, items + " mục tin")));
            }
        }
        List<Evidence> evidence = List.copyOf(candidates.values()).subList(0, Math.min(3, candidates.size()));
        return unreadable
                ? Verdict.needsReview("Có liên kết RSS nhưng không đọc được tệp tin; cần kiểm tra thủ công", evidence)
                : Verdict.notMet("Liên kết RSS không dẫn tới kênh tin RSS/Atom hợp lệ (không có mục tin)", evidence);
    }

    /** Items of an RSS, RDF or Atom document; 0 when it is not one. */
    static int items(StoredPage feed) {
        String xml = new String(feed.body(), StandardCharsets.UTF_8);
        if (!(xml.contains("<rss") || xml.contains("<feed") || xml.contains("<rdf:RDF"))) {
            return 0;
        }
        int count = 0;
        for (String tag : List.of("<item>", "<item ", "<entry>", "<entry ")) {
            for (int at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + 1)) {
                count++;
            }
        }
        return count;
    }
}
