package vn.portalassessor.confirm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.portalassessor.evaluate.result.CriterionResult;

/**
 * One event of the confirmation rounds, as the journal keeps it for good: who did what, when, and on
 * what. Entries are never changed or removed; the state of the rounds is what they add up to.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JournalEntry.Exported.class, name = "exported"),
        @JsonSubTypes.Type(value = JournalEntry.Imported.class, name = "imported"),
        @JsonSubTypes.Type(value = JournalEntry.Decided.class, name = "decided"),
        @JsonSubTypes.Type(value = JournalEntry.Rechecked.class, name = "rechecked"),
        @JsonSubTypes.Type(value = JournalEntry.Closed.class, name = "closed")})
public sealed interface JournalEntry {

    /** When it happened. */
    Instant at();

    /** Who did it: the inspector's name, or the person who imported an agency's file. */
    String by();

    /** A round's workbooks were written for every agency. */
    record Exported(Instant at, String by, int round, Map<String, String> sha256ByAgency) implements JournalEntry {
        public Exported {
            sha256ByAgency = Map.copyOf(sha256ByAgency);
        }
    }

    /**
     * One agency's answers to one round, imported from one file; the whole file is one entry, so it is
     * either in the journal entirely or not at all.
     *
     * @param exportedAt    when the workbook was exported (from the signed sheet; null in older journals)
     * @param savedAt       when the agency last saved it (the workbook's properties; null when unknown)
     * @param replaceReason why an older workbook or one already imported was imported anyway ({@code
     *                      --replace --reason}); null for an ordinary import
     */
    record Imported(Instant at, String by, int round, String agencyId, String file, String sha256,
                    List<Answer> answers, Instant exportedAt, Instant savedAt, String replaceReason) implements JournalEntry {
        public Imported {
            answers = List.copyOf(answers);
        }

        public Imported(Instant at, String by, int round, String agencyId, String file, String sha256, List<Answer> answers) {
            this(at, by, round, agencyId, file, sha256, answers, null, null, null);
        }
    }

    /**
     * An inspector's decision on one criterion of one agency, always with a reason.
     *
     * @param decision ACCEPT (the agency's corrected value, or its claim when it gave none), REJECT (the
     *                 tool's result stands) or SET (the inspector's own value)
     * @param value    the value that now counts, for ACCEPT with a corrected value and SET
     * @param raw      the value as written
     */
    record Decided(Instant at, String by, String agencyId, String criterionId, Decision decision, Double value,
                   Map<String, Double> componentValues, String raw, String reason) implements JournalEntry {
        public Decided {
            componentValues = componentValues == null ? Map.of() : Map.copyOf(componentValues);
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a decision on " + criterionId + " for " + agencyId + " needs a reason");
            }
        }

        /** Whether it replaces the value (and so is an override). */
        public boolean overrides() {
            return value != null || !componentValues.isEmpty();
        }
    }

    /**
     * A disputed criterion judged again on freshly fetched pages. The earlier result, with its
     * evidence, is kept next to the new one.
     *
     * @param fetched the URLs fetched again, and what happened to each
     */
    record Rechecked(Instant at, String by, String agencyId, String criterionId, CriterionResult before,
                     CriterionResult after, List<String> fetched) implements JournalEntry {
        public Rechecked {
            fetched = List.copyOf(fetched);
        }
    }

    /** A round was closed: it takes no more answers. */
    record Closed(Instant at, String by, int round) implements JournalEntry {
    }

    /** What an inspector decided. */
    enum Decision {
        ACCEPT("Chấp nhận ý kiến cơ quan"),
        REJECT("Giữ kết quả đánh giá"),
        SET("Thanh tra viên đặt giá trị");

        private final String vietnamese;

        Decision(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }
}
