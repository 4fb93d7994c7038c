package vn.portalassessor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.csv.ResultsCsv;
import vn.portalassessor.report.csv.ServicesCsv;
import vn.portalassessor.report.html.HtmlReport;
import vn.portalassessor.report.html.SelfReportStatusPage;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.report.xlsx.RankingWorkbook;
import vn.portalassessor.selfreport.SelfReportStatus;

/**
 * Writes every output of a run directory from an assessment: {@code results.json},
 * {@code results.csv}, {@code services.csv} (the category-4 service table), {@code ranking.xlsx} and
 * {@code report/} (with {@code report/tu-bao-cao.html}, the self-report status, when the run knows it;
 * a rewrite that does not know it keeps the page it finds). Everything is written into a staging folder first and
 * moved into place only when all of it succeeded, so a failure never leaves half a report next to
 * the previous one.
 */
public final class RunOutputs {

    private RunOutputs() {
    }

    /**
     * Writes the outputs.
     *
     * @param facts run facts printed on the national page (label → value), in order
     */
    public static void write(Path runDir, Assessment assessment, Map<String, String> facts) throws IOException {
        write(runDir, assessment, null, Map.of(), facts, null);
    }

    /**
     * Writes the outputs, with the report's method page built from the methodology the assessment was made
     * with, and the self-report status page.
     *
     * @param methodology the assessment's methodology; null writes the method page only for the shipped one
     * @param options     the run's options (run.json), printed in Vietnamese on the method page
     * @param facts       run facts printed on the national page (label → value), in order
     * @param selfReports who has reported what, or null to keep the status page of the previous write
     */
    public static void write(Path runDir, Assessment assessment, Methodology methodology, Map<String, String> options,
                             Map<String, String> facts, SelfReportStatus selfReports) throws IOException {
        Path staging = runDir.resolve(".outputs-staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            ResultsJson.write(assessment, staging.resolve("results.json"));
            ResultsCsv.write(assessment, staging.resolve("results.csv"));
            ServicesCsv.write(assessment, staging.resolve(ServicesCsv.FILE));
            RankingWorkbook.write(assessment, staging.resolve("ranking.xlsx"));
            boolean rounds = Files.exists(runDir.resolve("confirm").resolve("journal.jsonl"));
            if (methodology == null) {
                HtmlReport.write(assessment, facts, staging.resolve("report"), rounds);
            } else {
                HtmlReport.write(assessment, methodology, options, facts, staging.resolve("report"), rounds);
            }
            Path statusPage = runDir.resolve("report").resolve(SelfReportStatusPage.FILE);
            if (selfReports != null) {
                SelfReportStatusPage.write(selfReports, assessment.methodology().id() + " (phiên bản "
                        + assessment.methodology().version() + ")", staging.resolve("report"));
            } else if (Files.isRegularFile(statusPage)) {
                Files.copy(statusPage, staging.resolve("report").resolve(SelfReportStatusPage.FILE));
            }
            deleteTree(runDir.resolve("report"));
            Files.move(staging.resolve("report"), runDir.resolve("report"), StandardCopyOption.ATOMIC_MOVE);
            for (String file : new String[] {"results.csv", ServicesCsv.FILE, "ranking.xlsx", "results.json"}) {
                Files.move(staging.resolve(file), runDir.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
