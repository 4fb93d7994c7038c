package vn.portalassessor.crawl.fetch;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Security;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * TLS 1.0 and 1.1, which many older government servers still speak alone. Two things: a probe that
 * tells which old version a server that refused our TLS 1.2/1.3 handshake speaks (a hand-written
 * ClientHello on a plain socket, so it works whatever the JVM allows), so the report can say
 * "chỉ hỗ trợ TLS 1.0" either way; and, for {@code --legacy-tls}, lifting the JDK's ban on those
 * versions. The ban ({@code jdk.tls.disabledAlgorithms} in {@code java.security}) is read once per
 * JVM when TLS is first used, so the lift is JVM-wide and must come before any TLS connection; it
 * is done only when the option is given.
 */
public final class LegacyTls {

    private static final List<String> OLD_VERSIONS = List.of("TLSv1", "TLSv1.1");
    private static final String DISABLED = "jdk.tls.disabledAlgorithms";

    private LegacyTls() {
    }

    /** Whether a negotiated protocol name ({@code SSLSession#getProtocol}) is TLS 1.0 or 1.1. */
    public static boolean isLegacy(String protocol) {
        return protocol != null && OLD_VERSIONS.contains(protocol);
    }

    /** "TLS 1.0" for {@code TLSv1}, "TLS 1.1" for {@code TLSv1.1}. */
    public static String label(String protocol) {
        return "TLSv1".equals(protocol) ? "TLS 1.0" : protocol.replace("TLSv", "TLS ");
    }

    /**
     * Lets this JVM's TLS speak 1.0 and 1.1, by taking them out of {@code jdk.tls.disabledAlgorithms}.
     *
     * @throws IllegalStateException when TLS was already in use and the JVM kept its first settings
     */
    public static synchronized void allowJvmWide() {
        String disabled = Security.getProperty(DISABLED);
        if (disabled != null) {
            String kept = Arrays.stream(disabled.split(","))
                    .map(String::trim)
                    .filter(t -> !OLD_VERSIONS.contains(t))
                    .collect(Collectors.joining(", "));
            Security.setProperty(DISABLED, kept);
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, null, null);
            List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
            if (!supported.containsAll(OLD_VERSIONS)) {
                throw new IllegalStateException("TLS 1.0/1.1 could not be enabled: this JVM used TLS before "
                        + "--legacy-tls took effect (supported: " + supported + ")");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * Asks a server for TLS 1.1 with a hand-written ClientHello and returns the version its
     * ServerHello names ({@code TLSv1.1} or {@code TLSv1}); empty when it answers otherwise (an alert,
     * nothing, a newer version) or cannot be reached.
     */
    public static Optional<String> probe(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(clientHello(host));
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int contentType = in.readUnsignedByte();
            in.readUnsignedShort(); // record version
            in.readUnsignedShort(); // record length
            if (contentType != 0x16 || in.readUnsignedByte() != 0x02) { // handshake, ServerHello
                return Optional.empty();
            }
            in.readUnsignedByte();
            in.readUnsignedShort(); // handshake length
            int version = in.readUnsignedShort();
            return switch (version) {
                case 0x0302 -> Optional.of("TLSv1.1");
                case 0x0301 -> Optional.of("TLSv1");
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A TLS 1.1 ClientHello offering the CBC suites old servers have, with SNI for a host name. */
    private static byte[] clientHello(String host) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0x03);
        body.write(0x02); // client_version TLS 1.1
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        int[] suites = {0xC013, 0xC014, 0xC009, 0xC00A, 0x002F, 0x0035, 0x0033, 0x0039, 0x000A, 0x0005, 0x0004};
        writeShort(body, suites.length * 2);
        for (int s : suites) {
            writeShort(body, s);
        }
        body.write(1);
        body.write(0); // compression: null
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        if (!host.isEmpty() && !Character.isDigit(host.charAt(host.length() - 1)) && !host.contains(":")) {
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            writeShort(ext, 0x0000); // server_name
            writeShort(ext, name.length + 5);
            writeShort(ext, name.length + 3);
            ext.write(0);
            writeShort(ext, name.length);
            ext.writeBytes(name);
        }
        writeShort(ext, 0x000A); // supported_groups: secp256r1, secp384r1
        writeShort(ext, 6);
        writeShort(ext, 4);
        writeShort(ext, 0x0017);
        writeShort(ext, 0x0018);
        writeShort(ext, 0x000B); // ec_point_formats: uncompressed
        writeShort(ext, 2);
        ext.write(1);
        ext.write(0);
        writeShort(body, ext.size());
        body.writeBytes(ext.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        record.write(0x03);
        record.write(0x01);
        writeShort(record, body.size() + 4);
        record.write(0x01); // ClientHello
        record.write(0);
        writeShort(record, body.size());
        record.writeBytes(body.toByteArray());
        return record.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v >> 8 & 0xFF);
        out.write(v & 0xFF);
    }
}
