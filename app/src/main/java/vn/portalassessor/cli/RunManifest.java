package vn.portalassessor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.portalassessor.criteria.Agency;

/**
 * {@code run.json}: what a run directory holds and how it was made — tool version, methodology id
 * and version, options, assessment date, the agencies, start and end — so that {@code evaluate} and
 * {@code report} can work on it later without being told again.
 */
record RunManifest(String tool, String version, String methodologyId, String methodologyVersion,
                   String methodologyFile, LocalDate assessmentDate, Map<String, String> options,
                   List<Agency> agencies, Instant started, Instant finished) {

    static final String FILE = "run.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    RunManifest {
        options = options == null ? Map.of() : Map.copyOf(options);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    RunManifest finishedAt(Instant when) {
        return new RunManifest(tool, version, methodologyId, methodologyVersion, methodologyFile, assessmentDate,
                options, agencies, started, when);
    }

    void write(Path runDir) throws IOException {
        Path tmp = runDir.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, runDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static RunManifest read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new UsageException(runDir + " is not a run directory: it has no " + FILE
                    + " (run 'assessor run' or 'assessor crawl' first)");
        }
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new UsageException(file + " cannot be read: " + e.getMessage());
        }
    }
}
