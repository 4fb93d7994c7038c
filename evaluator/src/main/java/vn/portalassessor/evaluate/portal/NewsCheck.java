package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * C3.05 Tin tức, sự kiện: a news section with dated items. The section is found as any other
 * ({@link SectionFinder}); it counts when its page lists at least {@value #MIN_DATED_ITEMS} dated
 * items (or, for a list without dates, its items show theirs: {@link SectionDates}). A "Tin tức" link to a placeholder page does not count, and dated news on the home page
 * alone is not a news section.
 */
public final class NewsCheck implements Check {

    static final int MIN_DATED_ITEMS = 2;

    @Override
    public String name() {
        return "news";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SectionFinder.Match> section = new SectionFinder(site).find(criterion.hints());
        if (section.isEmpty()) {
            return Verdict.notMet("Không tìm thấy chuyên mục Tin tức – Sự kiện", List.of());
        }
        StoredPage page = section.get().page();
        String text = site.model().mainText(page);
        if (section.get().placeholder()) {
            return Verdict.notMet("Chuyên mục \"" + section.get().label() + "\" chỉ có nội dung giữ chỗ",
                    List.of(site.evidence(page, section.get().element(), text)));
        }
        List<LocalDate> dates = SectionDates.of(site, page, LocalDate.MAX).stream().map(SectionDates.Dated::date).toList();
        var evidence = List.of(site.evidence(page, section.get().element(), section.get().label() + ": " + text));
        if (dates.size() < MIN_DATED_ITEMS) {
            return Verdict.needsReview("Có chuyên mục \"" + section.get().label()
                    + "\" nhưng không thấy tin có ngày đăng; cần kiểm tra thủ công", evidence);
        }
        LocalDate newest = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return Verdict.met("Có chuyên mục \"" + section.get().label() + "\" với " + dates.size()
                + " mục tin có ngày đăng (mới nhất " + newest.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")",
                evidence);
    }
}
