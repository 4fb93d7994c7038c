package vn.portalassessor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The national benchmark (issue 15): a generated corpus of agencies with portals and online-service
 * sites on loopback ({@link NationalCorpus}), crawled, evaluated and reported by the real
 * {@code assessor run} in a child JVM with the default options but the ones given, then re-scored by
 * {@code assessor evaluate --run}. Prints the wall time, when each stage ended as the run's last line
 * says (the stages overlap: an agency is evaluated as its crawl ends, screenshotted as it is evaluated), the politeness floor (the busiest host's requests × the delay) and the ratio of
 * wall time to it, the child's CPU seconds and peak RSS (VmHWM; browsers' processes not included),
 * and the re-score's time and peak RSS, and whether it wrote the run's results.json again (timestamps
 * apart).
 *
 * <p>{@code NationalBenchmark [--agencies N] [--pages N] [--delay-ms MS] [--screenshots on|off]
 * [--crawl-only] [--out DIR] [--jvm OPTION]... [-- assessor run options...]}; {@code --crawl-only} runs
 * {@code assessor crawl} instead (the crawl stage alone, no re-score); defaults 100 agencies, 40 portal
 * pages (a twelfth of the portals three times that, every service site a quarter), 1000 ms, off. The
 * child JVMs get the options {@code ./assessor} gives them ({@value #LAUNCHER_HEAP}; the re-score also
 * {@value #LAUNCHER_RESCORE_JIT}) unless {@code --jvm} is given.
 * Targets (issue 15): wall time within 2.5× the floor at 1000 ms with screenshots on; re-score under
 * 10 s; peak RSS under 1.5 GiB.
 *
 * <p>{@code NationalBenchmark --rescore RUN_DIR [--rounds N] [--jvm OPTION]...} re-scores a finished
 * run only: {@code assessor evaluate --run} on a copy of it (the run itself is left as it is), N times
 * (default 3), and prints each round's wall time, CPU seconds and peak RSS, and whether the copy's
 * results.json is the run's, timestamps apart.
 */
public final class NationalBenchmark {

    /** The heap {@code ./assessor} gives the JVM by default. */
    static final String LAUNCHER_HEAP = "-Xmx1g";
    /** The compiler {@code ./assessor evaluate} runs on by default. */
    static final String LAUNCHER_RESCORE_JIT = "-XX:TieredStopAtLevel=1";

    /** The start of the line {@code assessor run} ends with: when each stage ended. */
    static final String TIMING = "Thời gian các bước";

    private NationalBenchmark() {
    }

    /** What a child JVM did: its console lines with when they came, and its figures. */
    record Child(List<Map.Entry<Double, String>> lines, double seconds, double cpuSeconds, long peakRssKib, int exit) {
        /** Seconds from the start when the first line starting with {@code prefix} came, or NaN. */
        double at(String prefix) {
            return lines.stream().filter(l -> l.getValue().startsWith(prefix)).mapToDouble(Map.Entry::getKey)
                    .findFirst().orElse(Double.NaN);
        }

        /**
         * When the crawl, the evaluation and the screenshots ended, in seconds from the crawl's start,
         * as the run's last line says (NaN for a stage that did not run or a line that is missing).
         */
        double[] stageEnds() {
            double[] ends = {Double.NaN, Double.NaN, Double.NaN};
            lines.stream().map(Map.Entry::getValue).filter(l -> l.startsWith(TIMING)).findFirst().ifPresent(l -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("xong ([0-9.]+) s").matcher(l);
                for (int i = 0; i < ends.length && m.find(); i++) {
                    ends[i] = Double.parseDouble(m.group(1));
                }
            });
            return ends;
        }
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // as CrawlBenchmark: no 40 ms delayed ACK per page
        }
        int agencies = 100;
        int pages = 40;
        long delayMs = 1000;
        String screenshots = "off";
        boolean crawlOnly = false;
        Path rescoreRun = null;
        int rounds = 3;
        Path out = null;
        List<String> jvm = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--agencies" -> agencies = Integer.parseInt(args[++i]);
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--delay-ms" -> delayMs = Long.parseLong(args[++i]);
                case "--screenshots" -> screenshots = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--crawl-only" -> crawlOnly = true;
                case "--rescore" -> rescoreRun = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--jvm" -> jvm.add(args[++i]);
                case "--" -> {
                    extra.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --agencies N --pages N --delay-ms MS --screenshots on|off --crawl-only --out DIR --jvm OPT -- [assessor run options]"
                        + ", or --rescore RUN_DIR --rounds N --jvm OPT");
            }
        }
        List<String> rescoreJvm = jvm.isEmpty() ? List.of(LAUNCHER_HEAP, LAUNCHER_RESCORE_JIT) : jvm;
        if (jvm.isEmpty()) {
            jvm.add(LAUNCHER_HEAP);
        }
        if (rescoreRun != null) {
            rescoreOnly(rescoreRun, rounds, rescoreJvm);
            return;
        }
        Path work = out != null ? Files.createDirectories(out) : Files.createTempDirectory("national-bench");
        Path run = work.resolve("run");
        try (NationalCorpus corpus = new NationalCorpus(agencies, pages)) {
            Path agenciesFile = work.resolve("agencies.csv");
            corpus.writeAgencies(agenciesFile);
            System.out.printf(Locale.ROOT, "Corpus: %d agencies, %d hosts on 127.0.0.1 (portals %d pages, every 12th %d; service sites %d),"
                            + " latency 10–150 ms per host, a %d s page on every 9th portal; delay %d ms; screenshots %s; %d cores; load %s%n",
                    agencies, corpus.hosts().size(), pages, 3 * pages, Math.max(5, pages / 4), NationalCorpus.SLOW_PAGE.toSeconds(),
                    delayMs, screenshots, Runtime.getRuntime().availableProcessors(), loadAverage());
            List<String> command = new ArrayList<>(List.of(crawlOnly ? "crawl" : "run", "--agencies", agenciesFile.toString(),
                    "--out", run.toString(), "--delay-ms", String.valueOf(delayMs), "--allow-private-addresses"));
            if (!crawlOnly) {
                command.addAll(List.of("--screenshots", screenshots));
            }
            command.addAll(extra);
            Child assess = child(jvm, command, work.resolve("run.log"));
            long busiest = corpus.busiestHostRequests();
            double floor = busiest * delayMs / 1000.0;
            double crawlStart = assess.at("Thu thập ");
            // the run's stages overlap; it prints when each ended, from the moment it began crawling
            double[] ends = crawlOnly ? new double[] {assess.seconds() - crawlStart, Double.NaN, Double.NaN}
                    : assess.stageEnds();
            Path results = run.resolve("results.json");
            String ran = !crawlOnly && Files.exists(results) ? withoutTimestamps(results) : null;
            Child rescore = crawlOnly ? null
                    : child(rescoreJvm, List.of("evaluate", "--run", run.toString()), work.resolve("evaluate.log"));
            String same = ran == null ? "" : ran.equals(withoutTimestamps(results)) ? "; results.json as the run's"
                    : "; results.json DIFFERS from the run's";

            System.out.println();
            System.out.printf(Locale.ROOT, "assessor %-11s exit %d, wall %.1f s (log: %s)%n", command.get(0), assess.exit(),
                    assess.seconds(), work.resolve("run.log"));
            System.out.printf(Locale.ROOT, "  crawl              ended %.1f s after it began%n", ends[0]);
            if (!crawlOnly) {
                System.out.printf(Locale.ROOT, "  evaluation         ended %.1f s after the crawl began, %.1f s after the crawl ended%n",
                        ends[1], ends[1] - ends[0]);
                System.out.printf(Locale.ROOT, "  screenshots        %s%n", Double.isNaN(ends[2]) ? "off"
                        : String.format(Locale.ROOT, "ended %.1f s after the crawl began, %.1f s after the evaluation ended",
                                ends[2], ends[2] - ends[1]));
            }
            System.out.printf(Locale.ROOT, "  requests           %d served, busiest host %d%n", corpus.requests(), busiest);
            System.out.printf(Locale.ROOT, "  politeness floor   %.1f s (busiest host's requests × %d ms)%n", floor, delayMs);
            System.out.printf(Locale.ROOT, "  wall / floor       %.2f (target ≤ 2.5); crawl / floor %.2f%n",
                    floor == 0 ? Double.NaN : assess.seconds() / floor, floor == 0 ? Double.NaN : ends[0] / floor);
            System.out.printf(Locale.ROOT, "  CPU                %.1f s (the assessor JVM's threads)%n", assess.cpuSeconds());
            System.out.printf(Locale.ROOT, "  peak RSS           %.0f MiB (VmHWM of the assessor JVM)%n", assess.peakRssKib() / 1024.0);
            if (rescore != null) {
                System.out.printf(Locale.ROOT, "assessor evaluate    exit %d, %.1f s, CPU %.1f s, peak RSS %.0f MiB%s%n", rescore.exit(),
                        rescore.seconds(), rescore.cpuSeconds(), rescore.peakRssKib() / 1024.0, same);
            }
            System.out.printf(Locale.ROOT, "machine load after   %s%n", loadAverage());
        }
    }

    /** Re-scores copies of a finished run, round after round, and prints each round's figures. */
    private static void rescoreOnly(Path run, int rounds, List<String> jvm) throws Exception {
        if (!Files.isRegularFile(run.resolve("run.json"))) {
            throw new IllegalArgumentException(run + " is not a run directory (no run.json); give the --out of an 'assessor run'");
        }
        Path work = Files.createTempDirectory("rescore-bench");
        String ran = Files.exists(run.resolve("results.json")) ? withoutTimestamps(run.resolve("results.json")) : null;
        System.out.printf(Locale.ROOT, "Re-scoring %s (%d agencies' archives), %d rounds, JVM %s; %d cores; load %s%n", run,
                countAgencies(run), rounds, String.join(" ", jvm), Runtime.getRuntime().availableProcessors(), loadAverage());
        for (int r = 1; r <= rounds; r++) {
            Path copy = work.resolve("round-" + r);
            copyTree(run, copy);
            Child c = child(jvm, List.of("evaluate", "--run", copy.toString()), work.resolve("evaluate-" + r + ".log"));
            String same = ran == null ? "no results.json in the run to compare"
                    : ran.equals(withoutTimestamps(copy.resolve("results.json"))) ? "results.json as the run's"
                    : "results.json DIFFERS from the run's";
            System.out.printf(Locale.ROOT, "assessor evaluate    round %d: exit %d, %.1f s, CPU %.1f s, peak RSS %.0f MiB; %s%n", r,
                    c.exit(), c.seconds(), c.cpuSeconds(), c.peakRssKib() / 1024.0, same);
        }
        System.out.printf(Locale.ROOT, "machine load after   %s (copies and logs: %s)%n", loadAverage(), work);
    }

    private static long countAgencies(Path run) throws IOException {
        Path state = run.resolve("crawl-state");
        if (!Files.isDirectory(state)) {
            return 0;
        }
        try (var dirs = Files.list(state)) {
            return dirs.filter(Files::isDirectory).count();
        }
    }

    /** results.json with every timestamp's value blanked. */
    private static String withoutTimestamps(Path results) throws IOException {
        return Files.readString(results, StandardCharsets.UTF_8)
                .replaceAll("\"(fetchedAt|scannedAt|started|finished)\"\\s*:\\s*\"[^\"]*\"", "\"$1\" : \"\"");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Runs the assessor in a child JVM with this JVM's classpath, sampling its CPU and peak RSS. */
    private static Child child(List<String> jvm, List<String> assessorArgs, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.portalassessor.cli.AssessorCommand");
        command.addAll(assessorArgs);
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long pid = p.pid();
        double[] cpu = {0};
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                double c = MemoryProbe.cpuSeconds(pid);
                long r = MemoryProbe.peakRssKib(pid);
                synchronized (cpu) {
                    cpu[0] = Math.max(cpu[0], c);
                    peak[0] = Math.max(peak[0], r);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<Map.Entry<Double, String>> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                double at = (System.nanoTime() - started) / 1e9;
                lines.add(Map.entry(at, line));
                file.printf(Locale.ROOT, "%8.1f %s%n", at, line);
                if (!line.startsWith("  [") && !line.startsWith("  thu thập:") && !line.contains(" INFO ")) {
                    System.out.printf(Locale.ROOT, "  %7.1f s  %s%n", at, line);
                }
            }
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        synchronized (cpu) {
            return new Child(lines, seconds, cpu[0], peak[0], exit);
        }
    }
}
