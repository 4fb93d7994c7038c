package vn.portalassessor.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Category;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.evaluate.result.ServiceResult;
import vn.portalassessor.rank.GroupRanking;

/**
 * Turns every agency's judgements into points, category indices, ranks within groups and levels.
 * Needs all agencies at once: NORMALIZED criteria are scored against the best value in each group.
 * Stateless.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores a whole assessment. */
    public static Assessment score(Methodology m, LocalDate assessmentDate, List<AgencyJudgements> agencies) {
        Map<Group, Map<String, Double>> best = groupBests(m, agencies);
        List<List<CategoryResult>> unranked = new ArrayList<>();
        for (AgencyJudgements a : agencies) {
            List<CategoryResult> categories = new ArrayList<>();
            for (Category category : m.categories()) {
                categories.add(scoreCategory(category, a, best.getOrDefault(a.agency().group(), Map.of())));
            }
            unranked.add(categories);
        }
        List<AgencyResult> results = rank(m, agencies, unranked);
        return new Assessment(Assessment.SCHEMA_VERSION,
                new Assessment.MethodologyRef(m.id(), m.version(), m.name(), m.note()), assessmentDate, results);
    }

    private static CategoryResult scoreCategory(Category category, AgencyJudgements a, Map<String, Double> best) {
        Group group = a.agency().group();
        List<CriterionResult> criteria = new ArrayList<>();
        double total = 0;
        for (Criterion c : category.criteria()) {
            Judgement j = a.judgements().get(c.id());
            CriterionResult r = scoreCriterion(c, j, group, best);
            total += r.points();
            criteria.add(r);
        }
        double max = category.maxPointsFor(group);
        double index = max <= 0 ? 0 : GroupRanking.round3(total / max);
        return new CategoryResult(category.id(), category.name(), PointsRule.round(total), max, index, 0, 0,
                Level.TRUNG_BINH, criteria);
    }

    static CriterionResult scoreCriterion(Criterion c, Judgement j, Group group, Map<String, Double> best) {
        if (!c.appliesTo(group)) {
            return new CriterionResult(c.id(), c.name(), Status.NOT_APPLICABLE, 0, c.maxPoints(), Source.CRAWLER, 1.0,
                    "Không áp dụng cho nhóm " + group.vietnameseName(), List.of(), c.rule(), null, null, null, null);
        }
        Objects.requireNonNull(j, () -> "no judgement for " + c.id());
        double points = 0;
        Status status = j.status();
        if (status.decisive() && (j.value() != null || c.rule() == RuleType.COMPOSITE)) {
            if (c.rule() == RuleType.COMPOSITE) {
                for (Component comp : c.components()) {
                    Double v = j.componentValues().get(comp.id());
                    if (v != null) {
                        points += PointsRule.points(comp.rule(), comp.maxPoints(), comp.perItem(), comp.cap(),
                                comp.bands(), v, best.getOrDefault(comp.id(), 0.0));
                    }
                }
                points = PointsRule.round(points);
            } else {
                points = PointsRule.points(c.rule(), c.maxPoints(), c.perItem(), c.cap(), c.bands(), j.value(),
                        best.getOrDefault(c.id(), 0.0));
            }
            if (c.rule() == RuleType.NORMALIZED) {
                // methodology §8 (C4.04, C4.05): the count is judged by itself, MET when there is any;
                // its points are relative to the group's best
                status = j.value() > 0 ? Status.MET : Status.NOT_MET;
            } else if (c.rule() != RuleType.PRESENCE || j.source() != Source.CRAWLER) {
                status = points >= c.maxPoints() - 1e-9 && c.maxPoints() > 0 ? Status.MET
                        : points > 0 ? Status.PARTIAL : Status.NOT_MET;
            }
        }
        return new CriterionResult(c.id(), c.name(), status, points, c.maxPoints(), j.source(), j.confidence(),
                j.explanation(), j.evidence(), c.rule(), j.value(), j.detected(), j.reported(),
                j.detected() != null && j.reported() != null ? j.discrepancy() : null);
    }

    /** The best value of each NORMALIZED criterion and component, per group. */
    static Map<Group, Map<String, Double>> groupBests(Methodology m, List<AgencyJudgements> agencies) {
        Map<Group, Map<String, Double>> best = new HashMap<>();
        for (AgencyJudgements a : agencies) {
            Map<String, Double> mine = best.computeIfAbsent(a.agency().group(), g -> new HashMap<>());
            m.criteria().forEach(c -> {
                Judgement j = a.judgements().get(c.id());
                if (j == null || !j.status().decisive()) {
                    return;
                }
                if (c.rule() == RuleType.NORMALIZED && j.value() != null) {
                    mine.merge(c.id(), j.value(), Math::max);
                }
                for (Component comp : c.components()) {
                    Double v = j.componentValues().get(comp.id());
                    if (comp.rule() == RuleType.NORMALIZED && v != null) {
                        mine.merge(comp.id(), v, Math::max);
                    }
                }
            });
        }
        return best;
    }

    private static List<AgencyResult> rank(Methodology m, List<AgencyJudgements> agencies,
                                           List<List<CategoryResult>> unranked) {
        List<List<CategoryResult>> ranked = new ArrayList<>();
        unranked.forEach(l -> ranked.add(new ArrayList<>(l)));
        List<AgencyResult.Overall> overall = new ArrayList<>();
        agencies.forEach(a -> overall.add(null));
        for (Group group : Group.values()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < agencies.size(); i++) {
                if (agencies.get(i).agency().group() == group) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            for (int c = 0; c < m.categories().size(); c++) {
                List<Double> indices = new ArrayList<>();
                for (int i : members) {
                    indices.add(unranked.get(i).get(c).index());
                }
                int[] ranks = GroupRanking.ranks(indices);
                for (int k = 0; k < members.size(); k++) {
                    CategoryResult r = unranked.get(members.get(k)).get(c);
                    ranked.get(members.get(k)).set(c, new CategoryResult(r.id(), r.name(), r.points(), r.maxPoints(),
                            r.index(), ranks[k], members.size(),
                            GroupRanking.level(m.levelRule(), r.index(), ranks[k], members.size()), r.criteria()));
                }
            }
            if (m.hasOverallRank()) {
                List<Double> means = new ArrayList<>();
                for (int i : members) {
                    means.add(GroupRanking.round3(unranked.get(i).stream().mapToDouble(CategoryResult::index).average().orElse(0)));
                }
                int[] ranks = GroupRanking.ranks(means);
                for (int k = 0; k < members.size(); k++) {
                    overall.set(members.get(k), new AgencyResult.Overall(means.get(k), ranks[k], members.size()));
                }
            }
        }
        List<AgencyResult> results = new ArrayList<>();
        for (Group group : Group.values()) {
            for (int i = 0; i < agencies.size(); i++) {
                AgencyJudgements a = agencies.get(i);
                if (a.agency().group() == group) {
                    results.add(new AgencyResult(a.agency().id(), a.agency().name(), group,
                            a.agency().portalUrl().toString(), a.crawl(), ranked.get(i), overall.get(i)));
                }
            }
        }
        return results;
    }

    /**
     * Re-scores a finished assessment with inspector overrides, without judging anything again: every
     * criterion result is taken back as the judgement it came from, the overrides replace theirs, and
     * points, indices, ranks and levels are computed anew (NORMALIZED criteria against the new group
     * best). A COMPOSITE result carries no component values, so a COMPOSITE criterion that is not
     * overridden keeps its points as they were.
     */
    public static Assessment rescore(Methodology m, Assessment previous, Overrides overrides) {
        List<AgencyJudgements> agencies = new ArrayList<>();
        List<Map<String, CriterionResult>> kept = new ArrayList<>();
        for (AgencyResult a : previous.agencies()) {
            Agency agency = new Agency(a.id(), a.name(), a.group(), java.net.URI.create(a.portalUrl()), null);
            Map<String, Judgement> judgements = new HashMap<>();
            Map<String, CriterionResult> composites = new HashMap<>();
            for (CategoryResult cat : a.categories()) {
                for (CriterionResult r : cat.criteria()) {
                    m.criterion(r.id()).filter(c -> c.appliesTo(a.group())).ifPresent(c -> {
                        if (c.rule() == RuleType.COMPOSITE) {
                            composites.put(c.id(), r);
                        }
                        judgements.put(c.id(), new Judgement(c, r.status(), r.value(), Map.of(), r.source(),
                                r.explanation(), r.evidence(), r.confidence(), r.detected(), r.reported()));
                    });
                }
            }
            AgencyJudgements judged = overrides.apply(m, new AgencyJudgements(agency, a.crawl(), judgements));
            composites.keySet().removeIf(id -> overrides.find(a.id(), id).isPresent());
            agencies.add(judged);
            kept.add(composites);
        }
        Map<Group, Map<String, Double>> best = groupBests(m, agencies);
        List<List<CategoryResult>> unranked = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyJudgements a = agencies.get(i);
            List<CategoryResult> categories = new ArrayList<>();
            for (Category category : m.categories()) {
                CategoryResult scored = scoreCategory(category, a, best.getOrDefault(a.agency().group(), Map.of()));
                Map<String, CriterionResult> keep = kept.get(i);
                if (!keep.isEmpty()) {
                    List<CriterionResult> criteria = new ArrayList<>();
                    double total = 0;
                    for (CriterionResult r : scored.criteria()) {
                        CriterionResult chosen = keep.getOrDefault(r.id(), r);
                        criteria.add(chosen);
                        total += chosen.points();
                    }
                    double index = scored.maxPoints() <= 0 ? 0 : GroupRanking.round3(total / scored.maxPoints());
                    scored = new CategoryResult(scored.id(), scored.name(), PointsRule.round(total), scored.maxPoints(),
                            index, 0, 0, Level.TRUNG_BINH, criteria);
                }
                categories.add(scored);
            }
            unranked.add(categories);
        }
        Map<String, List<ServiceResult>> serviceTables = new HashMap<>();
        previous.agencies().stream().filter(a -> !a.services().isEmpty())
                .forEach(a -> serviceTables.put(a.id(), a.services()));
        return new Assessment(previous.schemaVersion(), previous.methodology(), previous.assessmentDate(),
                rank(m, agencies, unranked)).withServices(serviceTables);
    }
}
