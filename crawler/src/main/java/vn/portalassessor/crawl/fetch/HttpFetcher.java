package vn.portalassessor.crawl.fetch;

import java.io.Closeable;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import vn.portalassessor.crawl.CrawlPolicy;
import vn.portalassessor.crawl.scope.AddressGuard;

/**
 * Fetches single URLs with one shared HttpClient 5 async client configured from a
 * {@link CrawlPolicy}: our user agent, the policy's timeouts and size cap, no automatic redirects,
 * retries or cookies, bodies kept as sent (no decompression), and every resolved address passed
 * through the {@link AddressGuard}. Thread-safe; close it when the crawl ends.
 */
public final class HttpFetcher implements Closeable {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ACCEPT_LANGUAGE = "vi,en;q=0.5";
    /** Where the request interceptor leaves the headers as they went out, for the WARC request record. */
    private static final String SENT_HEADERS = "portal-assessor.sent-headers";

    private final CrawlPolicy policy;
    private final AddressGuard guard;
    private final DnsResolver resolver;
    private final CloseableHttpAsyncClient client;
    /** Started on the first TLS failure: fetches the page anyway, without verifying the certificate. */
    private CloseableHttpAsyncClient lenientClient;

    /** What a TLS probe found per host:port: the only old version it speaks, or empty. */
    private final java.util.Map<String, java.util.Optional<String>> legacyOnly = new java.util.concurrent.ConcurrentHashMap<>();

