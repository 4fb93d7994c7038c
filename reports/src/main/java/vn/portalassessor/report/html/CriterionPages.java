package vn.portalassessor.report.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/** Builds one page per criterion ({@code criterion/<id>.html}): every agency's verdict on it. Stateless. */
final class CriterionPages {

    private CriterionPages() {
    }

    static List<CriterionPage> of(Assessment assessment, Methodology methodology) {
        List<MatrixPage.Column> columns = MatrixPages.columns(assessment, methodology).values().stream()
                .flatMap(List::stream).toList();
        List<AgencyResult> agencies = HtmlReport.agencyOrder(assessment);
        List<CriterionPage> pages = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String id = columns.get(i).id();
            List<CriterionPage.Row> rows = new ArrayList<>();
            String categoryId = "";
            String categoryName = "";
            String rule = "";
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            int missing = 0;
            for (AgencyResult a : agencies) {
                for (CategoryResult c : a.categories()) {
                    for (CriterionResult r : c.criteria()) {
                        if (!r.id().equals(id)) {
                            continue;
                        }
                        categoryId = c.id();
                        categoryName = c.name();
                        rule = r.rule() == null ? rule : r.rule().name();
                        boolean isMissing = MissingSelfReports.missing(r);
                        if (isMissing) {
                            missing++;
                        } else {
                            counts.merge(r.status(), 1, Integer::sum);
                        }
                        rows.add(new CriterionPage.Row(a.id(), a.name(), a.group().name(), a.group().vietnameseName(),
                                isMissing ? "Thiếu số liệu" : r.status().vietnamese(),
                                isMissing ? MatrixPages.MISSING : r.status().name().toLowerCase(Locale.ROOT),
                                VietnameseNumbers.points(r.points()), VietnameseNumbers.points(r.maxPoints()),
                                HtmlReport.source(r), r.explanation(), isMissing,
                                PageEvidence.group(a.id(), r.evidence(), "../../")));
                    }
                }
            }
            String summary = counts.entrySet().stream().map(e -> e.getKey().vietnamese() + ": " + e.getValue())
                    .collect(Collectors.joining(" · "));
            if (missing > 0) {
                summary += (summary.isEmpty() ? "" : " · ") + "thiếu số liệu: " + missing;
            }
            pages.add(new CriterionPage(id, columns.get(i).name(), categoryId, categoryName, HtmlReport.methodology(assessment),
                    rule, summary, rows, i == 0 ? "" : columns.get(i - 1).id(),
                    i == columns.size() - 1 ? "" : columns.get(i + 1).id()));
        }
        return pages;
    }
}
