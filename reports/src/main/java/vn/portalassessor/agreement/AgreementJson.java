package vn.portalassessor.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The agreement report as JSON for programs ({@code assessor agreement --json}): the fields of
 * {@link AgreementReport} under their component names, nulls written out (an undefined kappa is
 * {@code null}, not missing).
 */
public final class AgreementJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AgreementJson() {
    }

    /** The report's JSON text. */
    public static String toJson(AgreementReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agreement report could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a report written by {@link #toJson}; for programs and tests that read the output back. */
    public static AgreementReport fromJson(String json) throws JsonProcessingException {
        return JSON.readValue(json, AgreementReport.class);
    }
}
