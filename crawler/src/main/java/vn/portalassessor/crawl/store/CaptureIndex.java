package vn.portalassessor.crawl.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's capture index, {@code crawl-state/<agency>/captures.jsonl}: one JSON line per request,
 * flushed as it is written. A crawl killed mid-line leaves at most one cut last line, which
 * {@link #read(Path)} skips; a bad line anywhere else means the file was damaged, and reading it
 * fails naming the line. Thread-safe for appends.
 */
public final class CaptureIndex implements Closeable {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final BufferedWriter out;

    private CaptureIndex(BufferedWriter out) {
        this.out = out;
    }

    /** Opens the index for appending, creating it if needed. */
    public static CaptureIndex openForAppend(Path file) {
        try {
            Files.createDirectories(file.getParent());
            repairCutLastLine(file);
            return new CaptureIndex(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the capture index " + file, e);
        }
    }

    /** Appends one capture and flushes it. */
    public synchronized void append(Capture capture) {
        try {
            out.write(JSON.writeValueAsString(capture));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the capture index", e);
        }
    }

    /** Every complete line of an index, in order; a missing file reads as empty. */
    public static List<Capture> read(Path file) {
        List<Capture> captures = new ArrayList<>();
        if (!Files.exists(file)) {
            return captures;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    captures.add(JSON.readValue(line, Capture.class));
                } catch (JsonProcessingException e) {
                    if (i < lastNonBlank(lines)) {
                        throw new UncheckedIOException(file + ":" + (i + 1) + ": not a capture record: " + e.getOriginalMessage(), e);
                    }
                    // the last line cut by a crash: the request it describes is simply made again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the capture index " + file, e);
        }
        return captures;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Ends a file whose last line a crash cut, so the next append starts on a line of its own. */
    private static void repairCutLastLine(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes[bytes.length - 1] != '\n') {
            Files.write(file, new byte[] {'\n'}, StandardOpenOption.APPEND);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the capture index", e);
        }
    }
}
