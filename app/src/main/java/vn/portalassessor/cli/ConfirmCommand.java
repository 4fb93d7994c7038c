package vn.portalassessor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.portalassessor.confirm.ConfirmationException;
import vn.portalassessor.confirm.ConfirmationRounds;
import vn.portalassessor.confirm.JournalEntry;
import vn.portalassessor.crawl.CrawlTarget;
import vn.portalassessor.crawl.Crawler;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.result.Assessment;

/**
 * {@code assessor confirm}: the two confirmation rounds with the agencies (methodology §6). Every
 * sub-command records what it did in the run's append-only journal ({@code confirm/journal.jsonl})
 * and, when results can change, re-scores the run and rewrites results.json, results.csv, report/ and
 * report/confirm/.
 */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "The confirmation rounds: export one workbook per agency, import their answers, re-check " +
                "disputed criteria, record inspectors' decisions, close a round. Everything is journaled in " +
                "confirm/journal.jsonl; the ranking is re-scored with the decisions.",
        subcommands = {ConfirmCommand.Export.class, ConfirmCommand.Import.class, ConfirmCommand.Recrawl.class,
                ConfirmCommand.Decide.class, ConfirmCommand.Close.class})
final class ConfirmCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a sub-command (export, import, recrawl, decide, close)");
    }

    /** Options and steps every sub-command shares. */
    abstract static class Base implements Callable<Integer> {

        @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run directory.")
        Path run;

        @Option(names = "--by", paramLabel = "NAME", description = "Who does this, for the journal (default: the system user).")
        String by;

        RunManifest manifest;
        Methodology methodology;
        ConfirmationRounds rounds;

        @Override
        public final Integer call() throws Exception {
            manifest = RunManifest.read(run);
            methodology = Pipeline.methodology(manifest.methodologyFile() == null || manifest.methodologyFile().isBlank()
                    ? null : Path.of(manifest.methodologyFile()));
            if (by == null || by.isBlank()) {
                by = System.getProperty("user.name", "không rõ");
            }
            try {
                rounds = ConfirmationRounds.open(run, methodology, manifest.agencies(), Clock.systemUTC());
                return execute(System.out);
            } catch (ConfirmationException e) {
                throw new UsageException(e.getMessage());
            }
        }

        abstract int execute(PrintStream out) throws Exception;

        /** Re-scores with everything journaled and rewrites the outputs and report/confirm/. */
        void rewrite(PrintStream out) throws Exception {
            Assessment current = rounds.current();
            Pipeline.writeOutputs(run, current, manifest, out);
            rounds.writeReport(run.resolve("report"));
            out.println("Xác nhận: " + run.resolve("report").resolve("confirm").resolve("index.html").toAbsolutePath());
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one workbook per agency (confirm/round-N/<id>.xlsx) with its evidence link and token.")
    static final class Export extends Base {

        @Option(names = "--round", required = true, paramLabel = "1|2", description = "The round.")
        int round;

        @Override
        int execute(PrintStream out) throws Exception {
            List<Path> files = rounds.export(round, by);
            out.println("Đã ghi " + files.size() + " phiếu xác nhận vòng " + round + " vào "
                    + ConfirmationRounds.dir(run).resolve("round-" + round));
            rounds.writeReport(run.resolve("report"));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import agencies' answered workbooks. Every row is checked first; if any is wrong, " +
                    "nothing is imported and every bad row is listed. A workbook must be the one exported for " +
                    "its agency and round (its signature is checked; every edited locked cell is named), and " +
                    "newer than the answers already imported for that agency (not exported or saved earlier, " +
                    "not the same file again) unless --replace --reason says why.")
    static final class Import extends Base {

        @Option(names = "--round", required = true, paramLabel = "1|2", description = "The round.")
        int round;

        @Option(names = "--replace", description = "Import an older workbook, or one already imported, over the answers imported before; needs --reason.")
        boolean replace;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why the workbook replaces the imported answers (journaled).")
        String reason;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Answered workbooks (.xlsx).")
        List<Path> files;

        @Override
        int execute(PrintStream out) throws Exception {
            if (replace && (reason == null || reason.isBlank())) {
                throw new UsageException("--replace needs --reason \"...\": why this workbook replaces the answers imported before");
            }
            if (!replace && reason != null) {
                throw new UsageException("--reason is for --replace; an ordinary import needs no reason");
            }
            for (JournalEntry.Imported im : rounds.importAnswers(round, files, by, replace ? reason : null)) {
                long disputes = im.answers().stream().filter(a -> !a.agrees()).count();
                out.println(im.agencyId() + ": " + (im.answers().size() - disputes) + " đồng ý, " + disputes
                        + " không đồng ý (" + im.file() + ")");
            }
            rewrite(out);
            return 0;
        }
    }

    @Command(name = "recrawl", mixinStandardHelpOptions = true,
            description = "Re-check the disputed criteria judged from the portal: fetch again the agency's home page, " +
                    "the pages the criterion's evidence cites and the page the agency cites, then judge the " +
                    "criterion again. The old result and evidence are kept next to the new.")
    static final class Recrawl extends Base {

        @Mixin
        CrawlOptions crawl;

        @Override
        int execute(PrintStream out) throws Exception {
            List<ConfirmationRounds.Dispute> disputes = rounds.disputesToRecheck();
            if (disputes.isEmpty()) {
                out.println("Không có tiêu chí bị khiếu nại nào cần kiểm tra lại.");
                return 0;
            }
            Map<String, CrawlTarget> targets = Pipeline.targets(manifest.agencies(), methodology).stream()
                    .collect(Collectors.toMap(CrawlTarget::id, Function.identity()));
            try (Crawler crawler = Crawler.create(crawl.policy())) {
                for (ConfirmationRounds.Dispute d : disputes) {
                    JournalEntry.Rechecked r;
                    try (Crawler.LiveSource live = crawler.liveSource(targets.get(d.agency().id()), run)) {
                        r = rounds.recheck(d, live, by);
                    }
                    out.println(d.agency().id() + " " + d.criterion().id() + ": " + r.before().status().vietnamese()
                            + " → " + r.after().status().vietnamese() + " (" + r.fetched().size() + " trang lấy lại)");
                }
            }
            rewrite(out);
            return 0;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Record an inspector's decision on one criterion of one agency; always with a reason.")
    static final class Decide extends Base {

        @Option(names = "--agency", required = true, paramLabel = "ID", description = "The agency id.")
        String agency;

        @Option(names = "--criterion", required = true, paramLabel = "ID", description = "The criterion id, e.g. C3.23.")
        String criterion;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (journaled and shown in the report).")
        String reason;

        static final class Choice {
            @Option(names = "--accept", required = true, description = "Accept the agency's dispute (and its corrected value, if it gave one).")
            boolean accept;

            @Option(names = "--reject", required = true, description = "Reject the dispute: the current result stands.")
            boolean reject;

            @Option(names = "--set", required = true, paramLabel = "VALUE",
                    description = "Override with this value (ratio 0..1 or %%, count, có/không; COMPOSITE: C1.04a=0.9;C1.04b=3).")
            String set;
        }

        @Override
        int execute(PrintStream out) throws Exception {
            JournalEntry.Decision decision = choice.set != null ? JournalEntry.Decision.SET
                    : choice.accept ? JournalEntry.Decision.ACCEPT : JournalEntry.Decision.REJECT;
            JournalEntry.Decided d = rounds.decide(agency, criterion, decision, choice.set, reason, by);
            out.println(agency + " " + criterion + ": " + d.decision().vietnamese()
                    + (d.overrides() ? " (giá trị " + d.raw() + ")" : ""));
            rewrite(out);
            return 0;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a round: it takes no more answers.")
    static final class Close extends Base {

        @Option(names = "--round", required = true, paramLabel = "1|2", description = "The round.")
        int round;

        @Override
        int execute(PrintStream out) throws Exception {
            rounds.close(round, by);
            out.println("Đã đóng vòng " + round + ".");
            rewrite(out);
            return 0;
        }
    }
}
