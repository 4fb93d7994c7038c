package vn.portalassessor.confirm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.portalassessor.confirm.JournalEntry.Closed;
import vn.portalassessor.confirm.JournalEntry.Decided;
import vn.portalassessor.confirm.JournalEntry.Exported;
import vn.portalassessor.confirm.JournalEntry.Imported;

/**
 * What the journal's entries add up to: which rounds are exported and closed, each agency's latest
 * answers per round, and the decisions taken since. Computed from the entries every time, never
 * stored. Immutable.
 */
public final class RoundsState {

    /** The rounds the method has. */
    public static final int ROUNDS = 2;

    private final List<JournalEntry> entries;
    private final Set<Integer> exported = new TreeSet<>();
    private final Set<Integer> closed = new TreeSet<>();
    /** round → agency → (index of the entry, the latest import) */
    private final Map<Integer, Map<String, Integer>> latestImport = new HashMap<>();

    public RoundsState(List<JournalEntry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            JournalEntry e = this.entries.get(i);
            if (e instanceof Exported x) {
                exported.add(x.round());
            } else if (e instanceof Closed c) {
                closed.add(c.round());
            } else if (e instanceof Imported im) {
                latestImport.computeIfAbsent(im.round(), r -> new HashMap<>()).put(im.agencyId(), i);
            }
        }
    }

    public List<JournalEntry> entries() {
        return entries;
    }

    public boolean exported(int round) {
        return exported.contains(round);
    }

    public boolean closed(int round) {
        return closed.contains(round);
    }

    /** The agency's latest import for a round. */
    public Optional<Imported> answers(int round, String agencyId) {
        Integer i = latestImport.getOrDefault(round, Map.of()).get(agencyId);
        return i == null ? Optional.empty() : Optional.of((Imported) entries.get(i));
    }

    /** The latest answer of an agency on a criterion, in any round. */
    public Optional<Answer> latestAnswer(String agencyId, String criterionId) {
        for (int round = ROUNDS; round >= 1; round--) {
            Optional<Answer> a = answers(round, agencyId).flatMap(im -> im.answers().stream()
                    .filter(x -> x.criterionId().equals(criterionId)).findFirst());
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /**
     * The disputes of an agency still open: criteria it answered "Không đồng ý" to in its latest
     * answered round with no decision taken after that answer was imported.
     */
    public List<Answer> openDisputes(String agencyId) {
        List<Answer> open = new ArrayList<>();
        Optional<Integer> round = latestAnsweredRound(agencyId);
        if (round.isEmpty()) {
            return open;
        }
        int importIndex = latestImport.get(round.get()).get(agencyId);
        for (Answer a : ((Imported) entries.get(importIndex)).answers()) {
            if (!a.agrees() && decisionAfter(agencyId, a.criterionId(), importIndex).isEmpty()) {
                open.add(a);
            }
        }
        return open;
    }

    /** The status of an agency in one round. */
    public AgencyStatus status(int round, String agencyId) {
        Integer importIndex = latestImport.getOrDefault(round, Map.of()).get(agencyId);
        if (importIndex == null) {
            return AgencyStatus.NOT_ANSWERED;
        }
        List<Answer> disputes = ((Imported) entries.get(importIndex)).answers().stream().filter(a -> !a.agrees()).toList();
        if (disputes.isEmpty()) {
            return AgencyStatus.CONFIRMED;
        }
        boolean allDecided = disputes.stream()
                .allMatch(a -> decisionAfter(agencyId, a.criterionId(), importIndex).isPresent());
        return allDecided ? AgencyStatus.RESOLVED : AgencyStatus.DISPUTED;
    }

    /** The status in the latest round the agency answered; NOT_ANSWERED when it answered none. */
    public AgencyStatus status(String agencyId) {
        return latestAnsweredRound(agencyId).map(r -> status(r, agencyId)).orElse(AgencyStatus.NOT_ANSWERED);
    }

    private Optional<Integer> latestAnsweredRound(String agencyId) {
        for (int round = ROUNDS; round >= 1; round--) {
            if (latestImport.getOrDefault(round, Map.of()).containsKey(agencyId)) {
                return Optional.of(round);
            }
        }
        return Optional.empty();
    }

    private Optional<Decided> decisionAfter(String agencyId, String criterionId, int index) {
        for (int i = entries.size() - 1; i > index; i--) {
            if (entries.get(i) instanceof Decided d && d.agencyId().equals(agencyId) && d.criterionId().equals(criterionId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
