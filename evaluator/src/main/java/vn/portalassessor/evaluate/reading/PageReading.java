package vn.portalassessor.evaluate.reading;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is read off one archived page once: its links for every page, and for a portal page its own
 * text (chrome, scripts and breadcrumbs removed), its own title, whether it is only a placeholder, its
 * own headings and its breadcrumb's name: every sign the section finder weighs on every page.
 * Those fields are null on a page of another site (the online-service site) that no check looked
 * for a section in.
 *
 * @param url         the page's canonical URL
 * @param links       its links, in document order
 * @param mainText    its own text, or null when it is not read
 * @param ownTitle    its title without the site's name, or null when it is not read
 * @param placeholder whether it has no content of its own, or null when it is not read
 * @param headings    the headings of its own content, or null when it is not read
 * @param breadcrumb  its breadcrumb's last item's name, or null when it has none or is not read
 * @param alone       how the page reads on its own, by its markup, or null when it is not read
 * @param findings    whether a check found on the page what it looks for, by the check's name, code and
 *                    inputs ({@link vn.portalassessor.evaluate.SiteEvidence#finds}); a page a check found
 *                    nothing on need not be parsed again for it
 */
public record PageReading(String url, List<LinkReading> links, String mainText, String ownTitle, Boolean placeholder,
                          List<HeadingReading> headings, String breadcrumb, Alone alone, Map<String, Boolean> findings) {

    /**
     * How a page reads on its own, without the site's other pages: its content container as its markup
     * marks it ({@link vn.portalassessor.evaluate.text.PageText#main}), for a page of either site.
     *
     * @param placeholder whether that content is only a placeholder
     * @param links       how many links that content holds (a catalogue lists services)
     */
    public record Alone(boolean placeholder, int links) {
    }

    public PageReading {
        links = List.copyOf(links);
        headings = headings == null ? null : List.copyOf(headings);
        findings = findings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(findings));
    }
}
