package vn.portalassessor.confirm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link JournalKillIT}, looping until it is killed. Mode {@code import}
 * imports the same answered workbooks into a run's round 1 again and again, the real path. Mode
 * {@code append} appends large answer entries (about 200 KB each) straight to the journal, so that most
 * of its time is spent writing and a kill almost always lands in the middle of an entry.
 *
 * <p>Arguments: the mode, the run directory, then the workbooks (import mode).
 */
public final class ImportLoop {

    private ImportLoop() {
    }

    public static void main(String[] args) {
        Path run = Path.of(args[1]);
        ConfirmationRounds rounds = ConfirmationRounds.open(run, SampleRun.M, SampleRun.AGENCIES, Clock.systemUTC());
        if (args[0].equals("append")) {
            List<Answer> answers = new ArrayList<>();
            String comment = "Cổng thông tin đã có trang sơ đồ cổng từ ngày 01/12/2016. ".repeat(60);
            SampleRun.M.criteria().forEach(c -> answers.add(new Answer(c.id(), 10, false, "", null, null, comment,
                    "http://127.0.0.1:9/so-do-cong")));
            System.out.println("started");
            System.out.flush();
            while (true) {
                rounds.journal().append(new JournalEntry.Imported(Instant.now(), "tiến trình con", 1, "tinh-son-lam",
                        "tinh-son-lam.xlsx", "0".repeat(64), answers));
            }
        }
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        System.out.println("started");
        System.out.flush();
        while (true) {
            rounds.importAnswers(1, files, "tiến trình con", "thử tắt đột ngột: nhập lại cùng phiếu");
        }
    }
}
