package vn.portalassessor.report.html;

import java.util.List;

/**
 * What the national page shows: first the overview (one row per agency, its six category indices,
 * ranks and levels, missing self-reports said aloud), the downloads, then each category's ranking
 * table per group.
 *
 * @param title       the report's title
 * @param methodology methodology id and version, as printed
 * @param note        what a reader must know about the points
 * @param facts       run facts (assessment date, options) as label → value
 * @param overview    the national overview table
 * @param downloads   the run's data files
 * @param categories  one section per category
 */
public record IndexPage(String title, String methodology, String note, List<Fact> facts, Overview overview,
                        List<Download> downloads, List<CategorySection> categories) {

    /** A labelled fact of the run. */
    public record Fact(String label, String value) {
    }

    /** A data file of the run, linked relative to the report folder. */
    public record Download(String href, String name, String description) {
    }

    /** One category's rankings. */
    public record CategorySection(String id, String name, List<GroupTable> groups) {
    }

    /** One group's ranking table and the distribution of its indices. */
    public record GroupTable(String group, String groupName, List<Row> rows, IndexChart chart) {
    }

    /** One ranked agency. */
    public record Row(int rank, int rankOf, String agencyId, String agencyName, String index, double indexValue,
                      String points, String level, String levelCode, String crawlStatus, String missing) {
    }
}
