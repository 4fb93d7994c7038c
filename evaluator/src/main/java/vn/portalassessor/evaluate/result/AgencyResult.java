package vn.portalassessor.evaluate.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Group;

/**
 * An agency's results in every category.
 *
 * @param overall the rank on the mean of the category indices, for methodologies that give one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyResult(String id, String name, Group group, String portalUrl, CrawlInfo crawl,
                           List<CategoryResult> categories, Overall overall) {

    public AgencyResult {
        categories = List.copyOf(categories);
    }

    /** The result in one category. */
    public Optional<CategoryResult> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    /** The overall index (mean of the category indices) and its rank in the group. */
    public record Overall(double index, int rank, int rankOf) {
    }
}
