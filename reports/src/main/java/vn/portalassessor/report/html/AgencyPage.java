package vn.portalassessor.report.html;

import java.util.List;

/**
 * What an agency's evidence page shows: a summary of its categories, a table of contents, the
 * previous and next agency, the crawl's outcome, every criterion of every category with its
 * verdict, points, reason and evidence grouped by page, and the table of its online services
 * (category 4).
 *
 * @param previous the previous agency in the report's order, or null for the first
 * @param next     the next agency, or null for the last
 * @param confirmation whether the confirmation rounds have started ({@code report/confirm/<id>.html} exists)
 */
public record AgencyPage(String id, String name, String group, String portalUrl, String methodology, String note,
                         String crawlStatus, int pagesFetched, int errors, List<String> crawlNotes,
                         List<Section> categories, List<ServiceRow> services, Neighbour previous, Neighbour next,
                         String missingText, boolean confirmation) {

    /** The same page, saying whether the confirmation rounds have started (then it links to the agency's own page). */
    public AgencyPage withConfirmation(boolean started) {
        return new AgencyPage(id, name, group, portalUrl, methodology, note, crawlStatus, pagesFetched, errors, crawlNotes,
                categories, services, previous, next, missingText, started);
    }

    /** Another agency's page. */
    public record Neighbour(String id, String name) {
    }

    /**
     * Category 4: one examined online service — declared and detected level, whether they differ, the
     * level-1 fields it lacks, why, and the pages and files its level rests on.
     */
    public record ServiceRow(String name, String url, String declaredLevel, String detectedLevel, boolean discrepancy,
                             String missingFields, String reason, List<String> evidenceUrls) {
    }

    /** Distinct pages the verdicts rest on. */
    public long evidencePages() {
        return categories.stream().flatMap(c -> c.criteria().stream()).flatMap(l -> l.evidence().stream())
                .map(PageEvidence::url).distinct().count();
    }

    /** Distinct screenshots shown on the page. */
    public long screenshots() {
        return categories.stream().flatMap(c -> c.criteria().stream()).flatMap(l -> l.evidence().stream())
                .map(PageEvidence::screenshot).filter(s -> !s.isEmpty()).distinct().count();
    }

    /**
     * One category.
     *
     * @param noData      nothing in it rests on a figure: the index is no judgement
     * @param missingText "thiếu N số liệu tự báo cáo", or empty
     */
    public record Section(String id, String name, String points, String maxPoints, String index, String rank,
                          String level, String levelCode, boolean noData, String missingText, List<Line> criteria) {
    }

    /**
     * One criterion.
     *
     * @param examined whether the evidence lists the pages examined for a verdict that withholds points
     *                 (NOT_MET, PARTIAL) rather than the pages a MET rests on
     */
    public record Line(String id, String name, String status, String statusCode, String points, String maxPoints,
                       String source, String explanation, String value, boolean missing, boolean examined,
                       List<PageEvidence> evidence) {
    }
}
