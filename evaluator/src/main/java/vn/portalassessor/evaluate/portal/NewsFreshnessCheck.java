package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * C3.20 Cập nhật tin tức: how recent the newest news item is, counted back from the assessment date
 * ({@code --assessment-date}). Only the news section (found by the criterion's hints, like C3.05) and
 * the articles it links to count: fresh documents, calendars or drafts elsewhere are not news. A news
 * item within {@value #MONTH} days earns both sub-items, within {@value #QUARTER} days only
 * {@code trong-90-ngay}. Dates after the assessment date are ignored.
 */
public final class NewsFreshnessCheck implements Check {

    static final int MONTH = 30;
    static final int QUARTER = 90;

    @Override
    public String name() {
        return "news-freshness";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SectionFinder.Match> section = new SectionFinder(site).find(criterion.hints());
        if (section.isEmpty()) {
            return Verdict.notMet("Không có chuyên mục tin tức nên không có tin cập nhật", List.of());
        }
        SectionFinder.Match m = section.get();
        if (m.placeholder()) {
            return Verdict.notMet("Chuyên mục \"" + m.label() + "\" chỉ có nội dung giữ chỗ, không có tin",
                    List.of(site.evidence(m.page(), m.element(), m.label())));
        }
        LocalDate today = site.assessmentDate();
        Optional<SectionDates.Dated> newest = SectionDates.newest(site, m.page(), today);
        if (newest.isEmpty()) {
            return Verdict.needsReview("Chuyên mục \"" + m.label() + "\" không ghi ngày đăng tin; cần kiểm tra thủ công",
                    List.of(site.evidence(m.page(), m.element(), m.label())));
        }
        LocalDate date = newest.get().date();
        long age = ChronoUnit.DAYS.between(date, today);
        SubItemTally tally = new SubItemTally(criterion)
                .evidence(site.evidence(newest.get().page(), SectionDates.locate(site, newest.get().page(), date).orElse(null),
                        "Tin mới nhất: " + VietnameseDates.format(date) + " — " + SectionDates.locate(site, newest.get().page(), date)
                                .map(e -> e.parent() == null ? e.text() : e.parent().text()).orElse("")))
                .mark("trong-30-ngay", age <= MONTH, null)
                .mark("trong-90-ngay", age <= QUARTER, null)
                .note("Tin mới nhất ngày " + VietnameseDates.format(date) + ", " + age + " ngày trước ngày đánh giá "
                        + VietnameseDates.format(today));
        return tally.verdict();
    }
}
