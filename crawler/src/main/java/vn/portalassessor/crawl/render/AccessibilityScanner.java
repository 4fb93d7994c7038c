package vn.portalassessor.crawl.render;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.crawl.store.RunLayout;

/**
 * Scans a page for accessibility problems with axe-core in a pooled headless Chromium (C3.29 Hỗ trợ
 * người khuyết tật), keeping only the WCAG 2.0/2.1 level A and AA rules, and reports the violations
 * by rule. Reports are plain data ({@link Report}) so a run can keep them under
 * {@code crawl-state/<id>/accessibility.json} ({@link #save}, {@link #load}) and re-scoring can read them
 * back without a browser.
 *
 * <p>A crawler's live {@link vn.portalassessor.crawl.PageSource} scans through {@link #local}: one
 * browser, started on first use behind the crawl's address guard, quit when the crawler closes. A
 * scan takes about 1 s (2 s the first). Thread-safe.
 */
public final class AccessibilityScanner implements Closeable {

    /**
     * Pages with more elements than this are not given to axe-core: a home page of 100,000 links
     * kept a browser busy for six minutes, and the scan is beyond any script timeout once it runs.
     * Portal pages have a few thousand.
     */
    static final int MAX_ELEMENTS = 20_000;

    /** The axe-core tags scanned: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Logger LOG = LoggerFactory.getLogger(AccessibilityScanner.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final int MAX_TARGETS = 5;

    private final BrowserPool pool;
    private final boolean ownsPool;

    /**
     * One axe-core rule a page breaks.
     *
     * @param rule    axe-core rule id, e.g. {@code image-alt}, {@code html-has-lang}, {@code label}
     * @param impact  {@code critical}, {@code serious}, {@code moderate} or {@code minor}
     * @param tags    the rule's WCAG tags, e.g. {@code wcag2a}, {@code wcag111}
     * @param help    axe-core's one-line description
     * @param nodes   how many elements break it
     * @param targets CSS selectors of the first few of them
     */
    public record Violation(String rule, String impact, List<String> tags, String help, int nodes, List<String> targets) {

        public Violation {
            tags = tags == null ? List.of() : List.copyOf(tags);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }

        /** Whether the rule is a WCAG level-A rule (as opposed to AA only). */
        public boolean levelA() {
            return tags.contains("wcag2a") || tags.contains("wcag21a");
        }
    }

    /**
     * The scan of one page.
     *
     * @param url         the page scanned
     * @param scannedAt   when
     * @param violations  the WCAG A/AA rules it breaks
     * @param passedRules how many WCAG A/AA rules it passes
     */
    public record Report(URI url, Instant scannedAt, List<Violation> violations, int passedRules) {

        public Report {
            violations = violations == null ? List.of() : List.copyOf(violations);
        }
    }

    /** A scanner on a pool the caller owns and closes. */
    public AccessibilityScanner(BrowserPool pool) {
        this(pool, false);
    }

    private AccessibilityScanner(BrowserPool pool, boolean ownsPool) {
        this.pool = pool;
        this.ownsPool = ownsPool;
    }

    /**
     * A scanner on one local headless browser of its own, which reaches only the addresses
     * {@code guard} permits and visits a host no sooner than {@code throttle} allows; close it to
     * quit the browser. Empty when no local Chromium is installed
     * (the reason is logged).
     */
    public static Optional<AccessibilityScanner> local(AddressGuard guard, HostThrottle throttle, Duration delayPerHost) {
        BrowserSettings settings = BrowserSettings.local().withBrowsers(1);
        Optional<String> missing = settings.missingLocalBrowser();
        if (missing.isPresent()) {
            LOG.warn("accessibility scans are off: {}", missing.get());
            return Optional.empty();
        }
        return Optional.of(new AccessibilityScanner(new BrowserPool(settings, guard, throttle, delayPerHost), true));
    }

    /**
     * Loads {@code url} and runs axe-core on it.
     *
     * @throws PageTimeoutException when the page does not load in time
     * @throws IOException          when no browser can be started, the browser failed or axe-core reported an error
     */
    public Report scan(URI url) throws PageTimeoutException, IOException {
        Results results = pool.withPage(url, driver -> {
            long elements = ((Number) ((JavascriptExecutor) driver)
                    .executeScript("return document.getElementsByTagName('*').length")).longValue();
            if (elements > MAX_ELEMENTS) {
                return null;
            }
            return new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        });
        if (results == null) {
            throw new IOException("not scanned: " + url + " has more than " + MAX_ELEMENTS
                    + " elements; axe-core would hold a browser for minutes (the page's HTML is still checked)");
        }
        if (results.isErrored()) {
            throw new IOException("axe-core failed on " + url + ": " + results.getErrorMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                if (targets.size() < MAX_TARGETS && node.getTarget() != null) {
                    targets.add(String.valueOf(node.getTarget()).replaceAll("^\\[|]$", ""));
                }
            }
            violations.add(new Violation(rule.getId(), rule.getImpact(), rule.getTags(), rule.getHelp(),
                    rule.getNodes().size(), targets));
        }
        return new Report(url, Instant.now(), violations, results.getPasses().size());
    }

    /** {@link #scan} with failures logged and turned into an empty answer. */
    public Optional<Report> tryScan(URI url) {
        try {
            return Optional.of(scan(url));
        } catch (PageTimeoutException | IOException | RuntimeException e) {
            LOG.warn("accessibility scan of {} failed: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    /** Where a run keeps an agency's scans: {@code crawl-state/<id>/accessibility.json}. */
    public static Path reportFile(Path runDir, String agencyId) {
        return RunLayout.crawlStateDir(runDir, agencyId).resolve("accessibility.json");
    }

    /** Writes reports atomically (a temporary file moved into place). */
    public static void save(Path file, List<Report> reports) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), reports);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads reports written by {@link #save}; empty when there is no file. */
    public static List<Report> load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return JSON.readValue(file.toFile(), new TypeReference<List<Report>>() { });
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }
}
