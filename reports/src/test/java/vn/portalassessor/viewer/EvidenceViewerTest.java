package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.portalassessor.report.SampleRun;

/**
 * Contract §4 route by route: the inspector's token, Bộ Tư pháp's token and no token. Requests go out
 * on a raw socket so every path reaches the server spelled exactly as written here.
 */
@DisplayName("assessor serve: who may read what")
class EvidenceViewerTest {

    @TempDir
    static Path run;

    private static EvidenceViewer viewer;
    private static ViewerTokens tokens;

    @BeforeAll
    static void start() throws IOException {
        SampleRun.write(run);
        tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        viewer.close();
    }

    @ParameterizedTest(name = "{0}: inspector {1}, Bộ Tư pháp {2}, no token {3}")
    @CsvSource({
            "/report/index.html,                                          200, 200, 401",
            "/report/agency/bo-tu-phap.html,                              200, 200, 401",
            "/report/agency/bo-y-te.html,                                 200, 403, 401",
            "/report/agency/tinh-quang-binh.html,                         200, 403, 401",
            "/evidence/bo-tu-phap/screenshots/co-cau.png,                 200, 200, 401",
            "/evidence/bo-tu-phap/bo-tu-phap-00000.warc.gz,               200, 200, 401",
            "/evidence/bo-y-te/screenshots/co-cau.png,                    200, 403, 401",
            "/evidence/bo-y-te/bo-y-te-00000.warc.gz,                     200, 403, 401",
            "/evidence/bo-tu-phap/../bo-y-te/screenshots/co-cau.png,      403, 403, 401",
            "/report/agency/../../evidence/bo-y-te/screenshots/co-cau.png, 403, 403, 401",
            "/evidence/bo-tu-phap/%2e%2e/bo-y-te/screenshots/co-cau.png,  403, 403, 401",
            "/evidence/bo-tu-phap%2F..%2Fbo-y-te/screenshots/co-cau.png,  403, 403, 401",
            "/evidence/bo-tu-phap%2f..%2fbo-y-te/bo-y-te-00000.warc.gz,   403, 403, 401",
            "/evidence/bo-tu-phap%252F..%252Fbo-y-te/screenshots/co-cau.png, 403, 403, 401",
            "/evidence/bo-tu-phap/..%5cbo-y-te/screenshots/co-cau.png,    403, 403, 401",
            "/evidence/BO-Y-TE/screenshots/co-cau.png,                    404, 403, 401",
            "/report/agency/BO-Y-TE.html,                                 404, 403, 401",
            "/report/agency/Bo-Tu-Phap.html,                              404, 403, 401",
            "/Report/index.html,                                          404, 403, 401",
            "//evidence/bo-y-te/screenshots/co-cau.png,                   403, 403, 401",
            "/report/./agency/bo-y-te.html,                               403, 403, 401",
            "/evidence/bo-y-te/,                                          403, 403, 401",
            "/evidence/bo-tu-phap/screenshots/khong-co.png,               404, 404, 401",
            "/results.json,                                               200, 403, 401",
            "/results.csv,                                                200, 200, 401",
            "/ranking.xlsx,                                               200, 403, 401",
            "/report/method.html,                                         200, 200, 401",
            "/report/assets/report.js,                                    200, 200, 401",
            "/report/matrix.html,                                         200, 403, 401",
            "/report/criterion/C3.01.html,                                200, 403, 401",
            "/archive/bo-y-te/0000,                                       404, 403, 401",
            "/viewer-tokens.json,                                         404, 403, 401",
            "/viewer-access.log,                                          404, 403, 401",
            "/run.json,                                                   404, 403, 401"
    })
    void answersEachRouteByWhoAsks(String path, int inspector, int agency, int none) throws IOException {
        assertThat(get(path, "Authorization: Bearer " + tokens.inspector()).status()).as("inspector " + path).isEqualTo(inspector);
        assertThat(get(path, "Authorization: Bearer " + tokens.agencies().get("bo-tu-phap")).status()).as("bo-tu-phap " + path)
                .isEqualTo(agency);
        assertThat(get(path).status()).as("no token " + path).isEqualTo(none);
    }

    @Test
    void anUnknownTokenIsRefusedLikeNoToken() throws IOException {
        assertThat(get("/report/index.html", "Authorization: Bearer gia-mao").status()).isEqualTo(401);
        assertThat(get("/report/index.html?token=gia-mao").status()).isEqualTo(401);
    }

    @Test
    void aTokenInTheQuerySetsAnHttpOnlyCookieThatThenReadsOnlyTheAgencysOwnFiles() throws IOException {
        Response login = get("/report/agency/bo-tu-phap.html?token=" + tokens.agencies().get("bo-tu-phap"));
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.header("Location")).isEqualTo("/report/agency/bo-tu-phap.html");
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie).startsWith(EvidenceViewer.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .doesNotContain(tokens.agencies().get("bo-tu-phap"));
        String cookie = "Cookie: " + setCookie.substring(0, setCookie.indexOf(';'));

        Response own = get("/report/agency/bo-tu-phap.html", cookie);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Bộ Tư pháp");
        assertThat(get("/evidence/bo-tu-phap/screenshots/co-cau.png", cookie).status()).isEqualTo(200);
        assertThat(get("/evidence/tinh-quang-binh/screenshots/co-cau.png", cookie).status()).isEqualTo(403);
    }

    @Test
    void aRefusalIsWrittenToTheAccessLogWithWhoAskedAndWhat() throws IOException {
        get("/evidence/tinh-ha-giang/tinh-ha-giang-00000.warc.gz", "Authorization: Bearer " + tokens.agencies().get("bo-y-te"));

        List<String> log = Files.readAllLines(run.resolve(EvidenceViewer.ACCESS_LOG), StandardCharsets.UTF_8);
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains(" 403 agency bo-y-te ")
                .contains("GET /evidence/tinh-ha-giang/tinh-ha-giang-00000.warc.gz (another agency's evidence)"));
    }

    @Test
    void theRootSendsEveryoneWithATokenToTheNationalRanking() throws IOException {
        Response r = get("/", "Authorization: Bearer " + tokens.agencies().get("tinh-quang-binh"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).isEqualTo("/report/index.html");
    }

    @Test
    void tokensSurviveARestartAndANewAgencyGetsItsOwn() throws IOException {
        List<String> more = new ArrayList<>(SampleRun.AGENCIES);
        more.add("tinh-lao-cai");
        ViewerTokens again = ViewerTokens.loadOrCreate(run, more);

        assertThat(again.inspector()).isEqualTo(tokens.inspector());
        assertThat(again.agencies()).containsAllEntriesOf(tokens.agencies()).containsKey("tinh-lao-cai");
        assertThat(again.agencies().get("tinh-lao-cai")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(again.viewerOf(again.agencies().get("tinh-lao-cai"))).contains(Viewer.agency("tinh-lao-cai"));
    }

    record Response(int status, List<String> headers, String body) {

        String header(String name) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    private static Response get(String path, String... headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), viewer.address().getPort())) {
            StringBuilder req = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            List<String> head = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                head.add(line);
            }
            StringBuilder body = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                body.append(buf, 0, n);
            }
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), head, body.toString());
        }
    }
}
