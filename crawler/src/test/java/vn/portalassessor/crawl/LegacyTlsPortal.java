package vn.portalassessor.crawl;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import vn.portalassessor.crawl.fetch.LegacyTls;

/**
 * The crawl {@link LegacyTlsTest} runs in a child JVM, because lifting the JDK's ban on TLS 1.0 is
 * JVM-wide and must come before the first TLS connection: serves a portal over TLS 1.0 only (the
 * key made by keytool in the test) and crawls it, with or without {@code --legacy-tls}.
 * {@code LegacyTlsPortal <keystore.p12> <runDir> <legacyTls true|false>}; prints the summary.
 */
public final class LegacyTlsPortal {

    private LegacyTlsPortal() {
    }

    public static void main(String[] args) throws Exception {
        LegacyTls.allowJvmWide(); // the server below must speak TLS 1.0; the crawl without the option still must not
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[0])) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1"});
        Thread serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    String path = head(s.getInputStream()).split(" ", 3)[1];
                    byte[] body = path.equals("/")
                            ? "<!DOCTYPE html><html lang=\"vi\"><head><title>Ủy ban nhân dân huyện</title></head><body><h1>Cổng thông tin điện tử huyện</h1></body></html>"
                            .getBytes(StandardCharsets.UTF_8) : new byte[0];
                    String status = path.equals("/") ? "200 OK" : "404 Not Found";
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                } catch (Exception e) {
                    // a refused handshake: the next client is served
                }
            }
        }, "tls10-portal");
        serving.setDaemon(true);
        serving.start();

        CrawlPolicy policy = CrawlPolicy.builder().delayPerHost(Duration.ZERO).allowPrivateAddresses(true)
                .connectTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(5))
                .legacyTls(Boolean.parseBoolean(args[2])).build();
        CrawlSummary summary;
        try (Crawler crawler = Crawler.create(policy)) {
            summary = crawler.crawl(new CrawlTarget("ubnd-huyen", List.of(URI.create("https://localhost:" + server.getLocalPort() + "/")),
                    List.of()), Path.of(args[1]), false, CrawlListener.NONE);
        }
        server.close();
        System.out.println("status=" + summary.status());
        summary.notes().forEach(n -> System.out.println("note=" + n));
    }

    private static String head(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0D0A0D0A && (b = in.read()) >= 0) {
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
