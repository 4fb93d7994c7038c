package vn.portalassessor.criteria.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.MethodologyException;

/**
 * Reads a methodology file (JSON, or YAML for {@code .yaml}/{@code .yml}) and validates it, so that
 * an inspector's edit is either used whole or refused with the path of the element at fault.
 *
 * <p>Unknown fields are refused, not ignored: a misspelt {@code maxPoint} would otherwise silently
 * score zero.
 */
public final class MethodologyLoader {

    /** The methodology shipped with the tool, used when no file is given. */
    public static final String DEFAULT_RESOURCE = "/methodology/2016-reconstructed.yaml";

    private MethodologyLoader() {
    }

    /** Loads and validates the shipped default, 2016 (reconstructed). */
    public static Methodology loadDefault() {
        try (InputStream in = MethodologyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped methodology " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "2016-reconstructed.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and validates a methodology file. */
    public static Methodology load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MethodologyException(file.toString(), "", "cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * Parses and validates methodology text; {@code fileName} decides the format (YAML for
     * {@code .yaml}/{@code .yml}, JSON otherwise) and names the file in errors.
     */
    public static Methodology parse(String text, String fileName) {
        ObjectMapper mapper = isYaml(fileName) ? YAMLMapper.builder().build() : JsonMapper.builder().build();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        Methodology methodology;
        try {
            methodology = mapper.readValue(text, Methodology.class);
        } catch (JsonMappingException e) {
            throw new MethodologyException(fileName, JacksonPaths.of(e), JacksonPaths.problem(e));
        } catch (JsonProcessingException e) {
            // a nesting-depth or size limit is reported without a location
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr();
            String why = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            throw new MethodologyException(fileName, "", "not valid " + (isYaml(fileName) ? "YAML" : "JSON") + where + ": " + why);
        }
        if (methodology == null) {
            throw new MethodologyException(fileName, "", "is empty");
        }
        new MethodologyValidator(fileName).validate(methodology);
        return methodology;
    }

    private static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
