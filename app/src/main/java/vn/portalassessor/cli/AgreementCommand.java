package vn.portalassessor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.agreement.Agreement;
import vn.portalassessor.agreement.AgreementJson;
import vn.portalassessor.agreement.AgreementReport;
import vn.portalassessor.agreement.AgreementText;
import vn.portalassessor.agreement.Label;
import vn.portalassessor.agreement.LabelFile;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.json.ResultsJson;

/**
 * {@code assessor agreement}: how far a run's verdicts agree with an inspector's labels, so that an
 * inspector can decide how far to trust the run. A measurement, not a test: it exits 0 whatever the
 * figures, 2 on a bad label file or a folder without results.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Compare a run's verdicts with an inspector's labels of a sample of agency × criterion verdicts.",
                "Prints the agreement (share of labels whose status the tool gave exactly) overall, per category and",
                "per criterion, Cohen's kappa, the confusion table (label × tool), the errors of the level-3 / level-4",
                "service counts (C4.04, C4.05), and every disagreement with the tool's reason beside the inspector's",
                "note. A NEEDS_REVIEW of the tool counts as a disagreement; labels for criteria the run has no verdict",
                "on are listed as not in the run and not counted. Nothing in the run is changed.",
                "",
                "Label file (CSV in UTF-8 or XLSX, header row):",
                "  agency_id,criterion_id,status,count,note",
                "  tinh-son-lam,C3.18,NOT_MET,,trang English chỉ ghi \"Under construction\"",
                "  tinh-son-lam,C4.05,MET,3,3 dịch vụ có thanh toán trực tuyến hoạt động",
                "status: MET, PARTIAL, NOT_MET, NOT_APPLICABLE or UNREACHABLE; count (C4.04/C4.05 only, optional):",
                "the true number of services working at exactly level 3 / at level 4; note optional.",
                "Exit codes: 0 computed (whatever the agreement), 2 bad arguments or a bad label file (every bad row",
                "listed as FILE:LINE: field \"X\": what is wrong).",
                ""})
final class AgreementCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A run directory holding results.json.")
    Path run;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "The inspector's labels, CSV or XLSX.")
    Path labels;

    @Option(names = "--json", description = "Print the report as JSON for programs (field names in the README).")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report (text, or JSON with --json) to FILE instead of the console, whole or not at all.")
    Path out;

    @Override
    public Integer call() throws IOException {
        AgreementReport report = measure(run, labels);
        String text = json ? AgreementJson.toJson(report) + "\n" : AgreementText.render(report);
        PrintStream console = System.out;
        if (out == null) {
            console.print(text);
            console.flush();
            return 0;
        }
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        console.println("Đã ghi mức đồng thuận vào " + target + ": tổng thể "
                + (report.agreement() == null ? "không so sánh được" : String.format(Locale.ROOT, "%.3f (%d/%d)",
                report.agreement(), report.agreed(), report.compared())));
        return 0;
    }

    /** Reads the run's results and the labels (refused whole when bad) and measures the agreement. */
    static AgreementReport measure(Path run, Path labels) {
        Path results = run.resolve("results.json");
        if (!Files.isRegularFile(results)) {
            throw new UsageException(run + " has no results.json; finish the run with 'assessor run' or 'assessor evaluate --run "
                    + run + "'");
        }
        Assessment assessment;
        try {
            assessment = ResultsJson.read(results);
        } catch (IOException e) {
            throw new UsageException(results + " cannot be read: " + e.getMessage());
        }
        Set<String> agencies = assessment.agencies().stream().map(AgencyResult::id).collect(Collectors.toSet());
        List<Label> read = LabelFile.read(labels, agencies, criterionIds(run, assessment));
        return Agreement.measure(assessment, read, results.toString(), labels.toString());
    }

    /**
     * Every criterion id a label may name: those of the run's methodology (from run.json, else the shipped
     * one) with their components, and any the results hold.
     */
    private static Set<String> criterionIds(Path run, Assessment assessment) {
        Path methodologyFile = null;
        if (Files.isRegularFile(run.resolve(RunManifest.FILE))) {
            String file = RunManifest.read(run).methodologyFile();
            methodologyFile = file == null || file.isBlank() ? null : Path.of(file);
        }
        Methodology m = Pipeline.methodology(methodologyFile);
        Set<String> ids = new HashSet<>();
        m.criteria().forEach(c -> {
            ids.add(c.id());
            c.components().stream().map(Component::id).forEach(ids::add);
        });
        assessment.agencies().forEach(a -> a.categories()
                .forEach(cat -> cat.criteria().forEach(r -> ids.add(r.id()))));
        return ids;
    }
}
