package vn.portalassessor.report.compare;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/**
 * The differences between two assessments of the same agencies: for each agency present in both,
 * the index, rank and level of every category then and now; and every criterion whose verdict or
 * points changed, with both reasons. Agencies present in one run only are listed by name. Numbers are
 * printed the Vietnamese way and carry a sort key. Immutable.
 *
 * @param before        the earlier run's label (its folder name)
 * @param after         the later run's label
 * @param methodBefore  the earlier run's methodology id and version
 * @param methodAfter   the later run's methodology id and version
 * @param agencies      agencies assessed in both runs, grouped, by name
 * @param criteria      every changed criterion verdict, by agency then criterion
 * @param onlyBefore    agencies assessed only in the earlier run
 * @param onlyAfter     agencies assessed only in the later run
 */
public record RunComparison(String before, String after, String methodBefore, String methodAfter,
                            List<AgencyChange> agencies, List<CriterionChange> criteria, List<String> onlyBefore,
                            List<String> onlyAfter) {

    public RunComparison {
        agencies = List.copyOf(agencies);
        criteria = List.copyOf(criteria);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
    }

    /** One agency's categories then and now. */
    public record AgencyChange(String id, String name, String group, List<CategoryChange> categories) {
    }

    /**
     * One category then and now.
     *
     * @param delta     the index's change, signed ("+0,120"), empty when the category is in one run only
     * @param deltaSort the change as a number for sorting
     */
    public record CategoryChange(String id, String indexBefore, String indexAfter, String delta, String deltaSort,
                                 String rankBefore, String rankAfter, String levelBefore, String levelAfter,
                                 boolean changed) {
    }

    /** A criterion whose verdict or points changed. */
    public record CriterionChange(String agencyId, String agencyName, String criterionId, String criterionName,
                                  String statusBefore, String statusAfter, String codeBefore, String codeAfter,
                                  String pointsBefore, String pointsAfter, String deltaSort, String reasonBefore,
                                  String reasonAfter) {
    }

    /** Whether two assessments were made with the same methodology id (versions may differ). */
    public static boolean sameMethodology(Assessment a, Assessment b) {
        return a.methodology().id().equals(b.methodology().id());
    }

    /** Compares {@code before} with {@code after}. */
    public static RunComparison of(String beforeLabel, Assessment before, String afterLabel, Assessment after) {
        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<AgencyResult> common = after.agencies().stream().filter(a -> before.agency(a.id()).isPresent())
                .sorted(Comparator.comparingInt((AgencyResult a) -> a.group().ordinal()).thenComparing(AgencyResult::name, vi))
                .toList();
        List<AgencyChange> agencies = new ArrayList<>();
        List<CriterionChange> criteria = new ArrayList<>();
        for (AgencyResult now : common) {
            AgencyResult then = before.agency(now.id()).orElseThrow();
            List<CategoryChange> categories = new ArrayList<>();
            for (CategoryResult c : now.categories()) {
                categories.add(category(then.category(c.id()), Optional.of(c)));
            }
            for (CategoryResult c : then.categories()) {
                if (now.category(c.id()).isEmpty()) {
                    categories.add(category(Optional.of(c), Optional.empty()));
                }
            }
            agencies.add(new AgencyChange(now.id(), now.name(), now.group().vietnameseName(), categories));
            for (CategoryResult c : now.categories()) {
                for (CriterionResult r : c.criteria()) {
                    Optional<CriterionResult> old = then.category(c.id()).flatMap(x -> x.criteria().stream()
                            .filter(y -> y.id().equals(r.id())).findFirst());
                    if (old.isPresent() && (old.get().status() != r.status() || old.get().points() != r.points())) {
                        criteria.add(new CriterionChange(now.id(), now.name(), r.id(), r.name(), old.get().status().vietnamese(),
                                r.status().vietnamese(), old.get().status().name().toLowerCase(Locale.ROOT),
                                r.status().name().toLowerCase(Locale.ROOT), VietnameseNumbers.points(old.get().points()),
                                VietnameseNumbers.points(r.points()), String.valueOf(r.points() - old.get().points()),
                                old.get().explanation(), r.explanation()));
                    }
                }
            }
        }
        List<String> onlyBefore = before.agencies().stream().filter(a -> after.agency(a.id()).isEmpty())
                .map(AgencyResult::name).toList();
        List<String> onlyAfter = after.agencies().stream().filter(a -> before.agency(a.id()).isEmpty())
                .map(AgencyResult::name).toList();
        return new RunComparison(beforeLabel, afterLabel, method(before), method(after), agencies, criteria, onlyBefore,
                onlyAfter);
    }

    private static CategoryChange category(Optional<CategoryResult> then, Optional<CategoryResult> now) {
        String id = now.or(() -> then).orElseThrow().id();
        String delta = "";
        String sort = "0";
        boolean changed = then.isEmpty() || now.isEmpty();
        if (then.isPresent() && now.isPresent()) {
            double d = now.get().index() - then.get().index();
            delta = (d > 0 ? "+" : "") + VietnameseNumbers.fixed(d, 3);
            sort = String.valueOf(d);
            changed = d != 0 || now.get().rank() != then.get().rank() || now.get().level() != then.get().level();
        }
        return new CategoryChange(id, then.map(c -> VietnameseNumbers.index(c.index())).orElse("—"),
                now.map(c -> VietnameseNumbers.index(c.index())).orElse("—"), delta, sort,
                then.map(c -> c.rank() + "/" + c.rankOf()).orElse("—"), now.map(c -> c.rank() + "/" + c.rankOf()).orElse("—"),
                then.map(c -> c.level().vietnamese()).orElse("—"), now.map(c -> c.level().vietnamese()).orElse("—"), changed);
    }

    private static String method(Assessment a) {
        return a.methodology().id() + " (phiên bản " + a.methodology().version() + ")";
    }
}
