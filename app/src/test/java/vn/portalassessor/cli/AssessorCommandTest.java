package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: help, exit codes, and errors that name the file, line and field. */
class AssessorCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void helpListsTheSubCommands() {
        assertThat(AssessorCommand.execute("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("demo", "run", "crawl", "evaluate", "report", "Exit codes");
    }

    @Test
    void everySubCommandExplainsItself() {
        for (String sub : new String[] {"demo", "run", "crawl", "evaluate", "report"}) {
            out.reset();
            assertThat(AssessorCommand.execute(sub, "--help")).as(sub).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(sub).contains("Usage: assessor " + sub);
        }
    }

    @Test
    void theDemoOffersBothSampleSetsAndRefusesAnUnknownOneBeforeWritingAnything() {
        assertThat(AssessorCommand.execute("demo", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--samples=first|second", "default: first");

        int exit = AssessorCommand.execute("demo", "--samples", "third", "--out", dir.resolve("demo").toString(), "--screenshots", "off");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--samples: no sample set \"third\"; known: first, second");
        assertThat(dir.resolve("demo")).doesNotExist();
    }

    @Test
    void helpOfNestedCommandsPrintsNoPicocliWarning() {
        // issue 13: a bare '%' in an option's description made picocli warn three times
        for (String[] command : new String[][] {{"confirm", "decide"}, {"confirm", "export"}, {"confirm", "import"},
                {"compare"}, {"serve"}}) {
            out.reset();
            err.reset();
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(AssessorCommand.execute(args)).as(String.join(" ", command)).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", command)).doesNotContain("picocli WARN");
            assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", command)).contains("Usage: assessor " + command[0]);
        }
        out.reset();
        AssessorCommand.execute("confirm", "decide", "--help");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the % is printed as written").contains("ratio 0..1 or %, count");
    }

    @Test
    void aBadAgencyListIsRefusedWithExitTwoNamingLineAndField() throws Exception {
        Path agencies = Files.writeString(dir.resolve("agencies.csv"),
                "id,name,group,portal_url,services_url\nbo-y-te,Bộ Y tế,BO,https://moh.gov.vn/,\n", StandardCharsets.UTF_8);

        int exit = AssessorCommand.execute("run", "--agencies", agencies.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("agencies.csv:2: field \"group\": \"BO\" is not one of MINISTRY, GOV_AGENCY, PROVINCE");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadMethodologyIsRefusedBeforeAnythingIsFetched() throws Exception {
        Path agencies = Files.writeString(dir.resolve("agencies.csv"),
                "id,name,group,portal_url,services_url\nbo-y-te,Bộ Y tế,MINISTRY,https://moh.gov.vn/,\n", StandardCharsets.UTF_8);
        Path method = Files.writeString(dir.resolve("m.yaml"), "id: x\nversion: \"1\"\nlevelRule: {mode: SOMETIMES, tot: 0.8, kha: 0.5}\ncategories: []\n");

        int exit = AssessorCommand.execute("run", "--agencies", agencies.toString(), "--methodology", method.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("m.yaml: levelRule.mode: \"SOMETIMES\" is not one of THRESHOLD, BAND");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownOptionIsABadArgument() {
        assertThat(AssessorCommand.execute("run", "--agencies", "x.csv", "--out", "o", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option");
    }

    @Test
    void evaluatingAFolderThatIsNotARunSaysSo() {
        int exit = AssessorCommand.execute("evaluate", "--run", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a run directory: it has no run.json");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsRefusedInOneLineBeforeAnythingIsFetched() throws Exception {
        Path agencies = Files.writeString(dir.resolve("agencies.csv"),
                "id,name,group,portal_url,services_url\nbo-y-te,Bộ Y tế,MINISTRY,http://127.0.0.1:9/,\n", StandardCharsets.UTF_8);
        Path notAFolder = Files.writeString(dir.resolve("ket-qua.txt"), "một tệp, không phải thư mục");

        long t0 = System.nanoTime();
        int exit = AssessorCommand.execute("run", "--agencies", agencies.toString(), "--out", notAFolder.resolve("run").toString(),
                "--screenshots", "off");

        assertThat(exit).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).startsWith("assessor: cannot write in the folder " + notAFolder.resolve("run").toAbsolutePath())
                .contains("a part of the path is a file, not a folder: choose another folder");
        assertThat(message.lines()).hasSize(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Thu thập");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    }
}
