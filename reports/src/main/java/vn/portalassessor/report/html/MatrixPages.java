package vn.portalassessor.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/** Builds the criterion matrix ({@code matrix.html}) of an assessment. Stateless. */
final class MatrixPages {

    /** A criterion the agency was expected to self-report and did not. */
    static final String MISSING = "missing";

    private MatrixPages() {
    }

    /** The matrix; columns in the methodology's order when it is given, else in the results' order. */
    static MatrixPage of(Assessment assessment, Methodology methodology) {
        Map<String, List<MatrixPage.Column>> byCategory = columns(assessment, methodology);
        Map<String, String> categoryNames = new LinkedHashMap<>();
        for (AgencyResult a : assessment.agencies()) {
            a.categories().forEach(c -> categoryNames.putIfAbsent(c.id(), c.name()));
        }
        List<MatrixPage.Span> spans = new ArrayList<>();
        List<MatrixPage.Column> columns = new ArrayList<>();
        byCategory.forEach((id, cols) -> {
            if (!cols.isEmpty()) {
                spans.add(new MatrixPage.Span(id, categoryNames.getOrDefault(id, ""), cols.size()));
                columns.addAll(cols);
            }
        });
        List<MatrixPage.Row> rows = new ArrayList<>();
        for (AgencyResult a : HtmlReport.agencyOrder(assessment)) {
            List<MatrixPage.Cell> cells = new ArrayList<>();
            for (MatrixPage.Column col : columns) {
                cells.add(cell(a, col.id()));
            }
            rows.add(new MatrixPage.Row(a.id(), a.name(), a.group().name(), a.group().vietnameseName(), cells));
        }
        return new MatrixPage(HtmlReport.methodology(assessment), spans, columns, rows, legend(),
                Overview.of(assessment).groups());
    }

    static MatrixPage.Cell cell(AgencyResult a, String criterionId) {
        for (CategoryResult c : a.categories()) {
            for (CriterionResult r : c.criteria()) {
                if (r.id().equals(criterionId)) {
                    boolean missing = MissingSelfReports.missing(r);
                    String code = missing ? MISSING : r.status().name().toLowerCase(Locale.ROOT);
                    String points = r.status() == Status.NOT_APPLICABLE || missing ? ""
                            : VietnameseNumbers.points(r.points());
                    String title = missing ? "thiếu số liệu tự báo cáo" : r.status().vietnamese() + ", "
                            + VietnameseNumbers.points(r.points()) + "/" + VietnameseNumbers.points(r.maxPoints()) + " điểm";
                    return new MatrixPage.Cell(symbol(code), code, points, title,
                            "agency/" + a.id() + ".html#" + r.id(), missing ? "-1" : String.valueOf(r.points()));
                }
            }
        }
        return new MatrixPage.Cell("", "none", "", "không áp dụng", "", "-2");
    }

    static String symbol(String code) {
        return switch (code) {
            case "met" -> "✓";
            case "partial" -> "◐";
            case "not_met" -> "✗";
            case "needs_review" -> "?";
            case "not_applicable" -> "–";
            case "unreachable" -> "⊘";
            case MISSING -> "∅";
            default -> "";
        };
    }

    static List<MatrixPage.Legend> legend() {
        List<MatrixPage.Legend> out = new ArrayList<>();
        for (Status s : Status.values()) {
            String code = s.name().toLowerCase(Locale.ROOT);
            out.add(new MatrixPage.Legend(symbol(code), code, s.vietnamese()));
        }
        out.add(new MatrixPage.Legend(symbol(MISSING), MISSING, "Thiếu số liệu tự báo cáo"));
        return out;
    }

    /** Criterion columns per category id. */
    static Map<String, List<MatrixPage.Column>> columns(Assessment assessment, Methodology methodology) {
        Map<String, List<MatrixPage.Column>> out = new LinkedHashMap<>();
        if (methodology != null) {
            methodology.categories().forEach(cat -> out.put(cat.id(), new ArrayList<>(cat.criteria().stream()
                    .map(c -> new MatrixPage.Column(c.id(), c.name())).toList())));
            return out;
        }
        for (AgencyResult a : assessment.agencies()) {
            for (CategoryResult c : a.categories()) {
                List<MatrixPage.Column> cols = out.computeIfAbsent(c.id(), k -> new ArrayList<>());
                for (CriterionResult r : c.criteria()) {
                    if (cols.stream().noneMatch(col -> col.id().equals(r.id()))) {
                        cols.add(new MatrixPage.Column(r.id(), r.name()));
                    }
                }
            }
        }
        return out;
    }
}
