package vn.portalassessor.crawl.warc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import vn.portalassessor.crawl.fetch.FetchedResponse;

/**
 * Writes one agency's evidence into {@code <prefix>-NNNNN.warc.gz} files in its folder, starting a
 * new file when the current one passes the size limit. jwarc builds and serialises each record;
 * {@link GzipMembers} compresses it into a gzip member of its own, written in one call. A reopened
 * archive (a resumed crawl, a later probe) never appends to an existing file, whose last record a
 * crash may have cut: it starts the next number. Thread-safe.
 */
public final class WarcArchive implements Closeable {

    /** Default size at which a new file is started: 1 GiB, as common WARC practice. */
    public static final long DEFAULT_ROTATE_BYTES = 1L << 30;

    private static final Pattern NUMBERED = Pattern.compile(".*-(\\d{5})\\.warc\\.gz");

    private final Path dir;
    private final String prefix;
    private final long rotateBytes;
    private int number;
    private FileChannel channel;
    private String fileName;
    private long position;
    /** A record serialised uncompressed, before it is compressed into its member. */
    private final RecordBuffer plain = new RecordBuffer();
    private final WarcWriter serializer;
    private GzipMembers gzip;
    private final MessageDigest sha1;

    public WarcArchive(Path dir, String prefix, long rotateBytes) {
        this.dir = dir;
        this.prefix = prefix;
        this.rotateBytes = rotateBytes;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                this.number = files.map(p -> NUMBERED.matcher(p.getFileName().toString()))
                        .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
            }
            this.serializer = new WarcWriter(Channels.newChannel(plain), WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the evidence folder " + dir, e);
        }
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** Archives a request/response pair; returns where the response record is. */
    public synchronized ArchivedRecord write(FetchedResponse response) throws IOException {
        ensureOpen();
        URI target = response.url();
        byte[] requestBlock = requestBlock(response);
        WarcRequest request = new WarcRequest.Builder(target)
                .version(MessageVersion.WARC_1_1)
                .date(response.fetchedAt())
                .blockDigest(sha1(requestBlock))
                .body(MediaType.HTTP_REQUEST, requestBlock)
                .build();
        byte[] responseBlock = responseBlock(response);
        WarcResponse.Builder builder = new WarcResponse.Builder(target)
                .version(MessageVersion.WARC_1_1)
                .date(response.fetchedAt())
                .concurrentTo(request.id())
                .blockDigest(sha1(responseBlock))
                .payloadDigest(sha1(response.wireBody()))
                .body(MediaType.HTTP_RESPONSE, responseBlock);
        if (!response.remoteAddress().isEmpty()) {
            builder.ipAddress(InetAddress.getByName(response.remoteAddress()));
        }
        if (response.truncated()) {
            builder.truncated(WarcTruncationReason.LENGTH);
        }
        WarcResponse warcResponse = builder.build();
        long offset = append(warcResponse);
        append(request);
        ArchivedRecord where = new ArchivedRecord(fileName, offset, ArchivedRecord.idOf(warcResponse));
        rotateIfFull();
        return where;
    }

    /**
     * Archives a file the assessor made about a page (a screenshot), linked to the page's response
     * record by {@code WARC-Concurrent-To}.
     */
    public synchronized ArchivedRecord writeResource(URI target, Instant date, String mediaType, byte[] content,
                                                     String concurrentTo) throws IOException {
        ensureOpen();
        WarcResource.Builder builder = new WarcResource.Builder(target)
                .version(MessageVersion.WARC_1_1)
                .date(date)
                .blockDigest(sha1(content))
                .body(MediaType.parse(mediaType), content);
        if (concurrentTo != null) {
            builder.concurrentTo(URI.create(concurrentTo.replaceAll("^<|>$", "")));
        }
        WarcResource resource = builder.build();
        long offset = append(resource);
        ArchivedRecord where = new ArchivedRecord(fileName, offset, ArchivedRecord.idOf(resource));
        rotateIfFull();
        return where;
    }

    /** Writes a record as the next gzip member of the current file; returns the member's offset. */
    private long append(WarcRecord record) throws IOException {
        plain.reset();
        serializer.write(record);
        long offset = position;
        position += gzip.write(plain.bytes(), plain.size(), channel);
        return offset;
    }

    private void ensureOpen() throws IOException {
        if (channel == null) {
            fileName = String.format("%s-%05d.warc.gz", prefix, number++);
            channel = FileChannel.open(dir.resolve(fileName), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            position = 0;
            gzip = new GzipMembers(Deflater.BEST_SPEED);
        }
    }

    private void rotateIfFull() throws IOException {
        if (position >= rotateBytes) {
            closeCurrent();
        }
    }

    private void closeCurrent() throws IOException {
        if (channel != null) {
            gzip.close();
            channel.close();
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeCurrent();
    }

    /** A byte buffer whose contents are read in place. */
    private static final class RecordBuffer extends ByteArrayOutputStream {
        RecordBuffer() {
            super(64 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }

    private static byte[] requestBlock(FetchedResponse r) {
        URI u = r.url();
        String target = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        StringBuilder s = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> h : r.requestHeaders()) {
            s.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        s.append("\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The response as sent: status line, headers (Transfer-Encoding dropped, Content-Length set), and
     * the body as it came over the wire, still content-encoded (gzip) when the server encoded it, so
     * the Content-Encoding header describes the bytes that follow, as replay tools (warcio, pywb) and
     * WARC's own definition of the payload expect.
     */
    private static byte[] responseBlock(FetchedResponse r) {
        StringBuilder head = new StringBuilder(r.protocol()).append(' ').append(r.status());
        if (!r.reason().isEmpty()) {
            head.append(' ').append(r.reason());
        }
        head.append("\r\n");
        for (Map.Entry<String, String> h : r.headers()) {
            if (h.getKey().equalsIgnoreCase("Transfer-Encoding") || h.getKey().equalsIgnoreCase("Content-Length")) {
                continue;
            }
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        byte[] body = r.wireBody();
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private WarcDigest sha1(byte[] bytes) {
        sha1.reset();
        sha1.update(bytes);
        return new WarcDigest(sha1);
    }
}
