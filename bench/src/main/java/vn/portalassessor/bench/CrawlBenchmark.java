package vn.portalassessor.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the crawler with a plain HttpClient 5 fetch-and-parse loop over one generated corpus
 * (default 100 sites × 200 pages on loopback, no politeness delay), each in a child JVM, and prints
 * pages/s, peak RSS and RSS as the pages grow. Targets (issue 4): the crawler at least 70% of the
 * loop's pages/s; its peak RSS under 1 GiB and flat as pages grow.
 *
 * <p>{@code CrawlBenchmark [sites] [pagesPerSite] [concurrency] [rounds] [childJvmOption...]};
 * defaults 100 200 4 3. A round runs both sides back to back; the target is judged on the median of
 * the rounds' ratios, because on a 2-core machine one side's pages/s moves by a quarter from one
 * run to the next (when the JIT compiles the parser's hot loops decides much of a 10-second run).
 */
public final class CrawlBenchmark {

    private CrawlBenchmark() {
    }

    /** One phase's figures. */
    record Result(String phase, long pages, double seconds, long peakRssKib, long[] rssAtQuarters, double cpuSeconds) {
        double pagesPerSecond() {
            return pages / seconds;
        }

        /** Milliseconds of CPU (every thread of the phase's JVM) per page fetched. */
        double cpuMillisPerPage() {
            return 1000 * cpuSeconds / pages;
        }
    }

    public static void main(String[] args) throws Exception {
        // The JDK HttpServer writes a response's headers and body in two segments; without
        // TCP_NODELAY on its sockets the body waits for the client's delayed ACK (~40 ms per page
        // on Linux loopback), which is what an unpatched run measures, for both sides alike.
        // -Dsun.net.httpserver.nodelay=false on the command line shows it.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int pagesPerSite = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<String> jvmOptions = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        System.out.printf(Locale.ROOT, "Corpus: %d sites × %d pages on 127.0.0.1, delay 0, concurrency %d, %d round(s), "
                        + "server TCP_NODELAY %s, child JVM options %s%n",
                sites, pagesPerSite, concurrency, rounds, System.getProperty("sun.net.httpserver.nodelay"), jvmOptions);
        try (Corpus corpus = new Corpus(sites, pagesPerSite, 8)) {
            URI probe = corpus.homes().get(0);
            System.out.printf(Locale.ROOT, "Latency per request, HttpClient 5 async → JDK HttpServer: TCP_NODELAY off %.1f ms, on %.1f ms%n",
                    NagleProbe.meanMillis(probe, false, 40), NagleProbe.meanMillis(probe, true, 40));
            List<Result> results = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                // each round runs both sides back to back, the first of them alternating, so that a
                // machine growing busier or quieter during the run does not favour one side
                boolean loopFirst = r % 2 == 0;
                Result first = child(loopFirst ? "loop" : "crawler", corpus, concurrency, pagesPerSite, jvmOptions);
                Result second = child(loopFirst ? "crawler" : "loop", corpus, concurrency, pagesPerSite, jvmOptions);
                results.add(first);
                results.add(second);
                Result loop = loopFirst ? first : second;
                Result crawler = loopFirst ? second : first;
                ratios.add(crawler.pagesPerSecond() / loop.pagesPerSecond());
            }
            System.out.println();
            System.out.println("phase     pages   seconds  pages/s  CPU ms/page  peak RSS MiB  RSS MiB at 25% / 50% / 75% / 100% of pages");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "%-8s %6d %9.1f %8.0f %12.2f %13.0f  %s%n", r.phase(), r.pages(), r.seconds(),
                        r.pagesPerSecond(), r.cpuMillisPerPage(), r.peakRssKib() / 1024.0, quarters(r.rssAtQuarters()));
            }
            long peak = results.stream().filter(r -> r.phase().equals("crawler")).mapToLong(Result::peakRssKib).max().orElse(0);
            System.out.printf(Locale.ROOT, "%nMedian pages/s: loop %.0f, crawler %.0f; median CPU ms/page: loop %.2f, crawler %.2f%n",
                    median(results, "loop", Result::pagesPerSecond), median(results, "crawler", Result::pagesPerSecond),
                    median(results, "loop", Result::cpuMillisPerPage), median(results, "crawler", Result::cpuMillisPerPage));
            System.out.printf(Locale.ROOT, "Crawler / loop pages/s, round by round: %s; median %.0f%% (target ≥ 70%%)%n",
                    ratios.stream().map(x -> String.format(Locale.ROOT, "%.0f%%", 100 * x)).toList(), 100 * median(ratios));
            System.out.printf(Locale.ROOT, "Crawler peak RSS %.0f MiB (target < 1024 MiB)%n", peak / 1024.0);
        }
    }

    private static double median(List<Result> results, String phase, java.util.function.ToDoubleFunction<Result> figure) {
        return median(results.stream().filter(r -> r.phase().equals(phase)).map(figure::applyAsDouble).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String quarters(long[] kib) {
        StringBuilder s = new StringBuilder();
        for (long k : kib) {
            s.append(s.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", k / 1024.0));
        }
        return s.toString();
    }

    private static Result child(String phase, Corpus corpus, int concurrency, int pagesPerSite, List<String> jvmOptions)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Phase.class.getName());
        command.add(phase);
        command.add(String.valueOf(concurrency));
        command.add(String.valueOf(pagesPerSite));
        corpus.homes().forEach(u -> command.add(u.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Result result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ");
                    result = new Result(f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Long.parseLong(f[4]),
                            new long[] {Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8])},
                            Double.parseDouble(f[9]));
                } else if (!line.contains(" INFO ") && !line.contains("DEBUG")) {
                    System.out.println("  [" + phase + "] " + line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the " + phase + " phase failed (exit " + p.exitValue() + ")");
        }
        System.out.printf(Locale.ROOT, "  %s: %d pages in %.1f s%n", phase, result.pages(), result.seconds());
        return result;
    }
}
