package vn.portalassessor.confirm;

import java.util.Map;

/**
 * An agency's answer on one criterion, as read from its workbook.
 *
 * @param criterionId         the criterion
 * @param row                 the workbook row (1-based), for reference
 * @param agrees              Đồng ý (true) or Không đồng ý (false)
 * @param correctedRaw        the corrected value as written, or empty
 * @param corrected           the corrected value, or null
 * @param correctedComponents COMPOSITE: the corrected value of each component
 * @param comment             the agency's comment, or empty
 * @param evidenceUrl         the page the agency points to, or empty
 */
public record Answer(String criterionId, int row, boolean agrees, String correctedRaw, Double corrected,
                     Map<String, Double> correctedComponents, String comment, String evidenceUrl) {

    public Answer {
        correctedComponents = correctedComponents == null ? Map.of() : Map.copyOf(correctedComponents);
        correctedRaw = correctedRaw == null ? "" : correctedRaw;
        comment = comment == null ? "" : comment;
        evidenceUrl = evidenceUrl == null ? "" : evidenceUrl;
    }

    /** Whether the agency gave a corrected value. */
    public boolean hasCorrection() {
        return corrected != null || !correctedComponents.isEmpty();
    }
}
