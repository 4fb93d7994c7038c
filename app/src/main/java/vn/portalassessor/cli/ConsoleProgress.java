package vn.portalassessor.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.portalassessor.crawl.CrawlListener;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;

/**
 * Shows a run's progress: the crawl, and the evaluation and screenshot stages that follow each
 * agency's crawl while others are still crawled. On a terminal: one bar for the whole crawl, one per
 * agency being crawled and one per later stage, redrawn in place four times a second, with a
 * permanent line as each agency is crawled and evaluated. Elsewhere (CI logs, pipes): a plain line
 * every {@link #LINE_EVERY} while anything moves, naming the agencies in progress, and a line per
 * agency crawled and evaluated; no escape codes. What else is printed meanwhile goes through
 * {@link #console()}, above the bars. Thread-safe.
 */
final class ConsoleProgress implements CrawlListener, EvidenceScreenshots.Progress, AutoCloseable {

    static final Duration LINE_EVERY = Duration.ofSeconds(10);
    private static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    private static final int BAR_WIDTH = 24;
    private static final int MAX_AGENCY_BARS = 8;

    /** One agency's state. */
    private static final class Agency {
        int pages;
        int limit;
        /** Pages this agency added to the run's counter so far. */
        int counted;
    }

    private final PrintStream out;
    private final int agencies;
    private final long pageBudget;
    private final boolean terminal;
    private final Map<String, Agency> running = new LinkedHashMap<>();
    private final List<String> finishedLines = new ArrayList<>();
    private final ScheduledExecutorService ticker;
    private final long startNanos = System.nanoTime();
    private int pages;
    private int done;
    private int evaluated;
    private int shotsQueued;
    private int shotsDone;
    private int drawnLines;
    private boolean closed;
    /** What the last plain line showed: pages, agencies evaluated, screenshots done. */
    private String lastLine = "";

    /** The progress of crawling {@code agencies} under {@code policy}: bars on a terminal, plain lines elsewhere. */
    static ConsoleProgress of(PrintStream out, CrawlPolicy policy, int agencies) {
        return new ConsoleProgress(out, agencies, (long) agencies * policy.maxPagesPerSite(), System.console() != null);
    }

