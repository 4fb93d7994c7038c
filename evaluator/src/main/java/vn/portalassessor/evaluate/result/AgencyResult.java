package vn.portalassessor.evaluate.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Group;

/**
 * An agency's results in every category.
 *
 * @param overall  the rank on the mean of the category indices, for methodologies that give one
 * @param services category 4: every online service examined, with declared and detected level (absent
 *                 from results.json when no service was found)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyResult(String id, String name, Group group, String portalUrl, CrawlInfo crawl,
                           List<CategoryResult> categories, Overall overall,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ServiceResult> services) {

    public AgencyResult {
        categories = List.copyOf(categories);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** An agency's results without a service table. */
    public AgencyResult(String id, String name, Group group, String portalUrl, CrawlInfo crawl,
                        List<CategoryResult> categories, Overall overall) {
        this(id, name, group, portalUrl, crawl, categories, overall, List.of());
    }

    /** The same results with this service table. */
    public AgencyResult withServices(List<ServiceResult> table) {
        return new AgencyResult(id, name, group, portalUrl, crawl, categories, overall, table);
    }

    /** The result in one category. */
    public Optional<CategoryResult> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    /** The overall index (mean of the category indices) and its rank in the group. */
    public record Overall(double index, int rank, int rankOf) {
    }
}
