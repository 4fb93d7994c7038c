package vn.portalassessor.report.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.portalassessor.evaluate.result.Assessment;

/**
 * Writes and reads {@code results.json} in the contract's shape. Reading refuses a file of another
 * schema version rather than misreading it.
 */
public final class ResultsJson {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsJson() {
    }

    /** The JSON text of an assessment. */
    public static String toJson(Assessment assessment) throws IOException {
        return JSON.writeValueAsString(assessment);
    }

    /** Writes {@code results.json}. */
    public static void write(Assessment assessment, Path file) throws IOException {
        Files.writeString(file, toJson(assessment) + "\n");
    }

    /** Reads a {@code results.json} written by this tool. */
    public static Assessment read(Path file) throws IOException {
        Assessment a = JSON.readValue(file.toFile(), Assessment.class);
        if (a.schemaVersion() != Assessment.SCHEMA_VERSION) {
            throw new IOException(file + ": schemaVersion " + a.schemaVersion() + " is not the "
                    + Assessment.SCHEMA_VERSION + " this version of the assessor reads");
        }
        return a;
    }
}
