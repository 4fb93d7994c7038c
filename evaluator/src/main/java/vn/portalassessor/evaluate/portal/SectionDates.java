package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * The dates a section shows: on its own page (the list of items) and on the pages it links to from
 * its content (the items themselves), newest first, each with the page that shows it. Dates after
 * {@code latest} are dropped (a deadline next year is not an update). Stateless.
 */
final class SectionDates {

    /** A date and where it was read. */
    record Dated(LocalDate date, StoredPage page) {
    }

    private SectionDates() {
    }

    static List<Dated> of(SiteEvidence site, StoredPage section, LocalDate latest) {
        List<Dated> dates = new ArrayList<>();
        add(dates, section, latest);
        for (StoredPage child : SectionCheck.childPages(site, section)) {
            if (!PageText.isPlaceholder(child.document(), site.placeholders())) {
                add(dates, child, latest);
            }
        }
        dates.sort(Comparator.comparing(Dated::date).reversed());
        return dates;
    }

    static Optional<Dated> newest(SiteEvidence site, StoredPage section, LocalDate latest) {
        return of(site, section, latest).stream().findFirst();
    }

    /** The innermost element of a page whose own text shows {@code date}, for the evidence's selector. */
    static Optional<org.jsoup.nodes.Element> locate(StoredPage page, LocalDate date) {
        org.jsoup.nodes.Element body = page.document().body();
        if (body == null) {
            return Optional.empty();
        }
        for (org.jsoup.nodes.Element e : body.select("*")) {
            if (VietnameseDates.find(e.ownText()).contains(date)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static void add(List<Dated> dates, StoredPage page, LocalDate latest) {
        for (LocalDate d : VietnameseDates.find(PageText.mainText(page.document()))) {
            if (!d.isAfter(latest)) {
                dates.add(new Dated(d, page));
            }
        }
    }
}
