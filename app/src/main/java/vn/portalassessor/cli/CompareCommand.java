package vn.portalassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.compare.ComparisonReport;
import vn.portalassessor.report.compare.RunComparison;
import vn.portalassessor.report.json.ResultsJson;

/** {@code assessor compare}: what changed between two runs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"So sánh hai lần đánh giá: what changed between two runs (two years, or before and after the"
                + " confirmation rounds).",
                "Per agency the index, rank and level of each category then and now; per criterion every change of"
                        + " verdict or points with both reasons, in sortable tables.",
                "Reads each run's results.json; nothing is fetched or re-scored."})
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, arity = "1", paramLabel = "DIR",
            description = "A run directory holding results.json; give it twice, the earlier run first.")
    List<Path> runs;

    @Option(names = "--allow-different-methods",
            description = "Compare runs scored with different methodology ids (refused by default: their points differ).")
    boolean allowDifferentMethods;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write index.html. Default: so-sanh-<earlier>-<later> in the current folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (runs.size() != 2) {
            throw new UsageException("compare needs exactly two runs (--run EARLIER --run LATER), got " + runs.size());
        }
        Assessment before = read(runs.get(0));
        Assessment after = read(runs.get(1));
        if (!RunComparison.sameMethodology(before, after) && !allowDifferentMethods) {
            throw new UsageException(runs.get(0) + " was scored with methodology \"" + before.methodology().id() + "\" and "
                    + runs.get(1) + " with \"" + after.methodology().id()
                    + "\": their points are not comparable; add --allow-different-methods to compare them anyway");
        }
        String beforeLabel = label(runs.get(0));
        String afterLabel = label(runs.get(1));
        Path dir = out != null ? out : Path.of("so-sanh-" + beforeLabel + "-" + afterLabel);
        RunComparison comparison = RunComparison.of(beforeLabel, before, afterLabel, after);
        Path index = ComparisonReport.write(comparison, dir);
        System.out.println("So sánh " + beforeLabel + " → " + afterLabel + ": " + comparison.agencies().size() + " cơ quan, "
                + comparison.criteria().size() + " tiêu chí thay đổi kết quả");
        System.out.println("Báo cáo: " + index.toAbsolutePath());
        return 0;
    }

    private static Assessment read(Path run) throws Exception {
        Path results = run.resolve("results.json");
        if (!Files.isRegularFile(results)) {
            throw new UsageException(run + " has no results.json; give a run directory written by 'assessor run' or 'evaluate'");
        }
        return ResultsJson.read(results);
    }

    private static String label(Path run) {
        Path name = run.toAbsolutePath().normalize().getFileName();
        return name == null ? "run" : name.toString();
    }
}
