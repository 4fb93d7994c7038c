package vn.portalassessor.score;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.criteria.Methodology;

/**
 * The inspector overrides of an assessment, by agency and criterion; when one criterion was decided
 * twice the later decision (in list order) wins. Evaluator and Scorer apply them last, so an override
 * always beats the crawler and the self-report. Immutable; safe to share.
 */
public final class Overrides {

    /** No override at all: the crawl and the self-reports decide. */
    public static final Overrides NONE = new Overrides(List.of());

    private final Map<String, Map<String, InspectorOverride>> byAgency = new HashMap<>();

    private Overrides(List<InspectorOverride> overrides) {
        for (InspectorOverride o : overrides) {
            byAgency.computeIfAbsent(o.agencyId(), a -> new LinkedHashMap<>()).put(o.criterionId(), o);
        }
    }

    /** The overrides in decision order (a later one for the same agency and criterion wins). */
    public static Overrides of(List<InspectorOverride> overrides) {
        return overrides.isEmpty() ? NONE : new Overrides(List.copyOf(overrides));
    }

    /** The override of one criterion for one agency. */
    public Optional<InspectorOverride> find(String agencyId, String criterionId) {
        return Optional.ofNullable(byAgency.getOrDefault(agencyId, Map.of()).get(criterionId));
    }

    /** Whether there is none. */
    public boolean isEmpty() {
        return byAgency.isEmpty();
    }

    /**
     * An agency's judgements with its overrides applied: each overridden criterion's judgement is
     * replaced by the inspector's. Criteria the methodology does not know, or that do not apply to the
     * agency's group, are refused: an override must never be silently dropped.
     */
    public AgencyJudgements apply(Methodology m, AgencyJudgements agency) {
        Map<String, InspectorOverride> mine = byAgency.getOrDefault(agency.agency().id(), Map.of());
        if (mine.isEmpty()) {
            return agency;
        }
        Map<String, Judgement> judgements = new HashMap<>(agency.judgements());
        for (InspectorOverride o : mine.values()) {
            var criterion = m.criterion(o.criterionId()).orElseThrow(() -> new IllegalArgumentException(
                    "override of unknown criterion " + o.criterionId() + " for " + o.agencyId()
                            + " in methodology " + m.id() + " v" + m.version()));
            if (!criterion.appliesTo(agency.agency().group())) {
                throw new IllegalArgumentException("override of " + o.criterionId() + " for " + o.agencyId()
                        + ": the criterion does not apply to group " + agency.agency().group());
            }
            judgements.put(o.criterionId(), o.judgement(criterion, judgements.get(o.criterionId())));
        }
        return new AgencyJudgements(agency.agency(), agency.crawl(), judgements);
    }
}
