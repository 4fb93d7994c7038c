package vn.portalassessor.selfreport;

import java.util.ArrayList;
import java.util.List;
import vn.portalassessor.criteria.Category;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.ValueKind;

/**
 * One figure the methodology asks an agency of a group to report: a criterion whose sources include
 * SELF_REPORTED, or each component of such a COMPOSITE criterion. The methodology file alone decides
 * the list, so the templates, the import and the completeness status all ask for the same rows.
 *
 * @param id           the id rows are reported under (C1.01, C1.04a)
 * @param name         the criterion's or component's Vietnamese name
 * @param kind         the kind of value its rule takes
 * @param rule         the rule type that scores it
 * @param criterionId  the criterion it feeds (itself, or the COMPOSITE parent)
 * @param categoryName the Vietnamese name of its category
 * @param unitName     the unit the methodology file gives it (kbps/cán bộ, dịch vụ), or ""
 */
public record AskedRow(String id, String name, ValueKind kind, RuleType rule, String criterionId,
                       String categoryName, String unitName) {

    /** The rows asked of agencies of {@code group}, in the methodology's order. */
    public static List<AskedRow> forGroup(Methodology m, Group group) {
        List<AskedRow> rows = new ArrayList<>();
        for (Category category : m.categories()) {
            for (Criterion c : category.criteriaFor(group)) {
                if (!c.sources().contains(Source.SELF_REPORTED)) {
                    continue;
                }
                if (c.rule() == RuleType.COMPOSITE) {
                    for (Component part : c.components()) {
                        rows.add(new AskedRow(part.id(), part.name(), part.valueKind(), part.rule(), c.id(),
                                category.name(), part.unitName().orElse("")));
                    }
                } else {
                    rows.add(new AskedRow(c.id(), c.name(), c.valueKind(), c.rule(), c.id(), category.name(),
                            c.unitName().orElse("")));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The unit printed beside the row, in Vietnamese. */
    public String unit() {
        if (!unitName.isBlank()) {
            return unitName;
        }
        return switch (kind) {
            case RATIO -> "Tỷ lệ (%)";
            case COUNT -> "Số lượng";
            case NUMBER -> "Số";
            case BOOLEAN -> "Có/Không";
        };
    }

    /** What the agency is asked to write, in Vietnamese. */
    public String question() {
        return switch (kind) {
            case RATIO -> "Ghi tỷ lệ phần trăm, ví dụ 97,5%";
            case COUNT -> "Ghi số nguyên, ví dụ 12";
            case NUMBER -> "Ghi số theo đơn vị " + (unitName.isBlank() ? "nêu trong tên tiêu chí" : unitName)
                    + ", dấu phẩy là dấu thập phân, ví dụ 256 hoặc 1,5";
            case BOOLEAN -> "Chọn Có hoặc Không";
        };
    }

    /** The values the spreadsheet accepts, in Vietnamese. */
    public String allowedRange() {
        return switch (kind) {
            case RATIO -> "0% – 100%";
            case COUNT -> "Số nguyên ≥ 0";
            case NUMBER -> "Số ≥ 0";
            case BOOLEAN -> "Có / Không";
        };
    }
}