    private HttpFetcher(CrawlPolicy policy) {
        this.policy = policy;
        if (policy.legacyTls()) {
            LegacyTls.allowJvmWide();
        }
        this.guard = policy.addressGuard();
        this.resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return guard.resolve(host)[0].getCanonicalHostName();
            }
        };
        this.client = client(policy, resolver, ClientTlsStrategyBuilder.create()
                .setSslContext(org.apache.hc.core5.ssl.SSLContexts.createDefault())
                .setTlsVersions(tlsVersions(policy))
                .buildAsync());
    }

    /**
     * One async client. TCP_NODELAY is on: without it, a small request written in two segments waits
     * for the server's delayed ACK (about 40 ms per request on loopback, measured by the bench module).
     */
    private static CloseableHttpAsyncClient client(CrawlPolicy policy, DnsResolver resolver, TlsStrategy tls) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setMaxConnPerRoute(policy.maxConnectionsPerHost())
                .setMaxConnTotal(Math.max(8, policy.maxConnections()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(policy.connectTimeout()))
                        .setSocketTimeout(Timeout.of(policy.responseTimeout()))
                        .build());
        if (tls != null) {
            pool.setTlsStrategy(tls);
        }
        CloseableHttpAsyncClient c = HttpAsyncClients.custom()
                .setConnectionManager(pool.build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(2).setTcpNoDelay(true).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(policy.responseTimeout()))
                        .build())
                .disableAutomaticRetries()
                .disableContentCompression() // bodies are kept as sent; ContentDecoding reads them
                .addRequestInterceptorLast((request, entity, context) -> context.setAttribute(SENT_HEADERS,
                        java.util.Arrays.stream(request.getHeaders()).map(h -> Map.entry(h.getName(), h.getValue())).toList()))
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
        c.start();
        return c;
    }

    /** TLS 1.3 and 1.2; 1.1 and 1.0 too with {@code --legacy-tls}. */
    private static String[] tlsVersions(CrawlPolicy policy) {
        return policy.legacyTls() ? new String[] {"TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1"}
                : new String[] {"TLSv1.3", "TLSv1.2"};
    }

    private synchronized CloseableHttpAsyncClient lenientClient() {
        if (lenientClient == null) {
            try {
                TlsStrategy trustAll = ClientTlsStrategyBuilder.create()
                        .setSslContext(SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build())
                        .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                        .setTlsVersions(tlsVersions(policy))
                        .buildAsync();
                lenientClient = client(policy, resolver, trustAll);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JVM cannot build a TLS context: " + e.getMessage(), e);
            }
        }
        return lenientClient;
    }

    /** The addresses this fetcher may reach; browsers of the same crawl are held to it too. */
    public AddressGuard guard() {
        return guard;
    }

    /** A fetcher for this policy; one per crawl. */
    public static HttpFetcher create(CrawlPolicy policy) {
        return new HttpFetcher(policy);
    }

    /**
     * GETs {@code url}; never throws for what the server or the network did. The host is checked
     * against the address guard first, on every call, so each redirect hop is checked even when a
     * pooled connection would skip name resolution. A certificate the JVM does not trust (expired,
     * self-signed, wrong name) is recorded in {@link FetchedResponse#tlsProblem()} and the page is
     * fetched anyway without verification, because an agency's broken certificate is a fact to
     * report, not a reason to judge nothing.
     */
    public FetchOutcome get(URI url) {
        Instant at = Instant.now();
        if (url.getHost() == null) {
            return new FetchFailure(url, at, FetchFailure.Kind.ERROR, "no host in " + url);
        }
        try {
            guard.resolve(url.getHost());
        } catch (UnknownHostException e) {
            return failure(url, at, e);
        }
        FetchOutcome outcome = get(client, url, at);
        if (outcome instanceof FetchFailure f && f.kind() == FetchFailure.Kind.TLS && "https".equalsIgnoreCase(url.getScheme())) {
            FetchOutcome lenient = get(lenientClient(), url, at);
            if (lenient instanceof FetchedResponse r) {
                return r.withTlsProblem(f.message());
            }
            if (!policy.legacyTls() && refusedOurVersions(f.message())) {
                Optional<String> old = legacyOnly.computeIfAbsent(url.getHost() + ":" + port(url),
                        k -> LegacyTls.probe(url.getHost().replaceAll("^\\[|\\]$", ""), port(url), policy.connectTimeout()));
                if (old.isPresent()) {
                    return new FetchFailure(url, at, FetchFailure.Kind.TLS, "máy chủ chỉ hỗ trợ " + LegacyTls.label(old.get())
                            + " (giao thức cũ, không an toàn); chạy lại với --legacy-tls để vẫn thu thập (" + f.message() + ")");
                }
            }
        }
        return outcome;
    }

    /** Whether a handshake failed because the server would not speak TLS 1.2 or 1.3. */
    private static boolean refusedOurVersions(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("protocol_version") || m.contains("protocol version") || m.contains("no appropriate protocol");
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private FetchOutcome get(CloseableHttpAsyncClient via, URI url, Instant at) {
        List<Map.Entry<String, String>> requestHeaders = new ArrayList<>();
        requestHeaders.add(Map.entry("Host", hostHeader(url)));
        requestHeaders.add(Map.entry("User-Agent", policy.userAgent()));
        requestHeaders.add(Map.entry("Accept", ACCEPT));
        requestHeaders.add(Map.entry("Accept-Language", ACCEPT_LANGUAGE));
        requestHeaders.add(Map.entry("Accept-Encoding", ContentDecoding.ACCEPTED));
        SimpleRequestBuilder builder = SimpleRequestBuilder.get(url);
        requestHeaders.stream().skip(1).forEach(h -> builder.setHeader(h.getKey(), h.getValue()));
        SimpleHttpRequest request = builder.build();

        HttpClientContext context = HttpClientContext.create();
        CappedBodyConsumer consumer = new CappedBodyConsumer(policy.maxResponseBytes());
        Future<CappedBodyConsumer.Result> future =
                via.execute(SimpleRequestProducer.create(request), consumer, context, null);
        long waitMillis = policy.connectTimeout().toMillis() + policy.responseTimeout().toMillis() + 5_000;
        try {
            return response(url, at, requestHeaders, future.get(waitMillis, TimeUnit.MILLISECONDS), context,
                    policy.maxResponseBytes());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBodyConsumer.BodyCapReached && consumer.partial() != null) {
                return response(url, at, requestHeaders, consumer.partial(), context, policy.maxResponseBytes());
            }
            return failure(url, at, cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new FetchFailure(url, at, FetchFailure.Kind.TIMEOUT, "no complete answer within " + waitMillis + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new FetchFailure(url, at, FetchFailure.Kind.ERROR, "interrupted");
        }
    }

    /**
     * The answer with its body decoded from any Content-Encoding (at most {@code maxBytes} decoded) and
     * kept as sent too; the request headers as they went out (Host first, then what the client sent).
     */
    private static FetchedResponse response(URI url, Instant at, List<Map.Entry<String, String>> requestHeaders,
                                            CappedBodyConsumer.Result r, HttpClientContext context, long maxBytes) {
        String coding = r.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Encoding"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        ContentDecoding.Decoded decoded = ContentDecoding.decode(coding, r.body(), maxBytes);
        return new FetchedResponse(url, at, r.status(), r.reason(), r.protocol(), r.headers(), sent(requestHeaders, context),
                decoded.body(), r.truncated() || decoded.truncated(), remoteAddress(context), "", r.body(),
                context.getSSLSession() == null ? "" : context.getSSLSession().getProtocol());
    }

    @SuppressWarnings("unchecked")
    private static List<Map.Entry<String, String>> sent(List<Map.Entry<String, String>> asked, HttpClientContext context) {
        Object sent = context.getAttribute(SENT_HEADERS);
        if (!(sent instanceof List<?> list) || list.isEmpty()) {
            return asked;
        }
        List<Map.Entry<String, String>> all = new ArrayList<>();
        List<Map.Entry<String, String>> headers = (List<Map.Entry<String, String>>) list;
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
            all.add(asked.get(0)); // the connection writes Host from the request's authority
        }
        all.addAll(headers);
        return all;
    }

    private static String remoteAddress(HttpClientContext context) {
        EndpointDetails details = context.getEndpointDetails();
        SocketAddress remote = details == null ? null : details.getRemoteAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return "";
    }

    static FetchFailure failure(URI url, Instant at, Throwable cause) {
        String message = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        FetchFailure.Kind kind;
        if (cause instanceof AddressGuard.RefusedAddressException) {
            kind = FetchFailure.Kind.ADDRESS_REFUSED;
            message = cause.getMessage();
        } else if (cause instanceof UnknownHostException) {
            kind = FetchFailure.Kind.DNS;
        } else if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            kind = FetchFailure.Kind.REFUSED;
        } else if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException) {
            kind = FetchFailure.Kind.TIMEOUT;
        } else if (cause instanceof SSLException) {
            kind = FetchFailure.Kind.TLS;
        } else {
            kind = FetchFailure.Kind.ERROR;
        }
        return new FetchFailure(url, at, kind, message);
    }

    private static String hostHeader(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        synchronized (this) {
            if (lenientClient != null) {
                lenientClient.close(CloseMode.GRACEFUL);
            }
        }
    }
}