    ConsoleProgress(PrintStream out, int agencies, long pageBudget, boolean terminal) {
        this.out = out;
        this.agencies = agencies;
        this.pageBudget = Math.max(1, pageBudget);
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-progress");
            t.setDaemon(true);
            return t;
        });
        Duration every = terminal ? REDRAW_EVERY : LINE_EVERY;
        ticker.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void started(CrawlTarget target) {
        running.computeIfAbsent(target.id(), id -> new Agency());
    }

    @Override
    public synchronized void fetched(CrawlTarget target, URI url, int status, int fetched, int limit) {
        pages++;
        Agency a = running.computeIfAbsent(target.id(), id -> new Agency());
        a.counted++;
        a.pages = fetched;
        a.limit = limit;
    }

    @Override
    public synchronized void finished(CrawlTarget target, CrawlSummary summary) {
        done++;
        Agency a = running.remove(target.id());
        // while an agency runs the counter counts the pages it reported; when it ends, its summary's
        // count replaces them (robots.txt, sitemaps, error answers and an earlier run's captures
        // included), so the final counter is the sum of the summaries, exactly
        pages += summary.pagesFetched() - (a == null ? 0 : a.counted);
        String line = "  [" + done + "/" + agencies + "] " + target.id() + ": " + summary.status() + ", "
                + summary.pagesFetched() + " trang, " + summary.errors() + " lỗi";
        if (terminal) {
            finishedLines.add(line);
        } else {
            out.println(line);
        }
    }

    /** An agency's evaluation ended. */
    synchronized void evaluated(String agencyId) {
        evaluated++;
        note("  [" + evaluated + "/" + agencies + "] đã đánh giá " + agencyId);
    }

    @Override
    public synchronized void queued(int shots) {
        shotsQueued += shots;
    }

    @Override
    public synchronized void captured(int shots) {
        shotsDone += shots;
    }

    /** Screenshots queued and not yet taken or lost. */
    synchronized int shotsWaiting() {
        return shotsQueued - shotsDone;
    }

    /** Prints a permanent line: above the bars on a terminal, as it comes elsewhere. */
    synchronized void note(String line) {
        if (terminal && !closed) {
            finishedLines.add(line);
        } else {
            out.println(line);
        }
    }

    /**
     * A stream for what is printed while the progress is shown: each line becomes a {@link #note}, so
     * it does not tear the bars. Not closed by the caller.
     */
    PrintStream console() {
        return new PrintStream(new OutputStream() {
            private final java.io.ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    note(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }

    private synchronized void tick() {
        if (terminal) {
            redraw();
        } else {
            printLineIfMoved();
        }
    }

    private void printLineIfMoved() {
        String moved = pages + " " + evaluated + " " + shotsDone;
        if (!moved.equals(lastLine)) {
            lastLine = moved;
            out.println(statusLine());
        }
    }

    /** Responses archived so far: the finished agencies' exact counts and the pages the running ones reported. */
    synchronized int pages() {
        return pages;
    }

    /** The plain line: pages, rate, agencies done and those in progress. */
    synchronized String statusLine() {
        StringBuilder s = new StringBuilder("  thu thập: ").append(pages).append(" trang, ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", rate())).append(" trang/giây; ")
                .append(done).append('/').append(agencies).append(" cơ quan xong");
        if (!running.isEmpty()) {
            s.append("; đang thu thập:");
            running.forEach((id, a) -> s.append(' ').append(id).append(" (").append(a.pages).append(')'));
        }
        if (evaluated > 0) {
            s.append("\n  đánh giá: ").append(evaluated).append('/').append(agencies).append(" cơ quan");
        }
        if (shotsQueued > 0) {
            s.append("\n  chụp ảnh: ").append(shotsDone).append('/').append(shotsQueued).append(" ảnh bằng chứng");
        }
        return s.toString();
    }

    /** The terminal block: the overall bar, then one bar per agency in progress. */
    synchronized List<String> block() {
        List<String> lines = new ArrayList<>();
        double progress = done;
        for (Agency a : running.values()) {
            progress += a.limit == 0 ? 0 : Math.min(1.0, (double) a.pages / a.limit);
        }
        lines.add(String.format(java.util.Locale.ROOT, "Thu thập %s %d/%d cơ quan, %d trang (tối đa %d), %.1f trang/giây",
                bar(progress, Math.max(1, agencies)), done, agencies, pages, pageBudget, rate()));
        int shown = 0;
        for (Map.Entry<String, Agency> e : running.entrySet()) {
            if (shown++ == MAX_AGENCY_BARS) {
                lines.add("         … và " + (running.size() - MAX_AGENCY_BARS) + " cơ quan khác");
                break;
            }
            Agency a = e.getValue();
            lines.add("         " + bar(a.pages, Math.max(1, a.limit)) + " " + a.pages + "/" + (a.limit == 0 ? "…" : a.limit)
                    + " " + e.getKey());
        }
        if (evaluated > 0) {
            lines.add(String.format(java.util.Locale.ROOT, "Đánh giá %s %d/%d cơ quan",
                    bar(evaluated, Math.max(1, agencies)), evaluated, agencies));
        }
        if (shotsQueued > 0) {
            lines.add(String.format(java.util.Locale.ROOT, "Chụp ảnh %s %d/%d ảnh (đã biết đến nay)",
                    bar(shotsDone, shotsQueued), shotsDone, shotsQueued));
        }
        return lines;
    }

    /** A bar of {@value #BAR_WIDTH} cells, {@code part} of {@code whole} filled. */
    static String bar(double part, double whole) {
        int filled = (int) Math.round(Math.min(1, Math.max(0, part / whole)) * BAR_WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    private double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : pages / seconds;
    }

    private void redraw() {
        StringBuilder s = new StringBuilder();
        if (drawnLines > 0) {
            s.append("\033[").append(drawnLines).append('F'); // back to the block's first line
        }
        for (String line : finishedLines) {
            s.append("\033[2K").append(line).append('\n');
        }
        finishedLines.clear();
        List<String> lines = block();
        for (String line : lines) {
            s.append("\033[2K").append(line).append('\n');
        }
        for (int i = lines.size(); i < drawnLines; i++) {
            s.append("\033[2K\n"); // clear what a longer block left
        }
        int printed = Math.max(lines.size(), drawnLines);
        out.print(s);
        out.flush();
        drawnLines = printed;
    }

    /** Stops redrawing and prints the last state; once, however often called. */
    @Override
    public void close() {
        ticker.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (terminal) {
                redraw();
            } else {
                printLineIfMoved();
            }
        }
    }
}
