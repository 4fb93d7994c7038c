package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.confirm.ConfirmationRounds;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.selfreport.SelfReport;

/** {@code assessor evaluate}: re-score a finished crawl without fetching anything. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Re-score a finished crawl from its archive, without fetching anything: change points or",
                "keywords in a methodology file, or give new self-reported data, and see the new ranking in seconds.",
                "Rewrites results.json, results.csv and report/."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A run directory (from 'run' or 'crawl').")
    Path run;

    @Option(names = "--self-reported", paramLabel = "FILE",
            description = "Self-reported data, CSV or XLSX (default: the copy the run kept, if any).")
    Path selfReported;

    @Option(names = "--methodology", paramLabel = "FILE", description = "Methodology file (default: the shipped one).")
    Path methodology;

    @Option(names = "--assessment-date", paramLabel = "yyyy-MM-dd", description = "Override the run's assessment date.")
    LocalDate assessmentDate;

    @Override
    public Integer call() throws Exception {
        RunManifest manifest = RunManifest.read(run);
        if (Files.exists(ConfirmationRounds.dir(run).resolve("journal.jsonl"))) {
            throw new UsageException(run + " is in its confirmation rounds (confirm/journal.jsonl): re-scoring it here would"
                    + " set the agencies' answers and the inspectors' decisions aside; re-score a copy of the folder,"
                    + " or go on with 'assessor confirm'");
        }
        Methodology m = Pipeline.methodology(methodology);
        Path figures = selfReported != null ? selfReported : keptSelfReport(run);
        if (selfReported == null && figures != null) {
            System.out.println("Dùng số liệu tự báo cáo đã lưu cùng lượt chạy: " + figures);
        }
        SelfReport selfReport = Pipeline.selfReport(figures, m, manifest.agencies());
        LocalDate date = assessmentDate != null ? assessmentDate : manifest.assessmentDate();
        Assessment assessment = EvidenceScreenshots.reattach(
                Pipeline.evaluateArchived(m, manifest.agencies(), run, selfReport, date, System.out), run);
        Pipeline.writeOutputs(run, assessment, manifest, System.out);
        return 0;
    }

    /** The self-reported data a run kept ({@code self-reported.csv} or {@code .xlsx}), or null. */
    static Path keptSelfReport(Path runDir) {
        for (String name : new String[] {"self-reported.csv", "self-reported.xlsx"}) {
            if (Files.exists(runDir.resolve(name))) {
                return runDir.resolve(name);
            }
        }
        return null;
    }
}
