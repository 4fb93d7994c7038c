package vn.portalassessor.report.html;

import java.util.List;

/**
 * One criterion across every agency ("who fails C3.22"): each agency's verdict, points, reason and
 * evidence, with the previous and next criterion.
 */
public record CriterionPage(String id, String name, String categoryId, String categoryName, String methodology,
                            String rule, String counts, List<Row> rows, String previousId, String nextId) {

    /** One agency's verdict on the criterion. */
    public record Row(String agencyId, String agencyName, String group, String groupName, String status,
                      String statusCode, String points, String maxPoints, String source, String explanation,
                      boolean missing, List<PageEvidence> evidence) {
    }
}
