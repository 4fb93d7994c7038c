package vn.portalassessor.bench;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * Measures one request's latency with HttpClient 5 async against the JDK HttpServer on loopback,
 * with TCP_NODELAY off (HttpClient's default) and on: the cause of the ~40 ms per request the
 * crawler once paid (Nagle's algorithm holding the request's second segment until the server's
 * delayed ACK).
 */
final class NagleProbe {

    private NagleProbe() {
    }

    /** Mean milliseconds per sequential GET of {@code url}, after a warm-up. */
    static double meanMillis(URI url, boolean tcpNoDelay, int requests) throws Exception {
        try (CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(tcpNoDelay).build()).build()) {
            client.start();
            for (int i = 0; i < 5; i++) {
                get(client, url);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                get(client, url);
            }
            return (System.nanoTime() - t0) / 1e6 / requests;
        }
    }

    private static void get(CloseableHttpAsyncClient client, URI url) throws Exception {
        SimpleHttpRequest request = SimpleRequestBuilder.get(url).setHeader("User-Agent", "bench").build();
        client.execute(request, null).get(30, TimeUnit.SECONDS);
    }
}
