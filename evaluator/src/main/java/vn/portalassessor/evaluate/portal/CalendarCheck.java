package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * C3.09 Lịch làm việc của lãnh đạo: a work-calendar section whose page lists days ("Thứ hai",
 * "Thứ ba"... — the criterion's content hints) with dates: MET when it covers the week of the
 * assessment date, PARTIAL when it is not current (§8). The section is found by its menu link,
 * slug and heading together ({@link SectionFinder}), so a news article that merely mentions "lịch làm
 * việc" is not a calendar, and a "Lịch công tác" page saying only "Đang cập nhật" does not count.
 */
public final class CalendarCheck implements Check {

    /** Share of the points for a calendar that exists but does not cover the assessment week (§8: PARTIAL). */
    static final double NOT_CURRENT_SHARE = 0.5;

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SectionFinder.Match> section = new SectionFinder(site).find(criterion.hints());
        if (section.isEmpty()) {
            return Verdict.notMet("Không tìm thấy mục Lịch công tác / Lịch làm việc của lãnh đạo", List.of());
        }
        SectionFinder.Match m = section.get();
        String text = site.model().mainText(m.page());
        Evidence evidence = site.evidence(m.page(), m.element(), m.label() + ": " + text);
        if (m.placeholder()) {
            return Verdict.notMet("Mục \"" + m.label() + "\" chỉ có nội dung giữ chỗ, chưa có lịch làm việc", List.of(evidence));
        }
        long days = criterion.hints().content().stream().filter(d -> site.model().containsPhrase(text, d)).count();
        List<LocalDate> dates = VietnameseDates.find(text);
        if (days >= 2 && !dates.isEmpty()) {
            LocalDate today = site.assessmentDate();
            Optional<LocalDate> current = dates.stream()
                    .filter(d -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, d)) <= DocumentsFreshnessCheck.WEEK_DAYS)
                    .max(LocalDate::compareTo);
            if (current.isPresent()) {
                return Verdict.met("Có lịch làm việc \"" + m.label() + "\" theo ngày, của tuần đánh giá (" + days
                        + " ngày trong tuần, đến " + VietnameseDates.format(current.get()) + ")", List.of(evidence));
            }
            LocalDate newest = dates.stream().filter(d -> !d.isAfter(today)).max(LocalDate::compareTo)
                    .orElse(dates.stream().min(LocalDate::compareTo).orElseThrow());
            return Verdict.partial(NOT_CURRENT_SHARE, "Có lịch làm việc \"" + m.label() + "\" theo ngày nhưng không phải tuần đánh giá "
                    + VietnameseDates.format(today) + " (ngày gần nhất " + VietnameseDates.format(newest) + ")", List.of(evidence));
        }
        return Verdict.needsReview("Có mục \"" + m.label() + "\" nhưng không thấy lịch theo ngày (thứ, ngày tháng); "
                + "cần kiểm tra thủ công", List.of(evidence));
    }

    /** The calendar page, when there is one with real content. */
    static Optional<StoredPage> page(Criterion criterion, SiteEvidence site) {
        return new SectionFinder(site).find(criterion.hints()).filter(m -> !m.placeholder()).map(SectionFinder.Match::page);
    }
}
