package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.viewer.EvidenceViewer;
import vn.portalassessor.viewer.ViewerTokens;

/**
 * The demo through the {@code assessor} command, screenshots on: every MET criterion with page evidence
 * has its screenshot on disk and in the agency's WARC, and the viewer serves it only to its agency.
 */
class DemoEvidenceIT {

    @TempDir
    static Path out;

    private static Assessment results;

    @BeforeAll
    static void runDemo() throws IOException {
        assertThat(AssessorCommand.execute("demo", "--out", out.toString(), "--screenshots", "on")).isZero();
        results = ResultsJson.read(out.resolve("results.json"));
    }

    @Test
    void everyMetCriterionWithPageEvidenceHasAScreenshotOfThatPage() throws IOException {
        assertThat(results.agency("tinh-son-lam").orElseThrow().services())
                .as("the service table survives the screenshot step").isNotEmpty();
        int checked = 0;
        for (AgencyResult a : results.agencies()) {
            for (CategoryResult c : a.categories()) {
                for (CriterionResult r : c.criteria()) {
                    Evidence first = r.evidence().stream().filter(x -> x.url().startsWith("http")).findFirst().orElse(null);
                    for (Evidence e : r.evidence()) {
                        if (r.status() == Status.MET && e == first) {
                            assertThat(e.screenshot()).as(a.id() + " " + r.id() + " " + e.url())
                                    .startsWith("evidence/" + a.id() + "/screenshots/").endsWith(".png");
                            assertThat(ImageIO.read(out.resolve(e.screenshot()).toFile()).getHeight()).isGreaterThan(100);
                            checked++;
                        } else if (r.status() != Status.MET) {
                            assertThat(e.screenshot()).as("no screenshot for " + r.status() + " " + r.id()).isNull();
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(Files.readString(out.resolve("report/agency/" + results.agencies().get(0).id() + ".html")))
                .contains("class=\"thumb\" src=\"../../evidence/" + results.agencies().get(0).id() + "/screenshots/");
    }

    @Test
    void eachScreenshotIsAResourceRecordConcurrentToItsPagesResponse() throws IOException {
        AgencyResult agency = results.agencies().get(0);
        Map<String, String> concurrentTo = new HashMap<>();
        List<Path> warcs;
        try (Stream<Path> files = Files.list(out.resolve("evidence").resolve(agency.id()))) {
            warcs = files.filter(p -> p.toString().endsWith(".warc.gz")).toList();
        }
        for (Path warc : warcs) {
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResource resource && resource.contentType().toString().equals("image/png")) {
                        concurrentTo.put(resource.targetURI().toString(),
                                resource.headers().first("WARC-Concurrent-To").orElse(""));
                    }
                }
            }
        }
        Evidence e = agency.categories().stream().flatMap(c -> c.criteria().stream())
                .filter(r -> r.status() == Status.MET).flatMap(r -> r.evidence().stream())
                .filter(x -> x.screenshot() != null).findFirst().orElseThrow();
        assertThat(concurrentTo).containsEntry("screenshot:" + e.url(), "<" + e.warcRecordId().replaceAll("^<|>$", "") + ">");
    }

    @Test
    void theViewerServesAScreenshotToItsAgencyAndRefusesItToAnother() throws Exception {
        AgencyResult owner = results.agencies().get(0);
        AgencyResult other = results.agencies().get(1);
        String shot = owner.categories().stream().flatMap(c -> c.criteria().stream()).flatMap(r -> r.evidence().stream())
                .filter(x -> x.screenshot() != null).findFirst().orElseThrow().screenshot();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (EvidenceViewer viewer = ServeCommand.open(out, 0, "127.0.0.1", new PrintStream(console, true, StandardCharsets.UTF_8))) {
            ViewerTokens tokens = ViewerTokens.loadOrCreate(out, List.of());
            HttpClient http = HttpClient.newHttpClient();
            URI url = viewer.address().resolve("/" + shot);

            assertThat(status(http, url, tokens.agencies().get(owner.id()))).isEqualTo(200);
            assertThat(status(http, url, tokens.agencies().get(other.id()))).isEqualTo(403);
            assertThat(status(http, url, tokens.inspector())).isEqualTo(200);
            assertThat(status(http, url, null)).isEqualTo(401);
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("Đang phục vụ").contains("127.0.0.1");
        }
    }

    private static int status(HttpClient http, URI url, String token) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(url);
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
