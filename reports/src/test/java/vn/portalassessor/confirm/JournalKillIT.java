package vn.portalassessor.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal survives a process killed in the middle of an import: a child JVM imports workbooks in a
 * loop (or, every other time, appends 200 KB entries so that the kill lands mid-write) and is killed with
 * SIGKILL at several moments; every time, every entry written before the kill
 * reads back whole, at most the entry being written is lost, and the next import appends cleanly.
 * On Linux a SIGKILL does not interrupt one write(2) of a whole entry, so the kills here do not cut an
 * entry in half (the test prints how many did); the cut last line a power loss could leave is covered
 * by {@link JournalTest}.
 */
class JournalKillIT {

    @TempDir
    Path dir;

    @Test
    void killingTheImporterAtAnyMomentNeverCorruptsEarlierAnswers() throws Exception {
        Path run = SampleRun.create(dir.resolve("run"));
        ConfirmationRounds rounds = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.systemUTC());
        rounds.export(1, "Thanh tra Lê Minh");
        String longComment = "Cổng thông tin đã có trang sơ đồ cổng từ ngày 01/12/2016, liệt kê đầy đủ các chuyên mục. ".repeat(40);
        Path a = SampleRun.answer(run.resolve("confirm/round-1/tinh-son-lam.xlsx"), dir.resolve("a/tinh-son-lam.xlsx"),
                Map.of("C3.23", new String[] {"Không đồng ý", "có", longComment, "http://127.0.0.1:9/so-do-cong"}));
        Path b = SampleRun.answer(run.resolve("confirm/round-1/tinh-tra-giang.xlsx"), dir.resolve("a/tinh-tra-giang.xlsx"),
                Map.of());
        int rows = (int) SampleRun.M.criteria().filter(c -> c.appliesTo(SampleRun.AGENCIES.get(0).group())).count();
        Journal journal = rounds.journal();

        int before = 0;
        int cutTails = 0;
        long[] killAfterMs = {150, 40, 400, 90, 250, 20};
        for (int k = 0; k < killAfterMs.length; k++) {
            long wait = killAfterMs[k];
            boolean appendMode = k % 2 == 1;
            Process child = appendMode ? start("append", run) : start("import", run, a, b);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("child JVM started").isEqualTo("started");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                long size = Files.exists(journal.file()) ? Files.size(journal.file()) : 0;
                while ((!Files.exists(journal.file()) || Files.size(journal.file()) <= size) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(wait);
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            byte[] bytes = Files.readAllBytes(journal.file());
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                cutTails++;
            }
            List<JournalEntry> entries = journal.read();
            assertThat(entries.size()).as("entries after kill %d ms", wait).isGreaterThan(before);
            for (JournalEntry e : entries) {
                if (e instanceof JournalEntry.Imported im && !im.by().equals("tiến trình con")) {
                    assertThat(im.answers()).as("every imported answer is whole").hasSize(rows);
                } else if (e instanceof JournalEntry.Imported im && im.file().equals("tinh-son-lam.xlsx")) {
                    assertThat(im.answers().size()).as("every appended entry is whole").isIn(rows,
                            (int) SampleRun.M.criteria().count());
                }
            }
            rounds.importAnswers(1, List.of(b), "Văn thư sau sự cố", "nhập lại sau khi tiến trình con bị tắt");
            List<JournalEntry> after = journal.read();
            assertThat(after).hasSize(entries.size() + 1);
            assertThat(after.subList(0, entries.size())).isEqualTo(entries);
            before = after.size();
        }
        System.out.println("JournalKillIT: " + before + " entries, " + cutTails + " of " + killAfterMs.length
                + " kills cut an entry mid-write");
    }

    private static Process start(String mode, Path run, Path... files) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, ImportLoop.class.getName(), mode, run.toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
