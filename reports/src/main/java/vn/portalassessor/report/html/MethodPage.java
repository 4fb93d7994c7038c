package vn.portalassessor.report.html;

import java.util.List;

/**
 * How the figures were made, from the methodology file itself: formulas, rule types, points of each
 * criterion in each group, the level rule and its thresholds, how the source of a value is chosen,
 * the note that the points are reconstructed, and the run's options in Vietnamese.
 */
public record MethodPage(String name, String id, String version, String note, String levelRule, String overall,
                         List<String> placeholders, List<RuleRow> rules, List<CategoryTable> categories,
                         List<String> options, List<String> groups) {

    /** A rule type and its formula. */
    public record RuleRow(String code, String formula, String criteria) {
    }

    /** One category's criteria and their points per group. */
    public record CategoryTable(String id, String name, List<String> maxPoints, List<CriterionRow> criteria) {
    }

    /** One criterion: rule, sources in precedence order, points per group ("—" where it does not apply). */
    public record CriterionRow(String id, String name, String rule, String detail, String sources, String check,
                               List<String> points) {
    }
}
