package vn.portalassessor.confirm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.confirm.JournalEntry.Decided;
import vn.portalassessor.confirm.JournalEntry.Rechecked;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.score.InspectorOverride;
import vn.portalassessor.score.Overrides;
import vn.portalassessor.score.Scorer;

/**
 * Derives the assessment the rounds have come to from the crawl's (the baseline) and the journal:
 * each re-checked criterion takes its latest re-check's result, each criterion an inspector gave a
 * value to (SET, or ACCEPT of a corrected value) is overridden with the latest such value (source
 * INSPECTOR) — a later REJECT keeps the result as it then stood — and everything is re-scored and
 * re-ranked. The same
 * derivation over a prefix of the journal gives the assessment at any earlier moment, which is how
 * the change table is made. Stateless.
 */
public final class ConfirmedResults {

    private ConfirmedResults() {
    }

    /** The assessment after the first {@code count} journal entries. */
    public static Assessment after(Methodology m, Assessment baseline, List<JournalEntry> entries, int count) {
        Map<String, CriterionResult> rechecked = new HashMap<>();
        Map<String, Decided> decided = new LinkedHashMap<>();
        for (JournalEntry e : entries.subList(0, count)) {
            if (e instanceof Rechecked r) {
                rechecked.put(r.agencyId() + " " + r.criterionId(), r.after());
            } else if (e instanceof Decided d && d.overrides()) {
                // a REJECT, or an ACCEPT without a value, keeps the result as it stands, earlier overrides included
                decided.remove(d.agencyId() + " " + d.criterionId());
                decided.put(d.agencyId() + " " + d.criterionId(), d);
            }
        }
        Assessment patched = rechecked.isEmpty() ? baseline : replace(baseline, rechecked);
        List<InspectorOverride> overrides = new ArrayList<>();
        for (Decided d : decided.values()) {
            if (d.overrides()) {
                overrides.add(new InspectorOverride(d.agencyId(), d.criterionId(), d.value(), d.componentValues(),
                        d.raw(), d.reason(), d.by(), d.at()));
            }
        }
        if (overrides.isEmpty() && rechecked.isEmpty()) {
            return baseline;
        }
        return Scorer.rescore(m, patched, Overrides.of(overrides));
    }

    /** The assessment after the whole journal: what results.json holds once the rounds are applied. */
    public static Assessment current(Methodology m, Assessment baseline, List<JournalEntry> entries) {
        return after(m, baseline, entries, entries.size());
    }

    /** One criterion's result for one agency. */
    public static Optional<CriterionResult> criterion(Assessment a, String agencyId, String criterionId) {
        return a.agency(agencyId).stream().flatMap(x -> x.categories().stream()).flatMap(c -> c.criteria().stream())
                .filter(r -> r.id().equals(criterionId)).findFirst();
    }

    /**
     * Every change the journal's decisions and re-checks made, in order. A decision on one agency may
     * move another's points (a NORMALIZED criterion's group best); such a change is listed under the
     * other agency, with the decision's reason and author.
     */
    public static List<Change> changes(Methodology m, Assessment baseline, List<JournalEntry> entries) {
        List<Change> changes = new ArrayList<>();
        Assessment before = baseline;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            if (!(e instanceof Decided) && !(e instanceof Rechecked)) {
                continue;
            }
            Assessment after = after(m, baseline, entries, i + 1);
            String stage = stage(entries, i);
            String agency = e instanceof Decided d ? d.agencyId() : ((Rechecked) e).agencyId();
            String criterion = e instanceof Decided d ? d.criterionId() : ((Rechecked) e).criterionId();
            String kind = e instanceof Decided d ? d.decision().vietnamese()
                    + (d.overrides() ? " (giá trị " + d.raw() + ")" : "") : "Kiểm tra lại trên trang thu thập lại";
            String reason = e instanceof Decided d ? d.reason() : "Cơ quan không đồng ý; kiểm tra lại: "
                    + String.join("; ", ((Rechecked) e).fetched());
            for (AgencyResult a : after.agencies()) {
                for (CategoryResult cat : a.categories()) {
                    for (CriterionResult r : cat.criteria()) {
                        CriterionResult old = criterion(before, a.id(), r.id()).orElse(r);
                        boolean subject = a.id().equals(agency) && r.id().equals(criterion);
                        Change c = new Change(e.at(), stage, a.id(), old, r,
                                subject ? kind : "Điểm chuẩn nhóm thay đổi do quyết định về " + agency + " " + criterion,
                                reason, e.by());
                        if (subject || c.changed()) {
                            changes.add(c);
                        }
                    }
                }
            }
            before = after;
        }
        return changes;
    }

    /** The stage the rounds were at when entry {@code index} was written. */
    static String stage(List<JournalEntry> entries, int index) {
        boolean closed1 = false;
        boolean exported2 = false;
        for (JournalEntry e : entries.subList(0, index)) {
            if (e instanceof JournalEntry.Closed c && c.round() == 1) {
                closed1 = true;
            } else if (e instanceof JournalEntry.Exported x && x.round() == 2) {
                exported2 = true;
            }
        }
        return exported2 ? "Vòng 2" : closed1 ? "Thanh tra giữa hai vòng" : "Vòng 1";
    }

    /** The index of the first round-2 export: the results after round 1 are those before it. */
    static int endOfRound1(List<JournalEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof JournalEntry.Exported x && x.round() == 2) {
                return i;
            }
        }
        return entries.size();
    }

    private static Assessment replace(Assessment a, Map<String, CriterionResult> byAgencyCriterion) {
        List<AgencyResult> agencies = new ArrayList<>();
        for (AgencyResult ar : a.agencies()) {
            List<CategoryResult> cats = new ArrayList<>();
            for (CategoryResult c : ar.categories()) {
                List<CriterionResult> crs = new ArrayList<>();
                for (CriterionResult r : c.criteria()) {
                    crs.add(byAgencyCriterion.getOrDefault(ar.id() + " " + r.id(), r));
                }
                cats.add(new CategoryResult(c.id(), c.name(), c.points(), c.maxPoints(), c.index(), c.rank(), c.rankOf(),
                        c.level(), crs));
            }
            agencies.add(new AgencyResult(ar.id(), ar.name(), ar.group(), ar.portalUrl(), ar.crawl(), cats, ar.overall(), ar.services()));
        }
        return new Assessment(a.schemaVersion(), a.methodology(), a.assessmentDate(), agencies);
    }
}
