package vn.portalassessor.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the six categories of IT application (hạng mục). Its index for an agency is the points
 * earned over the category's maximum for that agency's group; the maximum differs by group because
 * some criteria apply to one group only.
 *
 * @param id        "1" … "6"
 * @param name      Vietnamese name
 * @param maxPoints the maximum per group; the validator checks it equals the sum of the criteria
 *                  that apply to that group
 * @param criteria  in report order
 */
public record Category(String id, String name, Map<Group, Double> maxPoints, List<Criterion> criteria) {

    public Category {
        maxPoints = maxPoints == null ? Map.of() : Map.copyOf(maxPoints);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** The category's maximum for agencies of this group. */
    public double maxPointsFor(Group group) {
        Double max = maxPoints.get(group);
        if (max == null) {
            throw new IllegalStateException("category " + id + " has no maxPoints for group " + group);
        }
        return max;
    }

    /** The criterion with this id, in this category. */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** The criteria scored for agencies of this group. */
    public List<Criterion> criteriaFor(Group group) {
        return criteria.stream().filter(c -> c.appliesTo(group)).toList();
    }
}
