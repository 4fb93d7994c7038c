package vn.portalassessor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.portalassessor.criteria.Band;
import vn.portalassessor.criteria.Category;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.LevelRule;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/** Builds the method page ({@code method.html}) from the methodology file itself. Stateless. */
final class MethodPages {

    private MethodPages() {
    }

    static MethodPage of(Methodology m, Map<String, String> options) {
        List<MethodPage.CategoryTable> categories = new ArrayList<>();
        for (Category cat : m.categories()) {
            List<String> max = new ArrayList<>();
            for (Group g : Group.values()) {
                max.add(VietnameseNumbers.points(cat.maxPointsFor(g)));
            }
            List<MethodPage.CriterionRow> rows = new ArrayList<>();
            for (Criterion c : cat.criteria()) {
                List<String> points = new ArrayList<>();
                for (Group g : Group.values()) {
                    points.add(c.appliesTo(g) ? VietnameseNumbers.points(c.maxPoints()) : "—");
                }
                rows.add(new MethodPage.CriterionRow(c.id(), c.name(), c.rule().name(), detail(c),
                        c.sources().stream().map(MethodPages::source).collect(Collectors.joining(" → ")),
                        c.crawlerCheck().orElse(""), points));
            }
            categories.add(new MethodPage.CategoryTable(cat.id(), cat.name(), max, rows));
        }
        List<MethodPage.RuleRow> rules = new ArrayList<>();
        for (RuleType r : RuleType.values()) {
            rules.add(new MethodPage.RuleRow(r.name(), formula(r),
                    m.criteria().filter(c -> c.rule() == r).map(Criterion::id).collect(Collectors.joining(", "))));
        }
        List<String> groups = new ArrayList<>();
        for (Group g : Group.values()) {
            groups.add(g.vietnameseName());
        }
        return new MethodPage(m.name(), m.id(), m.version(), m.note(), levelRule(m.levelRule()),
                m.hasOverallRank() ? "Có xếp hạng chung: chỉ số chung là trung bình cộng chỉ số các hạng mục, xếp hạng trong nhóm."
                        : "Không có xếp hạng chung (năm 2016 không công bố); mỗi hạng mục được xếp hạng riêng trong nhóm.",
                m.placeholders(), rules, categories, RunOptionsText.phrases(options), groups);
    }

    static String formula(RuleType r) {
        return switch (r) {
            case RATIO -> "điểm = tỷ lệ (0..1) × điểm tối đa";
            case NORMALIZED -> "điểm = giá trị ÷ giá trị cao nhất trong nhóm × điểm tối đa";
            case PRESENCE -> "điểm = điểm tối đa nếu có, 0 nếu không (từng phần có điểm riêng khi được chia nhỏ)";
            case CAPPED_COUNT -> "điểm = min(số lượng × điểm mỗi mục, mức trần)";
            case COMPOSITE -> "điểm = tổng điểm các thành phần, mỗi thành phần theo quy tắc riêng";
            case BANDED -> "điểm = điểm của bậc cao nhất mà giá trị đạt tới";
        };
    }

    static String detail(Criterion c) {
        return switch (c.rule()) {
            case CAPPED_COUNT -> c.perItem() == null ? "" : VietnameseNumbers.points(c.perItem()) + " điểm mỗi mục, tối đa "
                    + VietnameseNumbers.points(c.cap() == null ? c.maxPoints() : c.cap());
            case BANDED -> c.bands().stream().map(MethodPages::band).collect(Collectors.joining("; "));
            case COMPOSITE -> c.components().stream().map(MethodPages::component).collect(Collectors.joining("; "));
            case PRESENCE -> c.subItems().isEmpty() ? "" : c.subItems().stream()
                    .map(s -> s.name() + " " + VietnameseNumbers.points(s.points())).collect(Collectors.joining("; "));
            default -> "";
        };
    }

    private static String band(Band b) {
        return "từ " + VietnameseNumbers.decimal(b.min(), 3) + ": " + VietnameseNumbers.points(b.points()) + " điểm";
    }

    private static String component(Component c) {
        return c.id() + " " + c.name() + " (" + c.rule().name() + ", " + VietnameseNumbers.points(c.maxPoints()) + ")";
    }

    static String source(Source s) {
        return switch (s) {
            case CRAWLER -> "kiểm tra tự động";
            case SELF_REPORTED -> "tự báo cáo";
            case INSPECTOR -> "thanh tra viên";
        };
    }

    static String levelRule(LevelRule r) {
        if (r == null) {
            return "";
        }
        return switch (r.mode()) {
            case THRESHOLD -> "Theo ngưỡng chỉ số: chỉ số ≥ " + VietnameseNumbers.decimal(r.tot(), 3) + " → Tốt; ≥ "
                    + VietnameseNumbers.decimal(r.kha(), 3) + " → Khá; thấp hơn → Trung bình.";
            case BAND -> "Theo thứ hạng trong nhóm: " + VietnameseNumbers.decimal(r.tot() * 100, 1)
                    + "% cơ quan đứng đầu → Tốt; " + VietnameseNumbers.decimal(r.kha() * 100, 1)
                    + "% tiếp theo → Khá; còn lại → Trung bình (các cơ quan đồng hạng cùng mức).";
        };
    }
}
