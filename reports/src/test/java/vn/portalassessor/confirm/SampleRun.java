package vn.portalassessor.confirm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.score.AgencyJudgements;
import vn.portalassessor.score.Judgement;
import vn.portalassessor.score.Scorer;

/**
 * A run directory with a results.json of two provinces, made without crawling, and a way to fill in
 * a confirmation workbook as an agency would. Shared by the confirm tests and the child JVM the kill
 * test starts.
 */
final class SampleRun {

    static final Methodology M = MethodologyLoader.loadDefault();
    static final List<Agency> AGENCIES = List.of(
            new Agency("tinh-son-lam", "Tỉnh Sơn Lâm", Group.PROVINCE, URI.create("http://127.0.0.1:9/"), null),
            new Agency("tinh-tra-giang", "Tỉnh Trà Giang", Group.PROVINCE, URI.create("http://127.0.0.1:8/"), null));

    private SampleRun() {
    }

    static Path create(Path runDir) throws IOException {
        Files.createDirectories(runDir);
        List<AgencyJudgements> judged = AGENCIES.stream().map(SampleRun::judged).toList();
        Assessment a = Scorer.score(M, LocalDate.of(2016, 12, 31), judged);
        ResultsJson.write(a, runDir.resolve("results.json"));
        return runDir;
    }

    private static AgencyJudgements judged(Agency agency) {
        Map<String, Judgement> judgements = new HashMap<>();
        M.criteria().filter(c -> c.appliesTo(agency.group())).forEach(c -> judgements.put(c.id(),
                new Judgement(c, Status.NOT_MET, null, Map.of(), Source.SELF_REPORTED,
                        "Không có số liệu: cơ quan chưa báo cáo tiêu chí này", List.of(), 1.0, null, null)));
        Criterion c323 = M.criterion("C3.23").orElseThrow();
        judgements.put("C3.23", new Judgement(c323, Status.NOT_MET, 0.0, Map.of(), Source.CRAWLER,
                "Không có trang sơ đồ cổng và không có tệp sitemap.xml", List.of(new Evidence(agency.portalUrl().toString(),
                Instant.parse("2016-12-20T02:00:00Z"), "<urn:uuid:0>", null, "Trang chủ", null)), 0.8, null, null));
        return new AgencyJudgements(agency, new CrawlInfo(40, 0, "OK", List.of()), judgements);
    }

    /**
     * Fills an exported workbook: every row "Đồng ý" except the rows given, which get
     * {answer, corrected value, comment, evidence URL}.
     */
    static Path answer(Path exported, Path out, Map<String, String[]> rows) throws IOException {
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SheetLayout.SHEET);
            boolean data = false;
            for (Row row : sheet) {
                String id = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (id.equals(SheetLayout.HEADER.get(0))) {
                    data = true;
                    continue;
                }
                if (!data || id.isEmpty()) {
                    continue;
                }
                String[] a = rows.getOrDefault(id, new String[] {SheetLayout.AGREE});
                for (int i = 0; i < a.length; i++) {
                    row.createCell(SheetLayout.COL_ANSWER + i).setCellValue(a[i]);
                }
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }
}
