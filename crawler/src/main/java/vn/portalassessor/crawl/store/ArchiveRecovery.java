package vn.portalassessor.crawl.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import vn.portalassessor.crawl.warc.ArchivedRecord;

/**
 * Makes an agency's evidence whole again after a crash (kill -9, power loss) before a resumed crawl
 * goes on. The crawler writes a response to the WARC and then its line to the capture index, so a
 * crash can leave (1) a response archived but not indexed, which is recovered here as a capture so
 * that the page is not fetched, and archived, a second time; and (2) a record cut halfway, which is
 * cut off the file so that every reader can read the archive to its end. Not thread-safe; run it
 * before the crawl reopens the archive.
 */
public final class ArchiveRecovery {

    /** The detail of a recovered capture. */
    public static final String RECOVERED = "khôi phục từ tệp WARC sau khi lượt thu thập bị ngắt";

    private ArchiveRecovery() {
    }

    /**
     * Repairs the WARC files of {@code evidenceDir} and returns the captures of responses the index
     * does not hold, in archive order.
     *
     * @param indexedRecordIds the response record ids the capture index holds
     * @param depth            the depth to give recovered captures (that of the last indexed one)
     */
    public static List<Capture> recover(Path evidenceDir, Set<String> indexedRecordIds, int depth) {
        List<Capture> recovered = new ArrayList<>();
        if (!Files.isDirectory(evidenceDir)) {
            return recovered;
        }
        try (Stream<Path> files = Files.list(evidenceDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList()) {
                recoverFile(file, indexedRecordIds, depth, recovered);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the evidence archive in " + evidenceDir, e);
        }
        return recovered;
    }

    private static void recoverFile(Path file, Set<String> indexed, int depth, List<Capture> recovered) throws IOException {
        long cutAt = -1;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    cutAt = reader.position();
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                long offset = reader.position();
                WarcRecord record = next.get();
                try {
                    Optional<Capture> capture = record instanceof WarcResponse response
                            && !indexed.contains(ArchivedRecord.idOf(response))
                            ? Optional.of(capture(response, file.getFileName().toString(), offset, depth))
                            : Optional.empty();
                    try (InputStream body = record.body().stream()) {
                        body.transferTo(OutputStreamSink.INSTANCE);
                    }
                    capture.ifPresent(recovered::add);
                } catch (IOException | RuntimeException e) {
                    cutAt = offset;
                    break;
                }
            }
        }
        if (cutAt >= 0 && cutAt < Files.size(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(cutAt);
            }
        }
    }

    private static Capture capture(WarcResponse response, String fileName, long offset, int depth) throws IOException {
        var http = response.http();
        long length;
        try (InputStream body = http.body().stream()) {
            // the archive holds the body as sent; the index, as at crawl time, its decoded size
            length = vn.portalassessor.crawl.fetch.ContentDecoding.decode(
                    http.headers().first("Content-Encoding").orElse(null), body.readAllBytes(), vn.portalassessor.crawl.fetch.ContentDecoding.READ_BACK_CAP).body().length;
        }
        return new Capture(URI.create(response.target()), depth, response.date(), http.status(),
                http.headers().first("Content-Type").orElse(""), length,
                response.truncated() != WarcTruncationReason.NOT_TRUNCATED,
                http.headers().first("Location").orElse(""), fileName, offset, ArchivedRecord.idOf(response),
                response.ipAddress().map(java.net.InetAddress::getHostAddress).orElse(""), "", RECOVERED);
    }

    /** Discards bytes read only to check a record is whole. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
