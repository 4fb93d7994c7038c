package vn.portalassessor.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.portalassessor.agreement.AgreementReport.Confusion;
import vn.portalassessor.agreement.AgreementReport.CountError;
import vn.portalassessor.agreement.AgreementReport.CountErrors;
import vn.portalassessor.agreement.AgreementReport.CriterionCounts;
import vn.portalassessor.agreement.AgreementReport.Disagreement;
import vn.portalassessor.agreement.AgreementReport.Kappa;
import vn.portalassessor.agreement.AgreementReport.NotInRun;
import vn.portalassessor.agreement.AgreementReport.Share;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * Measures a run against an inspector's labels: the front door of this package. Statuses are compared
 * exactly; a NEEDS_REVIEW of the tool is a disagreement (the tool did not decide), and a label for a
 * criterion the run has no verdict on is set aside as "not in the run". Stateless; safe to share.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Compares {@code labels} with {@code assessment}'s verdicts.
     *
     * @param runName    how to name the results in the report (e.g. {@code demo/results.json})
     * @param labelsName how to name the label file
     */
    public static AgreementReport measure(Assessment assessment, List<Label> labels, String runName, String labelsName) {
        List<Pair> pairs = new ArrayList<>();
        List<NotInRun> notInRun = new ArrayList<>();
        for (Label label : labels) {
            Optional<Pair> pair = verdict(assessment, label);
            if (pair.isPresent()) {
                pairs.add(pair.get());
            } else {
                notInRun.add(new NotInRun(label.agencyId(), label.criterionId(), label.status(), label.where()));
            }
        }
        int agreed = (int) pairs.stream().filter(Pair::agrees).count();
        List<Status> classes = classes(pairs);
        return new AgreementReport(runName, labelsName,
                assessment.methodology() == null ? "" : assessment.methodology().id() + " v" + assessment.methodology().version(),
                labels.size(), pairs.size(), agreed, pairs.isEmpty() ? null : (double) agreed / pairs.size(),
                (int) pairs.stream().filter(p -> p.tool().status() == Status.NEEDS_REVIEW).count(),
                shares(pairs, Pair::category), shares(pairs, p -> p.label().criterionId()),
                kappa(pairs, classes), confusion(pairs, classes), countErrors(pairs),
                pairs.stream().filter(p -> !p.agrees())
                        .sorted(Comparator.comparing((Pair p) -> p.label().criterionId()).thenComparing(p -> p.label().agencyId()))
                        .map(Agreement::disagreement).toList(),
                notInRun);
    }

    /** A label with the tool's verdict on the same agency and criterion. */
    private record Pair(Label label, CriterionResult tool, String category) {

        boolean agrees() {
            return label.status() == tool.status();
        }
    }

    private static Optional<Pair> verdict(Assessment assessment, Label label) {
        Optional<AgencyResult> agency = assessment.agency(label.agencyId());
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        for (CategoryResult category : agency.get().categories()) {
            for (CriterionResult result : category.criteria()) {
                if (result.id().equals(label.criterionId())) {
                    return Optional.of(new Pair(label, result, category.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Share> shares(List<Pair> pairs, java.util.function.Function<Pair, String> key) {
        Map<String, int[]> tally = new TreeMap<>();
        for (Pair p : pairs) {
            int[] t = tally.computeIfAbsent(key.apply(p), k -> new int[2]);
            t[0] += p.agrees() ? 1 : 0;
            t[1]++;
        }
        return tally.entrySet().stream().map(e -> Share.of(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<Status> classes(List<Pair> pairs) {
        return Arrays.stream(Status.values())
                .filter(s -> pairs.stream().anyMatch(p -> p.label().status() == s || p.tool().status() == s))
                .toList();
    }

    private static Kappa kappa(List<Pair> pairs, List<Status> classes) {
        if (pairs.isEmpty()) {
            return new Kappa(null, 0, 0, classes);
        }
        double n = pairs.size();
        Map<Status, Integer> byLabel = new EnumMap<>(Status.class);
        Map<Status, Integer> byTool = new EnumMap<>(Status.class);
        for (Pair p : pairs) {
            byLabel.merge(p.label().status(), 1, Integer::sum);
            byTool.merge(p.tool().status(), 1, Integer::sum);
        }
        double observed = pairs.stream().filter(Pair::agrees).count() / n;
        double expected = 0;
        for (Status s : classes) {
            expected += byLabel.getOrDefault(s, 0) / n * (byTool.getOrDefault(s, 0) / n);
        }
        Double value = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
        return new Kappa(value, observed, expected, classes);
    }

    private static Confusion confusion(List<Pair> pairs, List<Status> classes) {
        List<List<Integer>> rows = new ArrayList<>();
        for (Status label : classes) {
            List<Integer> row = new ArrayList<>();
            for (Status tool : classes) {
                row.add((int) pairs.stream().filter(p -> p.label().status() == label && p.tool().status() == tool).count());
            }
            rows.add(row);
        }
        return new Confusion(classes, rows);
    }

    private static CountErrors countErrors(List<Pair> pairs) {
        List<CriterionCounts> criteria = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (String criterion : LabelFile.COUNTED_CRITERIA.stream().sorted().toList()) {
            List<CountError> errors = pairs.stream()
                    .filter(p -> p.label().criterionId().equals(criterion) && p.label().count() != null)
                    .map(Agreement::countError).toList();
            if (errors.isEmpty()) {
                continue;
            }
            List<Double> relative = errors.stream().map(CountError::relativeError).filter(r -> r != null).toList();
            all.addAll(relative);
            criteria.add(new CriterionCounts(criterion, errors, relative.size(), mean(relative)));
        }
        return new CountErrors(criteria, all.size(), mean(all));
    }

    private static CountError countError(Pair p) {
        int labelled = p.label().count();
        Integer detected = detectedCount(p.tool());
        if (detected == null) {
            return new CountError(p.label().agencyId(), labelled, null, null, null, p.tool().status());
        }
        int absolute = Math.abs(detected - labelled);
        Double relative = null;
        if (labelled > 0) {
            relative = (double) absolute / labelled;
        } else if (absolute == 0) {
            relative = 0.0;
        }
        return new CountError(p.label().agencyId(), labelled, detected, absolute, relative, p.tool().status());
    }

    /**
     * The count the crawler found: {@code detected} when a self-report stood beside it, else the scored
     * value when the crawler gave it; none when the tool did not count (unreachable, or self-report only).
     */
    static Integer detectedCount(CriterionResult result) {
        if (result.detected() != null) {
            return (int) Math.round(result.detected());
        }
        if (result.source() == Source.CRAWLER && result.value() != null && result.status().decisive()) {
            return (int) Math.round(result.value());
        }
        return null;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Disagreement disagreement(Pair p) {
        return new Disagreement(p.label().agencyId(), p.label().criterionId(), p.category(), p.label().status(),
                p.tool().status(), p.tool().status() == Status.NEEDS_REVIEW,
                p.tool().explanation() == null ? "" : p.tool().explanation(), p.label().note(), p.label().where());
    }
}
