package vn.portalassessor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.report.SampleRun;

/**
 * The viewer under slow, hostile or long-lived clients: slow senders do not starve others and are cut
 * off, a token login never redirects to another host, keep-alive requests are not held back by Nagle's
 * algorithm, and sessions end.
 */
@DisplayName("assessor serve: slow clients, redirects, keep-alive, sessions")
class ViewerUnderLoadTest {

    @TempDir
    static Path run;

    private static EvidenceViewer viewer;
    private static ViewerTokens tokens;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-04T08:00:00Z"));

    @BeforeAll
    static void start() throws IOException {
        SampleRun.write(run);
        tokens = ViewerTokens.loadOrCreate(run, SampleRun.AGENCIES);
        viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), CLOCK);
    }

    @AfterAll
    static void stop() {
        viewer.close();
    }

    @Test
    void clientsTricklingAHeaderByteEveryTwoSecondsDoNotStarveANormalRequest() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), viewer.address().getPort());
                slow.add(s);
            }
            byte[] request = "GET /report/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Cham: ".getBytes(StandardCharsets.US_ASCII);
            int[] sent = {0};
            trickle.scheduleAtFixedRate(() -> {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write(request[Math.min(sent[0], request.length - 1)]);
                        s.getOutputStream().flush();
                    } catch (IOException closedByServer) {
                        // the server cut the slow client off: what the other test expects
                    }
                }
                sent[0]++;
            }, 0, 2, TimeUnit.SECONDS);
            Thread.sleep(500);

            long t0 = System.nanoTime();
            String answer = keepAlive(1, "Authorization: Bearer " + tokens.inspector()).get(0);
            long ms = (System.nanoTime() - t0) / 1_000_000;

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(ms).as("a normal request beside 8 slow clients").isLessThan(2_000);
        } finally {
            trickle.shutdownNow();
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsDisconnectedAfterTheRequestTimeout() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), viewer.address().getPort())) {
            s.setSoTimeout((EvidenceViewer.REQUEST_SECONDS + 5) * 1000);
            s.getOutputStream().write("GET /report/index.html HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            int read;
            try {
                read = s.getInputStream().read();
            } catch (SocketTimeoutException e) {
                read = -2;
            } catch (IOException reset) {
                read = -1;
            }
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            assertThat(read).as("the server closed the connection").isEqualTo(-1);
            assertThat(seconds).isBetween((long) EvidenceViewer.REQUEST_SECONDS - 2, (long) EvidenceViewer.REQUEST_SECONDS + 3);
        }
    }

    @Test
    void aTokenLoginOnADoubleSlashPathRedirectsToThisViewerNotToAnotherHost() throws IOException {
        String token = tokens.agencies().get("bo-tu-phap");
        for (String path : List.of("//other-host/x", "///other-host/x", "//other-host.example:8080/report/index.html")) {
            String head = keepAlive(1, null, path + "?token=" + token).get(0);
            assertThat(head).startsWith("HTTP/1.1 303");
            String location = header(head, "Location");
            assertThat(location).as(path).startsWith("/").doesNotStartWith("//");
        }
        assertThat(header(keepAlive(1, null, "//other-host/x?token=" + token).get(0), "Location")).isEqualTo("/other-host/x");
    }

    @Test
    void aRedirectTargetWithBackslashesOrControlCharactersGoesToTheNationalRanking() {
        assertThat(EvidenceViewer.localRedirect("/\\other-host/x")).isEqualTo("/other-host/x");
        assertThat(EvidenceViewer.localRedirect("/report/\\\\other-host")).isEqualTo("/report/index.html");
        assertThat(EvidenceViewer.localRedirect("/report/\r\nSet-Cookie:x")).isEqualTo("/report/index.html");
        assertThat(EvidenceViewer.localRedirect("/report/agency/bo-tu-phap.html")).isEqualTo("/report/agency/bo-tu-phap.html");
    }

    @Test
    void keepAliveRequestsAreNotHeldBackByNagle() throws IOException {
        keepAlive(5, "Authorization: Bearer " + tokens.inspector());
        List<Long> millis = new ArrayList<>();
        List<String> answers = keepAlive(41, "Authorization: Bearer " + tokens.inspector(), "/report/index.html", millis);

        assertThat(answers).hasSize(41).allSatisfy(a -> assertThat(a).startsWith("HTTP/1.1 200"));
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        long median = millis.stream().sorted().toList().get(millis.size() / 2);
        assertThat(median).as("median ms per keep-alive request (40+ with Nagle and delayed ACK) of " + millis).isLessThan(30);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndAfterEightHoursHoweverBusy() throws IOException {
        String cookie = login();
        assertThat(status(cookie)).isEqualTo(200);
        CLOCK.advance(ViewerSessions.IDLE.minusMinutes(1));
        assertThat(status(cookie)).as("29 minutes idle").isEqualTo(200);
        CLOCK.advance(ViewerSessions.IDLE);
        assertThat(status(cookie)).as("30 minutes idle").isEqualTo(401);

        String busy = login();
        for (Duration used = Duration.ZERO; used.compareTo(ViewerSessions.ABSOLUTE.minusMinutes(20)) < 0; used = used.plusMinutes(20)) {
            CLOCK.advance(Duration.ofMinutes(20));
            assertThat(status(busy)).as("used every 20 minutes, " + used.plusMinutes(20)).isEqualTo(200);
        }
        CLOCK.advance(Duration.ofMinutes(20));
        assertThat(status(busy)).as("8 hours after login").isEqualTo(401);
    }

    @Test
    void endedSessionsAreRemovedFromMemory() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-04T08:00:00Z"));
        ViewerSessions sessions = new ViewerSessions(clock);
        for (int i = 0; i < 500; i++) {
            sessions.open(Viewer.agency("bo-tu-phap"));
        }
        assertThat(sessions.size()).isEqualTo(500);
        clock.advance(ViewerSessions.IDLE);
        String fresh = sessions.open(Viewer.INSPECTOR);
        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.viewerOf(fresh)).contains(Viewer.INSPECTOR);
    }

    private static String login() throws IOException {
        String head = keepAlive(1, null, "/report/index.html?token=" + tokens.inspector()).get(0);
        String setCookie = header(head, "Set-Cookie");
        return "Cookie: " + setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static int status(String cookie) throws IOException {
        return Integer.parseInt(keepAlive(1, cookie).get(0).split(" ")[1]);
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    private static List<String> keepAlive(int count, String header) throws IOException {
        return keepAlive(count, header, "/report/index.html");
    }

    /** {@code count} GETs of {@code path} on one keep-alive connection; each answer's status line and headers. */
    private static List<String> keepAlive(int count, String header, String path) throws IOException {
        return keepAlive(count, header, path, new ArrayList<>());
    }

    private static List<String> keepAlive(int count, String header, String path, List<Long> millis) throws IOException {
        List<String> heads = new ArrayList<>();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), viewer.address().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                String req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (header == null ? "" : header + "\r\n") + "\r\n";
                out.write(req.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String head = readHead(in);
                heads.add(head);
                String length = header(head, "Content-Length");
                in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        return heads;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
