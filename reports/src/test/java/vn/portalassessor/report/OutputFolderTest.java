package vn.portalassessor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the assessor cannot write is reported before work starts, in one line with what to do.
 * Tests run as root, where permission bits do not stop writes: a path under a regular file stands for
 * a folder that cannot be written, an injected probe for a full disk.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderUnderARegularFileCannotBePrepared() throws Exception {
        Path file = Files.writeString(dir.resolve("bao-cao.txt"), "tệp thường");

        assertThatThrownBy(() -> OutputFolder.prepare(file.resolve("dot-1")))
                .isInstanceOf(OutputFolder.NotWritableException.class)
                .hasMessageStartingWith("cannot write in the folder " + file.resolve("dot-1").toAbsolutePath() + ": ")
                .hasMessageEndingWith("a part of the path is a file, not a folder: choose another folder")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    @Test
    void aFullDiskIsReportedWithTheAdviceToFreeSpaceAndNothingIsLeftBehind() {
        Path out = dir.resolve("ket-qua");

        assertThatThrownBy(() -> OutputFolder.prepare(out, (f, bytes) -> {
            Files.createFile(f);
            throw new IOException("No space left on device");
        }))
                .isInstanceOf(OutputFolder.NotWritableException.class)
                .hasMessage("cannot write in the folder " + out.toAbsolutePath() + ": No space left on device; free disk space"
                        + " (or choose a folder on another disk) and run the command again");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aWritableFolderIsCreatedAndLeftEmpty() {
        OutputFolder.prepare(dir.resolve("a/b"));

        assertThat(dir.resolve("a/b")).isEmptyDirectory();
    }

    @Test
    void aFileSystemErrorIsExplainedWithTheFileAndWhatToDo() {
        assertThat(OutputFolder.explain(new FileSystemException("/du-lieu/run/results.json", null, "Read-only file system")))
                .isEqualTo("/du-lieu/run/results.json: Read-only file system; the folder is read-only for this user:"
                        + " make it writable or choose another folder");
    }
}
