package vn.portalassessor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Checks, before any long work starts, that a folder the assessor will write into can be written: it
 * is created when missing, then a small file is written, forced to disk and removed. So a read-only
 * folder, a path under a regular file or a full disk is reported at once in one line — the folder,
 * the reason and what to do — instead of after hours of crawling, or after a decision was journaled
 * but its outputs could not be written. Stateless.
 */
public final class OutputFolder {

    /** Writes one probe file; replaced in tests to simulate a full disk. */
    @FunctionalInterface
    public interface Probe {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** The real disk. */
    public static final Probe DISK = (file, bytes) -> {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    };

    private static final byte[] PROBE_BYTES = new byte[64 * 1024];

    private OutputFolder() {
    }

    /** A folder the assessor cannot write into, in one line. */
    public static final class NotWritableException extends IllegalStateException {
        public NotWritableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Creates {@code dir} when missing and checks that 64 KiB can be written in it. */
    public static void prepare(Path dir) {
        prepare(dir, DISK);
    }

    /** As {@link #prepare(Path)}, writing through {@code probe}. */
    public static void prepare(Path dir, Probe probe) {
        Path file = dir.resolve(".assessor-write-check-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(file);
            try {
                probe.write(file, PROBE_BYTES);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new NotWritableException("cannot write in the folder " + dir.toAbsolutePath() + ": " + explain(e), e);
        }
    }

    /**
     * One line for a failed read or write: the file, the reason and what to do, e.g. "results.json: No
     * space left on device; free disk space and run the command again".
     */
    public static String explain(IOException e) {
        String reason = e instanceof FileSystemException fs ? (fs.getReason() == null ? kind(fs) : fs.getReason())
                : String.valueOf(e.getMessage());
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
        String lower = (reason + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            advice = "free disk space (or choose a folder on another disk) and run the command again";
        } else if (lower.contains("read-only") || e instanceof AccessDeniedException || lower.contains("permission denied")) {
            advice = "the folder is read-only for this user: make it writable or choose another folder";
        } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || lower.contains("not a directory")) {
            advice = "a part of the path is a file, not a folder: choose another folder";
        } else {
            advice = "check the disk and the folder's permissions and run the command again";
        }
        return file + reason + "; " + advice;
    }

    /** The IOException behind a failure, if there is one. */
    public static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UncheckedIOException u) {
                return u.getCause();
            }
            if (c instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String kind(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getClass().getSimpleName();
    }
}
