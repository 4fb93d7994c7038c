package vn.portalassessor.samples;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bundled sets of sample agencies. The first set is what the demo and most tests use; the second
 * was written separately, in other CMS styles, to measure how the assessor does on portals it was not
 * tuned on. Each set is a classpath folder laid out as the sample-portals README describes.
 */
public enum SampleSet {
    /** The nine agencies of {@code sample-portals/}. */
    FIRST("/sample-portals"),
    /** The agencies of {@code sample-portals-2/}, labelled by methodology §8 alone. */
    SECOND("/sample-portals-2");

    private final String resourceFolder;

    SampleSet(String resourceFolder) {
        this.resourceFolder = resourceFolder;
    }

    /** The set's classpath folder, e.g. {@code /sample-portals-2}. */
    public String resourceFolder() {
        return resourceFolder;
    }

    /** The set called {@code name} ({@code first} or {@code second}, any letter case). */
    public static SampleSet named(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample set \"" + name + "\"; known: "
                        + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
