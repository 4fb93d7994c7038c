package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * C3.21 Cập nhật văn bản, lịch công tác, counted from the assessment date: the {@code van-ban}
 * sub-item needs a document in the documents section (found by that sub-item's hints) dated within
 * {@value #DOCUMENT_DAYS} days; the {@code lich-cong-tac} sub-item needs the work calendar (its
 * sub-item's hints) to show a day within {@value #WEEK_DAYS} days of the assessment date — the current
 * week. A placeholder section has no dates.
 */
public final class DocumentsFreshnessCheck implements Check {

    static final int DOCUMENT_DAYS = 90;
    static final int WEEK_DAYS = 7;

    @Override
    public String name() {
        return "documents-freshness";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        SectionFinder finder = new SectionFinder(site);
        LocalDate today = site.assessmentDate();
        SubItemTally tally = new SubItemTally(criterion);
        for (SubItem item : criterion.subItems()) {
            boolean calendar = item.id().equals("lich-cong-tac");
            Optional<SectionFinder.Match> section = finder.find(item.hints());
            if (section.isEmpty() || section.get().placeholder()) {
                tally.mark(item.id(), false, section.isEmpty() ? "không có mục này"
                        : "mục \"" + section.get().label() + "\" chỉ có nội dung giữ chỗ");
                section.ifPresent(m -> tally.evidence(site.evidence(m.page(), m.element(),
                        site.model().mainText(m.page()))));
                continue;
            }
            SectionFinder.Match m = section.get();
            Optional<LocalDate> newest = calendar
                    ? VietnameseDates.find(site.model().mainText(m.page())).stream()
                        .filter(d -> Math.abs(ChronoUnit.DAYS.between(today, d)) <= WEEK_DAYS).max(LocalDate::compareTo)
                    : SectionDates.newest(site, m.page(), today).map(SectionDates.Dated::date);
            boolean fresh = newest.isPresent() && (calendar
                    || ChronoUnit.DAYS.between(newest.get(), today) <= DOCUMENT_DAYS);
            org.jsoup.nodes.Element located = newest.flatMap(d -> SectionDates.locate(site, m.page(), d)).orElse(m.element());
            tally.evidence(site.evidence(m.page(), located, m.label()
                    + newest.map(d -> " — " + VietnameseDates.format(d) + ": " + located.text()).orElse("")));
            tally.mark(item.id(), fresh, "\"" + m.label() + "\"" + newest.map(d -> ", ngày " + VietnameseDates.format(d))
                    .orElse(calendar ? ", không có ngày trong tuần đánh giá" : ", không thấy ngày"));
        }
        tally.note("Tính từ ngày đánh giá " + VietnameseDates.format(today));
        return tally.verdict();
    }
}
