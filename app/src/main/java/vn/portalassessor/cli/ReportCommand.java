package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.confirm.ConfirmationRounds;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.json.ResultsJson;

/** {@code assessor report}: rewrite the outputs from results.json. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rewrite results.csv, ranking.xlsx and report/ (with the confirmation pages) from a run's results.json; nothing is fetched or re-scored.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A run directory holding results.json.")
    Path run;

    @Override
    public Integer call() throws Exception {
        Path results = run.resolve("results.json");
        if (!Files.exists(results)) {
            throw new UsageException(run + " has no results.json; run 'assessor evaluate --run " + run + "' first");
        }
        Assessment assessment = ResultsJson.read(results);
        RunManifest manifest = RunManifest.read(run);
        Pipeline.writeOutputs(run, assessment, manifest, System.out);
        if (Files.exists(ConfirmationRounds.dir(run).resolve("journal.jsonl"))) {
            Path methodologyFile = manifest.methodologyFile() == null || manifest.methodologyFile().isBlank()
                    ? null : Path.of(manifest.methodologyFile());
            ConfirmationRounds.open(run, Pipeline.methodology(methodologyFile), manifest.agencies(), java.time.Clock.systemUTC())
                    .writeReport(run.resolve("report"));
        }
        return 0;
    }
}
