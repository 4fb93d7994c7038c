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
import vn.portalassessor.selfreport.SelfReportStatus;

/** {@code assessor evaluate}: re-score a finished crawl without fetching anything. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Re-score a finished crawl from its archive, without fetching anything: change points or " +
                "keywords in a methodology file, or give new self-reported data, and see the new ranking in seconds. " +
                "Rewrites results.json, results.csv and report/.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A run directory (from 'run' or 'crawl').")
    Path run;

    @Option(names = "--self-reported", paramLabel = "DIR|FILE",
            description = "Self-reported data: a folder of returned self-report workbooks and/or tables, or one CSV/XLSX " +
                    "table (default: the copy the run kept, if any).")
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
        SelfReportStatus selfReports = Pipeline.warnAboutSelfReports(m, manifest.agencies(), selfReport, System.out);
        LocalDate date = assessmentDate != null ? assessmentDate : manifest.assessmentDate();
        Assessment assessment = EvidenceScreenshots.reattach(
                Pipeline.evaluateArchived(m, manifest.agencies(), run, selfReport, date, System.out), run);
        Pipeline.writeOutputs(run, assessment, manifest, System.out, selfReports);
        return 0;
    }

    /** The self-reported data a run kept ({@code self-reported.csv}, {@code .xlsx} or the folder {@code self-reported/}), or null. */
    static Path keptSelfReport(Path runDir) {
        for (String name : new String[] {"self-reported.csv", "self-reported.xlsx", "self-reported"}) {
            if (Files.exists(runDir.resolve(name))) {
                return runDir.resolve(name);
            }
        }
        return null;
    }
}
