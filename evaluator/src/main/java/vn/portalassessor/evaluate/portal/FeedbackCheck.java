package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
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
 * C3.26 Hỏi đáp, phản hồi: the Q&A or feedback section ("Hỏi đáp", "Hỏi – Đáp", "Trao đổi - Hỏi
 * đáp", "Góp ý - Phản ánh"...), found by its menu, slug and heading. Sub-item {@code gui-cau-hoi}: a
 * form with a text area on the section or the pages it links to, or an official email address there
 * (or, when there is no section, in the home page's footer). Sub-item {@code tra-loi}: published
 * answers — a passage the sub-item's hints name ("Trả lời", "Đáp") in the section or its pages, its
 * headings and forms aside.
 */
public final class FeedbackCheck implements Check {

    /** What a block holds that is not its own passage: a section's title, a question form. */
    private static final Evaluator HEADINGS_AND_FORMS = QueryParser.parse("h1, h2, h3, h4, h5, h6, form");

    @Override
    public String name() {
        return "feedback";
    }

    /** What one candidate section offers. */
    private record Findings(Optional<SectionFinder.Match> section, Optional<Evidence> ask, Optional<Evidence> answered) {

        int found() {
            return (ask.isPresent() ? 1 : 0) + (answered.isPresent() ? 1 : 0);
        }
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        SubItem answers = criterion.subItems().stream().filter(s -> s.id().equals("tra-loi")).findFirst().orElseThrow(
                () -> new IllegalStateException("criterion " + criterion.id() + " needs the sub-item 'tra-loi'"));
        Findings best = null;
        for (SectionFinder.Match m : new SectionFinder(site).findAll(criterion.hints())) {
            if (m.placeholder()) {
                continue;
            }
            Findings f = inspect(site, Optional.of(m), answers);
            if (best == null || f.found() > best.found()) {
                best = f;
            }
            if (best.found() == 2) {
                break;
            }
        }
        if (best == null) {
            // §8: no Q&A section is NOT_MET; a general contact form or the footer's e-mail does not count
            return Verdict.notMet("Không có chuyên mục Hỏi đáp / Góp ý (biểu mẫu liên hệ chung hoặc thư điện tử ở chân trang không tính)",
                    List.of());
        }
        SubItemTally tally = new SubItemTally(criterion);
        best.section().ifPresent(m -> tally.evidence(site.evidence(m.page(), m.element(), m.label())));
        best.ask().ifPresent(tally::evidence);
        best.answered().ifPresent(tally::evidence);
        tally.mark("gui-cau-hoi", best.ask().isPresent(), best.ask().map(Evidence::snippet).orElse(null));
        tally.mark("tra-loi", best.answered().isPresent(), null);
        if (best.section().isEmpty()) {
            tally.note("Không có chuyên mục Hỏi đáp / Góp ý");
        } else {
            tally.note("Chuyên mục \"" + best.section().get().label() + "\"");
        }
        return tally.verdict();
    }

    private static Findings inspect(SiteEvidence site, Optional<SectionFinder.Match> section, SubItem answers) {
        List<StoredPage> scope = new ArrayList<>();
        section.ifPresent(m -> {
            scope.add(m.page());
            scope.addAll(SectionCheck.childPages(site, m.page()));
        });
        Optional<Evidence> ask = Optional.empty();
        for (StoredPage page : scope) {
            ask = form(site, page).or(() -> email(site, page, site.model().main(page)));
            if (ask.isPresent()) {
                break;
            }
        }
        Optional<Evidence> answered = Optional.empty();
        for (StoredPage page : scope) {
            for (Element e : site.model().main(page).select("p, li, dd, div, td")) {
                String text = ownPassage(e);
                String head = text.length() > 40 ? text.substring(0, 40) : text;
                if (text.length() >= 40 && answers.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(head, k))) {
                    answered = Optional.of(site.evidence(page, page.document().selectFirst(e.cssSelector()), text));
                    break;
                }
            }
            if (answered.isPresent()) {
                break;
            }
        }
        return new Findings(section, ask, answered);
    }

    /**
     * What a block says itself, without the headings and forms it holds: the section's own title
     * ("Hỏi - Đáp") and its question form ("Gửi câu hỏi") are no published answer.
     */
    private static String ownPassage(Element block) {
        if (block.selectFirst(HEADINGS_AND_FORMS) == null) {
            return block.text();
        }
        Element copy = block.clone();
        copy.select(HEADINGS_AND_FORMS).remove();
        return copy.text();
    }

    /**
     * A form to send a question: one with a text area, or with two or more fields to fill in — never
     * a search box (one field, {@code role=search}) or a login form (a password field).
     */
    private static Optional<Evidence> form(SiteEvidence site, StoredPage page) {
        for (Element form : page.document().select("form")) {
            if (!form.select("input[type=password]").isEmpty() || form.attr("role").equals("search")
                    || form.className().toLowerCase(java.util.Locale.ROOT).contains("search")) {
                continue;
            }
            int fields = form.select("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image])"
                    + ":not([type=checkbox]):not([type=radio]), select").size();
            if (!form.select("textarea").isEmpty() || fields >= 2) {
                return Optional.of(site.evidence(page, form, "Biểu mẫu: " + form.text()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Evidence> email(SiteEvidence site, StoredPage page, Element scope) {
        for (Element e : scope.select("a[href^=mailto:], p, li, span, div, td")) {
            Matcher m = ContactsCheck.EMAIL.matcher(e.is("a") ? e.attr("href") : e.ownText());
            if (m.find()) {
                return Optional.of(site.evidence(page, page.document().selectFirst(e.cssSelector()), "Thư điện tử: " + m.group()));
            }
        }
        return Optional.empty();
    }
}
