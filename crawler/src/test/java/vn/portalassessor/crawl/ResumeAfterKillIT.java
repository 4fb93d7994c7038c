package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.RunLayout;

/**
 * kill -9 in the middle of a crawl, then {@code resume}: no archived page is fetched again, the
 * capture index holds each URL once, and the WARC files read back with an independent reader,
 * webrecorder's {@code warcio} from the npm registry (issue 4). Needs node and npm: fails, never
 * skips, without them.
 */
class ResumeAfterKillIT {

    private static final int PAGES = 80;

    private HttpServer server;
    private URI home;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    @TempDir
    Path run;
    @TempDir
    Path npm;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = path.equals("/") ? 0 : path.matches("/tin/\\d+\\.html") ? Integer.parseInt(path.replaceAll("\\D", "")) : -1;
            byte[] body;
            int status = 200;
            if (n < 0) {
                status = 404;
                body = "<html><body>Không tìm thấy</body></html>".getBytes(StandardCharsets.UTF_8);
            } else {
                StringBuilder html = new StringBuilder("<html lang=\"vi\"><head><title>Tin ").append(n)
                        .append(" | Sở Văn hóa</title></head><body><h1>Tin số ").append(n).append("</h1>");
                html.append("<p>Hội nghị tổng kết phong trào xây dựng đời sống văn hóa ở khu dân cư năm 2016.</p>".repeat(20));
                for (int k = n + 1; k <= Math.min(PAGES, n + 3); k++) {
                    html.append("<a href=\"/tin/").append(k).append(".html\">Tin ").append(k).append("</a> ");
                }
                body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        home = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void crawlKilledMidwayResumesWithoutFetchingArchivedPagesAgain() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrawlUntilKilled.class.getName(),
                run.toString(), home.toString())
                .redirectErrorStream(true).redirectOutput(run.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pageHits() < 25 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the child is still crawling when killed; its log: "
                + (Files.exists(run.resolve("child.log")) ? Files.readString(run.resolve("child.log")) : "")).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Set<String> archivedBeforeResume = responseTargets(RunLayout.evidenceDir(run, CrawlUntilKilled.AGENCY));
        assertThat(archivedBeforeResume.size()).as("pages archived before the kill").isBetween(10, PAGES - 10);
        Map<String, Integer> hitsBeforeResume = snapshot();

        CrawlSummary summary;
        try (Crawler crawler = Crawler.create(CrawlUntilKilled.policy())) {
            summary = crawler.crawl(CrawlUntilKilled.target(home), run, true, CrawlListener.NONE);
        }

        assertThat(summary.status()).isEqualTo(SiteStatus.OK);
        for (String url : archivedBeforeResume) {
            String path = URI.create(url).getPath();
            assertThat(hits.get(path).get()).as("requests for %s, archived before the kill", path).isEqualTo(1);
        }
        List<String> fetchedTwice = hits.entrySet().stream().filter(e -> e.getValue().get() > 1).map(Map.Entry::getKey).toList();
        // a host takes up to maxConnectionsPerHost requests at once (issue 15): that many pages can be
        // in flight at the kill, never archived, and only those may be asked for again
        assertThat(fetchedTwice).as("only pages in flight at the kill (never archived) may be asked for again")
                .hasSizeLessThanOrEqualTo(CrawlUntilKilled.policy().maxConnectionsPerHost());
        for (String path : fetchedTwice) {
            assertThat(hitsBeforeResume.get(path)).isEqualTo(1);
        }
        for (int n = 1; n <= PAGES; n++) {
            assertThat(hits).as("every page reached in the end").containsKey("/tin/" + n + ".html");
        }

        List<Capture> index = CaptureIndex.read(RunLayout.captureIndex(run, CrawlUntilKilled.AGENCY));
        Map<URI, Long> perUrl = index.stream().filter(Capture::answered)
                .collect(Collectors.groupingBy(Capture::url, Collectors.counting()));
        assertThat(perUrl.values()).as("each URL once in the capture index").allMatch(c -> c == 1L);
        assertThat(perUrl).hasSize(PAGES + 3); // robots.txt and sitemap.xml (404), home, 80 news pages

        List<String> warcioResponses = warcioResponseTargets(RunLayout.evidenceDir(run, CrawlUntilKilled.AGENCY));
        assertThat(warcioResponses).as("each URL once in the archive, read by warcio").doesNotHaveDuplicates()
                .hasSize(PAGES + 3).contains(home.toString(), home.resolve("/tin/80.html").toString());
    }

    private int pageHits() {
        return hits.entrySet().stream().filter(e -> e.getKey().startsWith("/tin/")).mapToInt(e -> e.getValue().get()).sum();
    }

    private Map<String, Integer> snapshot() {
        return hits.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /** Response records' target URIs, read with jwarc up to the first broken record. */
    private static Set<String> responseTargets(Path dir) throws IOException {
        Set<String> targets = new HashSet<>();
        for (Path file : warcFiles(dir)) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); WarcReader reader = new WarcReader(ch)) {
                while (true) {
                    java.util.Optional<WarcRecord> r;
                    try {
                        r = reader.next();
                        if (r.isPresent()) {
                            r.get().body().stream().readAllBytes();
                        }
                    } catch (IOException e) {
                        break; // the record the kill cut
                    }
                    if (r.isEmpty()) {
                        break;
                    }
                    if (r.get() instanceof WarcResponse response) {
                        targets.add(response.target());
                    }
                }
            }
        }
        return targets;
    }

    private static List<Path> warcFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    /** Installs warcio from the npm registry and lists every response record's target URI with it. */
    private List<String> warcioResponseTargets(Path dir) throws Exception {
        run(npm, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "warcio");
        Path warcio = npm.resolve("node_modules/.bin/warcio");
        assertThat(warcio).as("npm installed warcio's command").exists();
        List<String> targets = new ArrayList<>();
        for (Path file : warcFiles(dir)) {
            String out = run(npm, warcio.toString(), "index", file.toString());
            for (String line : out.split("\n")) {
                if (line.contains("\"warc-type\":\"response\"")) {
                    targets.add(line.replaceAll(".*\"warc-target-uri\":\"([^\"]*)\".*", "$1"));
                }
            }
        }
        return targets;
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finishes").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + " failed:\n" + out).isZero();
        return out;
    }
}
