package vn.portalassessor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory from {@code /proc/self/status} (Linux), in KiB; -1 elsewhere. */
final class MemoryProbe {

    private MemoryProbe() {
    }

    /** Resident set size now. */
    static long rssKib() {
        return field("VmRSS:");
    }

    /** Peak resident set size so far. */
    static long peakRssKib() {
        return field("VmHWM:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
