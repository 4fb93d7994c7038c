package vn.portalassessor.confirm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only journal of the confirmation rounds, {@code confirm/journal.jsonl}: one JSON line
 * per {@link JournalEntry}. Each entry is written whole with one append and forced to disk
 * ({@code fsync}) before {@link #append} returns, under an exclusive file lock, so a process killed
 * at any moment leaves every earlier entry intact and at most one cut last line. Reading skips that
 * cut line (the entry it held was never acknowledged); the next append cuts it off first. A bad line
 * anywhere else means the file was damaged by something other than a crash, and reading fails naming
 * the line. Thread-safe across processes for appends.
 */
public final class Journal {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends one entry and returns only once it is on disk. */
    public void append(JournalEntry entry) {
        byte[] line;
        try {
            line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode a journal entry", e);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
                 FileLock lock = ch.lock()) {
                long end = completeLength(ch);
                if (end != ch.size()) {
                    ch.truncate(end);
                }
                ByteBuffer buf = ByteBuffer.wrap(line);
                long pos = end;
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the confirmation journal " + file
                    + " (nothing was recorded; check the disk and run the command again)", e);
        }
    }

    /** Every complete entry, in order; a missing journal reads as empty. */
    public List<JournalEntry> read() {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confirmation journal " + file, e);
        }
        int start = 0;
        int lineNo = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNo++;
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            start = i + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, JournalEntry.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(file + ":" + lineNo + ": not a journal entry ("
                        + e.getOriginalMessage() + "); the journal was damaged outside the assessor — restore it from a backup");
            }
        }
        // bytes after the last newline: an entry cut by a crash, never acknowledged
        return entries;
    }

    /** The length up to and including the last newline. */
    private static long completeLength(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return 0;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long p = size - 1; p >= 0; p--) {
            one.clear();
            ch.read(one, p);
            if (one.get(0) == '\n') {
                return p + 1;
            }
        }
        return 0;
    }
}
