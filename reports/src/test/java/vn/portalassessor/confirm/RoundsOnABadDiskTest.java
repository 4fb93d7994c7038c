package vn.portalassessor.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision is never journaled when what follows it (the journal, results, report) cannot be written. */
class RoundsOnABadDiskTest {

    @TempDir
    Path dir;

    Path run;
    ConfirmationRounds rounds;

    @BeforeEach
    void exportRoundOne() throws Exception {
        run = SampleRun.create(dir.resolve("run"));
        rounds = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.systemUTC());
        rounds.export(1, "Thanh tra Lê Minh");
    }

    @Test
    void onAFullDiskDecideFailsBeforeJournaling() {
        rounds.probe((file, bytes) -> {
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> rounds.decide("tinh-son-lam", "C1.01", JournalEntry.Decision.SET, "0.9",
                "Biên bản kiểm kê thiết bị ngày 15/12/2016", "Thanh tra Lê Minh"))
                .isInstanceOf(ConfirmationException.class)
                .hasMessageContaining("No space left on device; free disk space")
                .hasMessageEndingWith("(nothing was recorded)");
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Decided);
    }

    @Test
    void whenTheReportFolderCannotBeWrittenDecideFailsBeforeJournaling() throws Exception {
        deleteTree(run.resolve("report"));
        Files.writeString(run.resolve("report"), "một tệp chắn chỗ thư mục báo cáo");

        assertThatThrownBy(() -> rounds.decide("tinh-son-lam", "C1.01", JournalEntry.Decision.SET, "0.9",
                "Biên bản kiểm kê thiết bị ngày 15/12/2016", "Thanh tra Lê Minh"))
                .isInstanceOf(ConfirmationException.class)
                .hasMessageContaining("cannot write in the folder " + run.resolve("report").toAbsolutePath());
        assertThat(rounds.journal().read()).noneMatch(e -> e instanceof JournalEntry.Decided);
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteTree(c);
                }
            }
        }
        Files.deleteIfExists(p);
    }
}
