package vn.portalassessor.evaluate.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C3.25 In ấn, lưu trữ bài viết: an article's print, save or send function. A link or button counts
 * when its whole text is one of the criterion's hints ("In bài viết", "Lưu trang", "Gửi email", and the
 * bare "In" only as the entire text — never "In" inside a sentence), or when it calls
 * {@code window.print()} or leads to a print view. A "Gửi email" link to the agency's own address is a
 * contact, not a way to send the article. The first such control found is the evidence.
 */
public final class PrintSaveCheck implements Check {

    private static final int MAX_CONTROL_WORDS = 4;

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    @Override
    public String name() {
        return "print-save";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        String inputs = String.join("\u0001", criterion.hints().keywords());
        for (StoredPage page : site.pages()) {
            // a page without such a control is known from the run's readings; only the one with it is read in full
            if (!site.onPortal(page.url())
                    || !site.finds(page, PrintSaveCheck.class, inputs, () -> control(criterion, site, page).isPresent())) {
                continue;
            }
            Optional<Verdict> met = control(criterion, site, page);
            if (met.isPresent()) {
                return met.get();
            }
        }
        return Verdict.notMet("Không thấy chức năng in, lưu hoặc gửi bài viết trên các trang đã thu thập", List.of());
    }

    /** The page's first control that prints, saves or sends the article, as a met verdict. */
    private static Optional<Verdict> control(Criterion criterion, SiteEvidence site, StoredPage page) {
        for (Element control : page.document().select("a, button, input[type=button], input[type=submit]")) {
            String text = control.text().isBlank() ? control.attr("value") + " " + control.attr("title") : control.text();
            String onclick = control.attr("onclick").toLowerCase(Locale.ROOT);
            String href = control.attr("href").toLowerCase(Locale.ROOT);
            boolean named = false;
            if (WORDS.split(text.strip(), MAX_CONTROL_WORDS + 2).length <= MAX_CONTROL_WORDS) {
                String folded = VietnameseText.fold(text);
                named = criterion.hints().keywords().stream()
                        .anyMatch(k -> folded.equals(VietnameseText.fold(k))
                                || (VietnameseText.fold(k).split(" ").length >= 2 && site.model().containsPhrase(text, k)));
            }
            boolean scripted = onclick.contains("print(") || onclick.contains("saveas") || href.contains("window.print");
            boolean printView = href.contains("/print/") || href.contains("viewmode=print") || href.contains("print=1");
            boolean contactMail = href.startsWith("mailto:") && href.replaceFirst("\\?.*$", "").contains("@");
            if ((named && !contactMail) || scripted || printView) {
                return Optional.of(Verdict.met("Bài viết có chức năng \"" + text.strip() + "\"",
                        List.of(site.evidence(page, control, text.strip() + (href.isBlank() ? "" : " → " + control.attr("href"))))));
            }
        }
        return Optional.empty();
    }
}
