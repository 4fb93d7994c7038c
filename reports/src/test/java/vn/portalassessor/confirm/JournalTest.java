package vn.portalassessor.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void entryCutByACrashIsSkippedAndTheNextAppendStartsClean() throws Exception {
        Journal j = new Journal(dir.resolve("journal.jsonl"));
        j.append(new JournalEntry.Closed(Instant.parse("2017-01-05T02:00:00Z"), "Thanh tra Lê Minh", 1));
        Files.writeString(j.file(), "{\"type\":\"decided\",\"at\":\"2017-01-06T02:00:00Z\",\"by\":\"Thanh tra",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(j.read()).hasSize(1);
        j.append(new JournalEntry.Closed(Instant.parse("2017-01-20T02:00:00Z"), "Thanh tra Lê Minh", 2));
        assertThat(j.read()).extracting(e -> ((JournalEntry.Closed) e).round()).containsExactly(1, 2);
        assertThat(Files.readString(j.file())).doesNotContain("\"decided\"");
    }

    @Test
    void damagedLineInTheMiddleIsReportedWithItsLineNumber() throws Exception {
        Journal j = new Journal(dir.resolve("journal.jsonl"));
        j.append(new JournalEntry.Closed(Instant.parse("2017-01-05T02:00:00Z"), "Thanh tra Lê Minh", 1));
        Files.writeString(j.file(), "rác\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        j.append(new JournalEntry.Closed(Instant.parse("2017-01-20T02:00:00Z"), "Thanh tra Lê Minh", 2));
        assertThatThrownBy(j::read).hasMessageContaining("journal.jsonl:2: not a journal entry");
    }
}
