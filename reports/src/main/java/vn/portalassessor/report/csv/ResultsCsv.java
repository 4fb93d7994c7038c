package vn.portalassessor.report.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * Writes {@code results.csv}: one row per agency × criterion with the category's index, rank and
 * level alongside, numbers with a dot as decimal separator, written by {@link CsvTable}.
 */
public final class ResultsCsv {

    static final List<String> HEADER = List.of("agency_id", "agency_name", "group", "category_id", "category_index",
            "category_rank", "category_level", "criterion_id", "criterion_name", "status", "points", "max_points",
            "source", "rule", "value", "detected", "reported", "discrepancy", "explanation", "evidence_url");

    private ResultsCsv() {
    }

    public static void write(Assessment assessment, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (AgencyResult a : assessment.agencies()) {
            for (CategoryResult c : a.categories()) {
                for (CriterionResult r : c.criteria()) {
                    rows.add(List.of(a.id(), a.name(), a.group().name(), c.id(), number(c.index(), 3),
                            String.valueOf(c.rank()), c.level().name(), r.id(), r.name(), r.status().name(),
                            number(r.points(), 2), number(r.maxPoints(), 2), r.source().name(), r.rule().name(),
                            r.value() == null ? "" : number(r.value(), 3),
                            r.detected() == null ? "" : number(r.detected(), 0),
                            r.reported() == null ? "" : number(r.reported(), 3),
                            r.discrepancy() == null ? "" : String.valueOf(r.discrepancy()),
                            r.explanation(), r.evidence().isEmpty() ? "" : r.evidence().get(0).url()));
                }
            }
        }
        CsvTable.write(file, rows);
    }

    static String number(double v, int decimals) {
        if (decimals == 0 || v == Math.rint(v) && decimals < 3) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
