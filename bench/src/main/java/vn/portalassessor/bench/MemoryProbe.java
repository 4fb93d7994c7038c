package vn.portalassessor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory and CPU time from {@code /proc} (Linux): this process's or a child's; -1 elsewhere. */
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

    /** Peak resident set size so far of another process (a child JVM), -1 once it is gone. */
    static long peakRssKib(long pid) {
        return field(Path.of("/proc/" + pid + "/status"), "VmHWM:");
    }

    /**
     * CPU seconds another process has used so far, user and system, all its threads (not its
     * children's), from {@code /proc/<pid>/stat}; -1 once it is gone.
     */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in USER_HZ (100 on Linux)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long field(String name) {
        return field(Path.of("/proc/self/status"), name);
    }

    private static long field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
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
