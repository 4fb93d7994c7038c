package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * C3.12 Văn bản quy phạm pháp luật, văn bản quản lý: a legal-document database. The section is found
 * by its menu, slug and heading ({@link SectionFinder}); then each field the methodology lists as a
 * sub-item (số ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu) must label a column or field of the
 * section's list or of a document's detail page, and the {@code tai-ve} sub-item needs a link to a
 * document file (PDF, Word...) or a download link. A document search form is reported, not scored.
 */
public final class LegalDocumentsCheck implements Check {

    static final String DOWNLOAD_SUB_ITEM = "tai-ve";
    private static final List<String> FILE_TYPES = List.of(".pdf", ".doc", ".docx", ".zip", ".rar", ".xls", ".xlsx", ".odt");
    private static final String LABELS = "th, dt, label, strong, b, td, span, li, p, h3, h4, h5";

    @Override
    public String name() {
        return "legal-documents";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SectionFinder.Match> section = new SectionFinder(site).find(criterion.hints());
        if (section.isEmpty()) {
            return Verdict.notMet("Không tìm thấy mục Văn bản quy phạm pháp luật, văn bản quản lý", List.of());
        }
        SectionFinder.Match m = section.get();
        Evidence sectionEvidence = site.evidence(m.page(), m.element(), m.label());
        if (m.placeholder()) {
            return Verdict.notMet("Mục \"" + m.label() + "\" chỉ có nội dung giữ chỗ, chưa có văn bản", List.of(sectionEvidence));
        }
        List<StoredPage> scope = new ArrayList<>();
        scope.add(m.page());
        SectionCheck.childPages(site, m.page()).stream()
                .filter(p -> !site.model().isPlaceholder(p)).limit(20).forEach(scope::add);
        SubItemTally tally = new SubItemTally(criterion).evidence(sectionEvidence);
        for (SubItem item : criterion.subItems()) {
            Optional<Evidence> hit = item.id().equals(DOWNLOAD_SUB_ITEM) ? download(item, scope, site) : field(item, scope, site);
            hit.ifPresent(tally::evidence);
            tally.mark(item.id(), hit.isPresent(), null);
        }
        Element search = site.model().main(m.page()).selectFirst("form:has(input[type=text], input[type=search], input:not([type]), select)");
        tally.note(search != null ? "Có biểu mẫu tra cứu văn bản" : "Không thấy biểu mẫu tra cứu văn bản");
        return tally.verdict();
    }

    private static Optional<Evidence> field(SubItem item, List<StoredPage> scope, SiteEvidence site) {
        for (StoredPage page : scope) {
            for (Element e : site.model().main(page).select(LABELS)) {
                String own = e.ownText().isBlank() ? e.text() : e.ownText();
                if (own.split("\\s+").length > 8) {
                    continue;
                }
                for (String k : item.hints().keywords()) {
                    if (site.model().containsPhrase(own, k)) {
                        return Optional.of(site.evidence(page, page.document().selectFirst(e.cssSelector()), e.text()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Evidence> download(SubItem item, List<StoredPage> scope, SiteEvidence site) {
        for (StoredPage page : scope) {
            for (Element a : site.model().main(page).select("a[href]")) {
                String path = a.attr("href").toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
                boolean file = FILE_TYPES.stream().anyMatch(path::endsWith);
                boolean named = item.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(a.text(), k));
                if (file || named) {
                    return Optional.of(site.evidence(page, page.document().selectFirst(a.cssSelector()),
                            a.text() + " → " + a.attr("href")));
                }
            }
        }
        return Optional.empty();
    }
}
