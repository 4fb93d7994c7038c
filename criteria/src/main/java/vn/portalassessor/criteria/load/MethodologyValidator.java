package vn.portalassessor.criteria.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.portalassessor.criteria.Band;
import vn.portalassessor.criteria.Category;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.LevelRule;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.MethodologyException;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.criteria.ValueKind;

/**
 * Checks a parsed methodology for what the JSON/YAML shape cannot say: unique ids, the parameters
 * each rule needs, and points that add up (sub-items to their criterion, components to theirs,
 * criteria to their category's maximum in every group). Stops at the first fault, naming its path.
 */
final class MethodologyValidator {

    private static final double EPSILON = 1e-9;

    private final String file;

    MethodologyValidator(String file) {
        this.file = file;
    }

    void validate(Methodology m) {
        require(notBlank(m.id()), "id", "is missing");
        require(notBlank(m.version()), "version", "is missing");
        validateLevelRule(m.levelRule());
        require(!m.categories().isEmpty(), "categories", "is empty: a methodology needs at least one category");
        Set<String> categoryIds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < m.categories().size(); c++) {
            Category category = m.categories().get(c);
            String at = "categories[" + c + "]";
            require(notBlank(category.id()), at + ".id", "is missing");
            require(categoryIds.add(category.id()), at + ".id", "duplicate category id \"" + category.id() + "\"");
            require(notBlank(category.name()), at + ".name", "is missing");
            for (int k = 0; k < category.criteria().size(); k++) {
                validateCriterion(category.criteria().get(k), at + ".criteria[" + k + "]", ids);
            }
            validateCategoryMaximum(category, at);
        }
    }

    private void validateLevelRule(LevelRule rule) {
        require(rule != null, "levelRule", "is missing");
        require(rule.mode() != null, "levelRule.mode", "is missing: THRESHOLD or BAND");
        require(rule.tot() >= 0 && rule.tot() <= 1, "levelRule.tot", "must lie in 0..1, is " + rule.tot());
        require(rule.kha() >= 0 && rule.kha() <= 1, "levelRule.kha", "must lie in 0..1, is " + rule.kha());
        if (rule.mode() == LevelRule.Mode.THRESHOLD) {
            require(rule.kha() <= rule.tot(), "levelRule.kha",
                    "the Khá threshold " + rule.kha() + " is above the Tốt threshold " + rule.tot());
        } else {
            require(rule.tot() + rule.kha() <= 1 + EPSILON, "levelRule",
                    "the Tốt and Khá shares add up to more than the whole group");
        }
    }

    private void validateCriterion(Criterion c, String at, Set<String> ids) {
        require(notBlank(c.id()), at + ".id", "is missing");
        require(ids.add(c.id()), at + ".id", "duplicate criterion id \"" + c.id() + "\"");
        require(notBlank(c.name()), at + ".name", "is missing");
        require(c.rule() != null, at + ".rule", "is missing");
        require(c.maxPoints() >= 0, at + ".maxPoints", "must not be negative, is " + c.maxPoints());
        require(!c.sources().isEmpty(), at + ".sources", "is empty: name CRAWLER and/or SELF_REPORTED");
        validateRuleParameters(c.rule(), c.maxPoints(), c.perItem(), c.cap(), c.bands(), at);
        validateInput(c.rule(), c.input(), at);
        if (c.rule() == RuleType.COMPOSITE) {
            require(!c.components().isEmpty(), at + ".components", "a COMPOSITE criterion needs components");
            double sum = 0;
            for (int i = 0; i < c.components().size(); i++) {
                Component comp = c.components().get(i);
                String cat = at + ".components[" + i + "]";
                require(notBlank(comp.id()), cat + ".id", "is missing");
                require(ids.add(comp.id()), cat + ".id", "duplicate id \"" + comp.id() + "\"");
                require(comp.rule() != null, cat + ".rule", "is missing");
                require(comp.rule() != RuleType.COMPOSITE, cat + ".rule", "a component cannot itself be COMPOSITE");
                validateRuleParameters(comp.rule(), comp.maxPoints(), comp.perItem(), comp.cap(), comp.bands(), cat);
                validateInput(comp.rule(), comp.input(), cat);
                sum += comp.maxPoints();
            }
            requireSum(sum, c.maxPoints(), at + ".components", "the components' maxPoints");
        } else {
            require(c.components().isEmpty(), at + ".components", "only a COMPOSITE criterion has components");
        }
        if (!c.subItems().isEmpty()) {
            Set<String> subIds = new HashSet<>();
            double sum = 0;
            for (int i = 0; i < c.subItems().size(); i++) {
                SubItem s = c.subItems().get(i);
                require(notBlank(s.id()), at + ".subItems[" + i + "].id", "is missing");
                require(subIds.add(s.id()), at + ".subItems[" + i + "].id", "duplicate sub-item id \"" + s.id() + "\"");
                require(s.points() >= 0, at + ".subItems[" + i + "].points", "must not be negative");
                sum += s.points();
            }
            requireSum(sum, c.maxPoints(), at + ".subItems", "the sub-items' points");
        }
    }

    /** An {@code input} kind may only narrow a NORMALIZED or BANDED measure to a COUNT, or repeat the rule's own. */
    private void validateInput(RuleType rule, ValueKind input, String at) {
        if (input == null || rule == null) {
            return;
        }
        require(rule != RuleType.COMPOSITE, at + ".input", "a COMPOSITE criterion takes its inputs through its components");
        if (rule != RuleType.COMPOSITE) {
            require(input == ValueKind.of(rule) || input == ValueKind.COUNT
                            && (rule == RuleType.NORMALIZED || rule == RuleType.BANDED), at + ".input",
                    "a " + rule + " rule takes " + ValueKind.of(rule) + (rule == RuleType.NORMALIZED || rule == RuleType.BANDED
                            ? " or COUNT" : "") + ", not " + input);
        }
    }

    private void validateRuleParameters(RuleType rule, double max, Double perItem, Double cap, List<Band> bands,
                                        String at) {
        if (rule == RuleType.CAPPED_COUNT) {
            require(perItem != null && perItem > 0, at + ".perItem", "a CAPPED_COUNT rule needs perItem > 0");
            require(cap != null && cap >= 0, at + ".cap", "a CAPPED_COUNT rule needs a cap");
            require(cap <= max + EPSILON, at + ".cap", "the cap " + cap + " is above maxPoints " + max);
        }
        if (rule == RuleType.BANDED) {
            require(!bands.isEmpty(), at + ".bands", "a BANDED rule needs at least one band");
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                require(b.min() > previous, at + ".bands[" + i + "].min", "bands must be in rising order of min");
                require(b.points() >= 0 && b.points() <= max + EPSILON, at + ".bands[" + i + "].points",
                        "must lie in 0.." + max + ", is " + b.points());
                previous = b.min();
            }
        }
    }

    private void validateCategoryMaximum(Category category, String at) {
        for (Group group : Group.values()) {
            require(category.maxPoints().containsKey(group), at + ".maxPoints." + group, "is missing");
            double sum = category.criteriaFor(group).stream().mapToDouble(Criterion::maxPoints).sum();
            requireSum(sum, category.maxPoints().get(group), at + ".maxPoints." + group,
                    "the " + group + " criteria's maxPoints");
        }
    }

    private void requireSum(double sum, double expected, String at, String what) {
        require(Math.abs(sum - expected) < 1e-6, at,
                what + " add up to " + format(sum) + ", not to the maximum " + format(expected));
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void require(boolean ok, String path, String problem) {
        if (!ok) {
            throw new MethodologyException(file, path, problem);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
