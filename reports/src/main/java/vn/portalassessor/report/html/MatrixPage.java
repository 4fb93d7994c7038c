package vn.portalassessor.report.html;

import java.util.List;

/**
 * Agencies × criteria: the status of every cell at a glance (a symbol, a colour and the points),
 * each linked to the agency's verdict; the column heads lead to the criterion's page.
 *
 * @param categories the column groups: a category and how many criteria it spans
 * @param columns    one per criterion, in methodology order
 * @param rows       one per agency, grouped
 * @param legend     each status's symbol and name
 */
public record MatrixPage(String methodology, List<Span> categories, List<Column> columns, List<Row> rows,
                         List<Legend> legend, List<Overview.Head> groups) {

    /** A category spanning {@code width} criterion columns. */
    public record Span(String id, String name, int width) {
    }

    /** A criterion column. */
    public record Column(String id, String name) {
    }

    /** One agency. */
    public record Row(String agencyId, String agencyName, String group, String groupName, List<Cell> cells) {
    }

    /**
     * One verdict: {@code href} empty when the criterion does not exist for the agency's group.
     *
     * @param sort sort key: the points earned, -1 without a verdict
     */
    public record Cell(String symbol, String code, String points, String title, String href, String sort) {
    }

    /** A status as the matrix draws it. */
    public record Legend(String symbol, String code, String name) {
    }
}
