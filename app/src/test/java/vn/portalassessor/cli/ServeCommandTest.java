package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutResultsIsBadInputWithExitCode2() {
        assertThat(AssessorCommand.execute("serve", "--run", dir.toString(), "--port", "0")).isEqualTo(2);
    }

    @Test
    void saysWhichCommandWritesTheMissingResults() {
        assertThatThrownBy(() -> ServeCommand.open(dir, 0, "127.0.0.1",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(UsageException.class)
                .hasMessage(dir + " has no results.json; finish the run with 'assessor run' or 'assessor evaluate --run " + dir + "'");
    }

    @Test
    void aPublicUrlThatIsNoHttpAddressIsBadInput() {
        assertThatThrownBy(() -> ServeCommand.open(dir, 0, "127.0.0.1", "danhgia.mic.gov.vn",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(UsageException.class)
                .hasMessage("--public-url: \"danhgia.mic.gov.vn\" must start with http:// or https://");
    }
}
