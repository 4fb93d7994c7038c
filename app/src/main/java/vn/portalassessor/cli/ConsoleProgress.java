package vn.portalassessor.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.portalassessor.crawl.CrawlListener;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.CrawlTarget;

/**
 * Shows a crawl's progress: a progress bar of pages on a terminal, plain periodic lines elsewhere
 * (CI logs, pipes). Thread-safe.
 */
final class ConsoleProgress implements CrawlListener, AutoCloseable {

    private static final int LINE_EVERY_PAGES = 50;

    private final PrintStream out;
    private final ProgressBar bar;
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final int agencies;

    ConsoleProgress(PrintStream out, int agencies, long pageBudget, boolean terminal) {
        this.out = out;
        this.agencies = agencies;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("Thu thập").setInitialMax(pageBudget)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" trang", 1).setUpdateIntervalMillis(250).build() : null;
    }

    @Override
    public void fetched(CrawlTarget target, URI url, int status, int fetched, int limit) {
        int n = pages.incrementAndGet();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(target.id());
        } else if (n % LINE_EVERY_PAGES == 0) {
            out.println("  thu thập: " + n + " trang (" + done.get() + "/" + agencies + " cơ quan xong)");
        }
    }

    @Override
    public void finished(CrawlTarget target, CrawlSummary summary) {
        int n = done.incrementAndGet();
        String line = "  [" + n + "/" + agencies + "] " + target.id() + ": " + summary.status() + ", "
                + summary.pagesFetched() + " trang, " + summary.errors() + " lỗi";
        if (bar != null) {
            bar.setExtraMessage(target.id() + " xong");
        } else {
            out.println(line);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
