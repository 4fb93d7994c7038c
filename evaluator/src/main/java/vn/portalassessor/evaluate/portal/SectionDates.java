package vn.portalassessor.evaluate.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.text.VietnameseDates;

/**
 * The dates a section shows, as an inspector reads them (§8 C3.20, C3.21): on the section's own page,
 * in its own content — never the site header's "today" date, a side bar's "Tin mới" box or the home
 * page a breadcrumb leads back to — newest first. Only when the section page shows no date at all are
 * its items read: the articles its own content links to, each by the first date of its own content
 * (its publication date). Dates after {@code latest} are dropped (a deadline next year is not an
 * update). Stateless.
 */
final class SectionDates {

    /** Items read when a list shows no dates of its own. */
    private static final int MAX_ITEMS = 20;

    /** A date and where it was read. */
    record Dated(LocalDate date, StoredPage page) {
    }

    private SectionDates() {
    }

    static List<Dated> of(SiteEvidence site, StoredPage section, LocalDate latest) {
        List<Dated> dates = new ArrayList<>();
        for (LocalDate d : VietnameseDates.find(site.model().mainText(section))) {
            if (!d.isAfter(latest)) {
                dates.add(new Dated(d, section));
            }
        }
        if (dates.isEmpty()) {
            for (StoredPage item : SectionCheck.itemPages(site, section, MAX_ITEMS)) {
                if (dates.size() >= MAX_ITEMS) {
                    break;
                }
                if (site.model().isPlaceholder(item)) {
                    continue;
                }
                VietnameseDates.find(site.model().mainText(item)).stream().filter(d -> !d.isAfter(latest)).findFirst()
                        .ifPresent(d -> dates.add(new Dated(d, item)));
            }
        }
        dates.sort(Comparator.comparing(Dated::date).reversed());
        return dates;
    }

    static Optional<Dated> newest(SiteEvidence site, StoredPage section, LocalDate latest) {
        return of(site, section, latest).stream().findFirst();
    }

    /** The innermost element of a page's own content whose text shows {@code date}, for the evidence's selector. */
    static Optional<Element> locate(SiteEvidence site, StoredPage page, LocalDate date) {
        Element body = page.document().body();
        if (body == null) {
            return Optional.empty();
        }
        Element fallback = null;
        for (Element e : body.select("*")) {
            if (VietnameseDates.find(e.ownText()).contains(date)) {
                if (!site.model().inChrome(page, e)) {
                    return Optional.of(e);
                }
                fallback = fallback == null ? e : fallback;
            }
        }
        return Optional.ofNullable(fallback);
    }
}
