package vn.portalassessor.crawl.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.portalassessor.crawl.scope.AddressGuard;

/** What a rendered page's requests may reach goes by the crawl's address guard (issue 4, safety). */
class GuardedProxyTest {

    private static HttpServer portal;
    private static int port;

    @BeforeAll
    static void serve() throws IOException {
        portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/", ex -> HtmlAnswer.send(ex, "<p>Sở Tư pháp: " + ex.getRequestMethod() + " "
                + ex.getRequestURI() + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "</p>"));
        portal.start();
        port = portal.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        portal.stop(0);
    }

    private static String exchange(GuardedProxy proxy, String request) throws IOException {
        URI address = URI.create(proxy.address());
        try (Socket s = new Socket(address.getHost(), address.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void plainHttpRequestIsForwardedInOriginFormWithItsBody() throws IOException {
        try (GuardedProxy proxy = GuardedProxy.start(new AddressGuard(true))) {
            String answer = exchange(proxy, "POST http://127.0.0.1:" + port + "/tim-kiem?q=ho+tich HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\nProxy-Connection: keep-alive\r\nContent-Length: 9\r\n\r\ntu=khoa\r\n");

            assertThat(answer).startsWith("HTTP/1.1 200").contains("Sở Tư pháp: POST /tim-kiem?q=ho+tich tu=khoa\r\n");
        }
    }

    @Test
    void requestToARefusedAddressIsAnsweredForbiddenAndRemembered() throws IOException {
        try (GuardedProxy proxy = GuardedProxy.start(new AddressGuard(false))) {
            String answer = exchange(proxy, "GET http://127.0.0.1:" + port + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 403").contains("127.0.0.1 resolves to 127.0.0.1");
            assertThat(proxy.refusals()).singleElement().asString().startsWith("127.0.0.1 (");
        }
    }

    @Test
    void tunnelOpensOnlyToAPermittedAddress() throws IOException {
        try (GuardedProxy open = GuardedProxy.start(new AddressGuard(false, Set.of("localhost")));
             GuardedProxy closed = GuardedProxy.start(new AddressGuard(false))) {
            String tunnelled = exchange(open, "CONNECT localhost:" + port + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /gioi-thieu HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String refused = exchange(closed, "CONNECT localhost:" + port + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertThat(tunnelled).startsWith("HTTP/1.1 200 Connection Established").contains("Sở Tư pháp: GET /gioi-thieu");
            assertThat(refused).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void proxyBoundWhereGridNodesReachItTellsBrowsersThatAddressAndServesThere() throws IOException {
        // 127.0.0.2 stands for the address of this machine on the Grid's network: not the default 127.0.0.1
        InetSocketAddress binding = new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0);
        try (GuardedProxy proxy = GuardedProxy.start(new AddressGuard(false, Set.of("localhost")), binding)) {
            String answer = exchange(proxy, "GET http://localhost:" + port + "/van-ban HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String refused = exchange(proxy, "GET http://127.0.0.1:" + port + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

            assertThat(proxy.address()).matches("http://127\\.0\\.0\\.2:\\d+");
            assertThat(answer).startsWith("HTTP/1.1 200").contains("Sở Tư pháp: GET /van-ban");
            assertThat(refused).as("the same guard holds on the Grid's address").startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void aBindingThatIsTakenIsAnErrorNamingTheAddress() throws IOException {
        try (GuardedProxy first = GuardedProxy.start(new AddressGuard(true))) {
            URI taken = URI.create(first.address());
            InetSocketAddress same = new InetSocketAddress(InetAddress.getByName(taken.getHost()), taken.getPort());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GuardedProxy.start(new AddressGuard(true), same))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot start the browser proxy on 127.0.0.1:" + taken.getPort());
        }
    }

    @Test
    void whatIsNotAProxyRequestIsABadRequest() throws IOException {
        try (GuardedProxy proxy = GuardedProxy.start(new AddressGuard(true))) {
            assertThat(exchange(proxy, "GET /khong-tuyet-doi HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 400");
            assertThat(exchange(proxy, "CONNECT localhost:abc HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400");
            assertThat(exchange(proxy, "rác\r\n\r\n")).startsWith("HTTP/1.1 400");
        }
    }
}
