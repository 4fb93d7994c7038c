package vn.portalassessor.evaluate.result;

import java.util.List;

/**
 * One category's result for one agency: points over the group's maximum, the index with 3
 * decimals, the rank within the group (ties share a rank) and the level.
 */
public record CategoryResult(String id, String name, double points, double maxPoints, double index, int rank,
                             int rankOf, Level level, List<CriterionResult> criteria) {

    public CategoryResult {
        criteria = List.copyOf(criteria);
    }
}
