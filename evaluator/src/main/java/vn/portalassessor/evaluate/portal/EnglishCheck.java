package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Anchor;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.site.SiteModel;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C3.18 Thông tin tiếng nước ngoài, decided as §8 says: English pages with at least an introduction
 * and contacts → MET, an introduction only → PARTIAL, none or "under construction" → NOT_MET. The
 * English version is found as any section (its link may be only a flag or an "EN" image, named by its
 * file name), or, failing that, as a page linked from the home page, or named by its URL
 * ({@code /en/}, {@code lang=en}), that reads as English; it counts
 * only when its pages are in English with real content. The sub-items ({@code gioi-thieu},
 * {@code lien-he}) are looked for in the English pages the section leads to: their titles and own
 * content (contacts also in the English pages' footer).
 */
public final class EnglishCheck implements Check {

    private static final int MAX_PAGES = 30;

    @Override
    public String name() {
        return "english";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        SiteModel model = site.model();
        Optional<SectionFinder.Match> section = new SectionFinder(site).find(criterion.hints());
        Optional<StoredPage> entry = section.filter(m -> !m.placeholder() && model.isEnglish(m.page()))
                .map(SectionFinder.Match::page).or(() -> linkedFromHome(site)).or(() -> namedByUrl(site, criterion));
        if (entry.isEmpty()) {
            if (section.isPresent()) {
                SectionFinder.Match m = section.get();
                return Verdict.notMet("Mục \"" + m.label() + "\" không có nội dung tiếng nước ngoài"
                                + (m.placeholder() ? " (nội dung giữ chỗ)" : ""),
                        List.of(site.evidence(m.page(), m.element(), model.mainText(m.page()))));
            }
            return Verdict.notMet("Không tìm thấy phiên bản tiếng nước ngoài (tiếng Anh) của cổng", List.of());
        }
        List<StoredPage> pages = englishPages(site, entry.get());
        SubItemTally tally = new SubItemTally(criterion);
        tally.evidence(site.evidence(entry.get(), null, "Phiên bản tiếng Anh: " + model.mainText(entry.get())));
        for (SubItem item : criterion.subItems()) {
            Optional<Evidence> hit = find(site, item, pages);
            hit.ifPresent(tally::evidence);
            tally.mark(item.id(), hit.isPresent(), hit.map(e -> e.url()).orElse(null));
        }
        return tally.verdict();
    }

    /** A page the home page links to whose link names English and whose content reads as English. */
    private static Optional<StoredPage> linkedFromHome(SiteEvidence site) {
        Optional<StoredPage> home = site.home();
        if (home.isEmpty()) {
            return Optional.empty();
        }
        for (Anchor a : site.links().from(home.get().url())) {
            String words = (a.label() + " " + a.imageName() + " " + a.target().getPath() + " "
                    + (a.target().getQuery() == null ? "" : a.target().getQuery()));
            if (!words.toLowerCase(java.util.Locale.ROOT).contains("en")) {
                continue;
            }
            if (!site.model().containsPhrase(words, "en") && !site.model().containsPhrase(words, "english")
                    && !site.model().containsPhrase(words, "eng")) {
                continue;
            }
            Optional<StoredPage> target = site.store().page(a.target()).filter(p -> p.capture().isHtmlPage());
            if (target.isPresent() && !site.model().isPlaceholder(target.get()) && site.model().isEnglish(target.get())) {
                return target;
            }
        }
        return Optional.empty();
    }

    /**
     * A page whose URL names the English version ({@code /en/index.php}, {@code ?lang=en}) and whose
     * content is English: what it is says enough when the link to it is built by a script.
     */
    private static Optional<StoredPage> namedByUrl(SiteEvidence site, Criterion criterion) {
        return site.model().pages().stream()
                .filter(p -> {
                    String path = p.url().getRawPath() + (p.url().getRawQuery() == null ? "" : " " + p.url().getRawQuery());
                    return criterion.hints().slugs().stream().anyMatch(s -> VietnameseText.pathHasSlug(path, s));
                })
                .filter(p -> !site.model().isPlaceholder(p) && site.model().isEnglish(p))
                .min(java.util.Comparator.comparingInt(p -> p.capture().depth()));
    }

    /** The English entry page and the non-Vietnamese, non-placeholder pages it links to. */
    private static List<StoredPage> englishPages(SiteEvidence site, StoredPage entry) {
        Set<StoredPage> pages = new LinkedHashSet<>();
        pages.add(entry);
        for (Anchor a : site.links().from(entry.url())) {
            if (pages.size() >= MAX_PAGES) {
                break;
            }
            site.store().page(a.target()).filter(p -> p.capture().isHtmlPage())
                    .filter(p -> !site.model().isPlaceholder(p) && !site.model().readsAsVietnamese(p))
                    .ifPresent(pages::add);
        }
        return new ArrayList<>(pages);
    }

    /** The text of a block without its links: a link "About us" is not an introduction, nor "Contact" a contact. */
    private static String withoutLinks(org.jsoup.nodes.Element block) {
        org.jsoup.nodes.Element copy = block.clone();
        copy.select("a").remove();
        return copy.text();
    }

    private static Optional<Evidence> find(SiteEvidence site, SubItem item, List<StoredPage> pages) {
        for (StoredPage page : pages) {
            String title = page.document().title();
            // contacts may sit in the English pages' own footer (not the Vietnamese site's); an introduction
            // must be a page's own content
            String body = item.id().equals("lien-he") && page.document().body() != null
                    ? withoutLinks(site.model().withoutSiteChrome(page)) : withoutLinks(site.model().main(page));
            body = body.length() > SiteModel.MAX_TEXT_CHARS ? body.substring(0, SiteModel.MAX_TEXT_CHARS) : body;
            for (String k : item.hints().keywords()) {
                if (site.model().containsPhrase(title, k) || site.model().containsPhrase(body, k)) {
                    return Optional.of(site.evidence(page, null, k + ": " + site.model().mainText(page)));
                }
            }
        }
        return Optional.empty();
    }
}
