package vn.portalassessor.criteria;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned assessment method: what is scored, how, and with what points. Every report names
 * {@link #id()} and {@link #version()} so each figure can be traced to the file that produced it.
 * Immutable; safe to share.
 *
 * @param id           e.g. {@code 2016-reconstructed}
 * @param version      the file's own version; bump it on every edit
 * @param name         title printed on reports
 * @param note         what a reader must know about the points (the shipped default is reconstructed)
 * @param overallRank  whether to rank agencies on the mean of their category indices (later years did;
 *                     2016 did not)
 * @param levelRule    how indices become levels
 * @param placeholders phrases of a page that has no content yet ("Đang cập nhật"): a section that
 *                     leads only to such a page does not count
 * @param categories   the six categories, in order
 */
public record Methodology(String id, String version, String name, String note, Boolean overallRank,
                          LevelRule levelRule, List<String> placeholders, List<Category> categories) {

    public Methodology {
        categories = categories == null ? List.of() : List.copyOf(categories);
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        overallRank = Boolean.TRUE.equals(overallRank);
    }

    /** Whether an overall rank (mean of the category indices) is given. Default: false. */
    public boolean hasOverallRank() {
        return overallRank;
    }

    /** Every criterion of every category, in report order. */
    public Stream<Criterion> criteria() {
        return categories.stream().flatMap(c -> c.criteria().stream());
    }

    /** The criterion with this id, in any category. */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** The category holding this criterion. */
    public Optional<Category> categoryOf(String criterionId) {
        return categories.stream().filter(cat -> cat.criterion(criterionId).isPresent()).findFirst();
    }
}
