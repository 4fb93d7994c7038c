package vn.portalassessor.report.html;

import java.util.List;

/**
 * What an agency's evidence page shows: every criterion of every category with its verdict, points,
 * reason and evidence, the crawl's outcome, and the table of its online services (category 4).
 */
public record AgencyPage(String id, String name, String group, String portalUrl, String methodology, String note,
                         String crawlStatus, int pagesFetched, int errors, List<String> crawlNotes,
                         List<Section> categories,
                         List<ServiceRow> services) {

    /** The page without a service table. */
    public AgencyPage(String id, String name, String group, String portalUrl, String methodology, String note,
                      String crawlStatus, int pagesFetched, int errors, List<String> crawlNotes,
                      List<Section> categories) {
        this(id, name, group, portalUrl, methodology, note, crawlStatus, pagesFetched, errors, crawlNotes, categories,
                List.of());
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
                .map(Link::url).distinct().count();
    }

    /** Distinct screenshots shown on the page. */
    public long screenshots() {
        return categories.stream().flatMap(c -> c.criteria().stream()).flatMap(l -> l.evidence().stream())
                .map(Link::screenshot).filter(s -> !s.isEmpty()).distinct().count();
    }

    /** One category. */
    public record Section(String id, String name, String points, String maxPoints, String index, String rank,
                          String level, String levelCode, List<Line> criteria) {
    }

    /** One criterion. */
    public record Line(String id, String name, String status, String statusCode, String points, String maxPoints,
                       String source, String explanation, String value, List<Link> evidence) {
    }

    /** One piece of evidence. */
    public record Link(String url, String snippet, String screenshot, String recordId) {
    }
}
