package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.confirm.Journal;
import vn.portalassessor.confirm.JournalEntry;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.samples.SamplePortalServer;

/**
 * Issue 8: both confirmation rounds played through the {@code assessor} command for the sample
 * agencies and Tỉnh Bắc Hà: some confirm, some dispute, inspectors decide, a re-check changes a
 * verdict, the final ranking follows the decisions and the change table lists every change with its
 * reason and author.
 */
class ConfirmRoundsIT {

    private static final String INSPECTOR = "Thanh tra Lê Minh";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int assessor(String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return AssessorCommand.execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void bothRoundsEndInARankingThatFollowsTheDecisionsWithEveryChangeExplained() throws Exception {
        Path run = dir.resolve("run");
        Path sonLam1;
        try (SamplePortalServer samples = SamplePortalServer.start(); BacHaPortal bacHa = new BacHaPortal()) {
            Path agencies = samples.writeAgencyList(dir.resolve("agencies.csv"));
            Files.writeString(agencies, "tinh-bac-ha,Tỉnh Bắc Hà,PROVINCE," + bacHa.home() + ",\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            assertThat(assessor("run", "--agencies", agencies.toString(), "--out", run.toString(),
                    "--allow-private-addresses", "--delay-ms", "0", "--assessment-date", "2016-12-31")).isZero();
            Assessment crawled = ResultsJson.read(run.resolve("results.json"));
            assertThat(result(crawled, "tinh-bac-ha", "C3.23").status()).as("C3.23, sitemap page not linked").isEqualTo(Status.NOT_MET);

            // Round 1
            assertThat(assessor("confirm", "export", "--run", run.toString(), "--round", "1", "--by", INSPECTOR)).isZero();
            Path r1 = run.resolve("confirm/round-1");
            assertThat(r1.resolve("tinh-bac-ha.xlsx")).exists();
            assertThat(r1.resolve("tinh-bac-ha-truy-cap.txt")).content(StandardCharsets.UTF_8).contains("Mã truy cập: ");

            Path bad = answer(r1.resolve("ban-quan-ly-kinh-te-bien.xlsx"), dir.resolve("sai/ban-quan-ly-kinh-te-bien.xlsx"),
                    Map.of("C1.01", new String[] {"Không đồng ý", "nhiều", "Hầu hết cán bộ có máy tính"},
                            "C3.05", new String[] {"OK"}));
            sonLam1 = answer(r1.resolve("tinh-son-lam.xlsx"), dir.resolve("v1/tinh-son-lam.xlsx"),
                    Map.of("C1.01", new String[] {"Không đồng ý", "95%", "Theo thống kê thiết bị tháng 12/2016"}));
            assertThat(assessor("confirm", "import", "--run", run.toString(), "--round", "1", sonLam1.toString(), bad.toString()))
                    .as("a bad row refuses the whole import").isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("ban-quan-ly-kinh-te-bien.xlsx:", "\"nhiều\" is not a ratio",
                    "\"OK\" is neither");
            assertThat(journal(run)).noneMatch(e -> e instanceof JournalEntry.Imported);

            List<Path> round1 = List.of(
                    answer(r1.resolve("bo-tai-nguyen-bien.xlsx"), dir.resolve("v1/bo-tai-nguyen-bien.xlsx"), Map.of()),
                    sonLam1,
                    answer(r1.resolve("tinh-bac-ha.xlsx"), dir.resolve("v1/tinh-bac-ha.xlsx"), Map.of("C3.23", new String[] {
                            "Không đồng ý", "", "Cổng có trang Sơ đồ cổng từ 01/12/2016", bacHa.sitemapPage().toString()})),
                    answer(r1.resolve("vien-khoa-hoc-ung-dung.xlsx"), dir.resolve("v1/vien-khoa-hoc-ung-dung.xlsx"),
                            Map.of("C3.05", new String[] {"Không đồng ý", "", "Chuyên mục tin tức cập nhật hằng ngày"})),
                    answer(r1.resolve("bo-phat-trien-nong-thon.xlsx"), dir.resolve("v1/bo-phat-trien-nong-thon.xlsx"),
                            Map.of("C4.04", new String[] {"Không đồng ý", "30", "Bộ cung cấp 30 dịch vụ mức độ 3"})));
            List<String> args = new ArrayList<>(List.of("confirm", "import", "--run", run.toString(), "--round", "1",
                    "--by", "Văn thư Phạm Hà"));
            round1.forEach(p -> args.add(p.toString()));
            assertThat(assessor(args.toArray(String[]::new))).isZero();
            assertThat(assessor("confirm", "import", "--run", run.toString(), "--round", "1", sonLam1.toString()))
                    .as("the same workbook again").isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("was already imported on", "--replace --reason");
            assertThat(assessor("confirm", "import", "--run", run.toString(), "--round", "1", "--replace", sonLam1.toString()))
                    .as("--replace without a reason").isEqualTo(2);

            assertThat(assessor("confirm", "recrawl", "--run", run.toString(), "--allow-private-addresses", "--delay-ms", "0",
                    "--by", INSPECTOR)).isZero();

            assertThat(assessor("confirm", "decide", "--run", run.toString(), "--agency", "tinh-son-lam", "--criterion", "C1.01",
                    "--accept")).as("a decision without a reason").isEqualTo(2);
            assertThat(assessor("confirm", "decide", "--run", run.toString(), "--agency", "bo-tai-nguyen-bien",
                    "--criterion", "C3.01", "--accept", "--reason", "x")).as("nothing disputed to accept").isEqualTo(2);
            decide(run, "tinh-son-lam", "C1.01", "--accept", "Biên bản kiểm kê thiết bị ngày 15/12/2016 khớp số liệu");
            decide(run, "tinh-bac-ha", "C3.23", "--accept", "Kiểm tra lại thấy trang Sơ đồ cổng liệt kê đủ chuyên mục");
            decide(run, "vien-khoa-hoc-ung-dung", "C3.05", "--reject", "Trang tin tức không có mục nào ghi ngày đăng");
            decide(run, "bo-phat-trien-nong-thon", "C4.04", "--set", "20",
                    "Chỉ 20 dịch vụ thực sự cho nộp hồ sơ trực tuyến khi thử ngày 05/01/2017");
            assertThat(assessor("confirm", "close", "--run", run.toString(), "--round", "1", "--by", INSPECTOR)).isZero();
            assertThat(assessor("confirm", "import", "--run", run.toString(), "--round", "1", sonLam1.toString()))
                    .as("round 1 is closed").isEqualTo(2);

            // Round 2
            assertThat(assessor("confirm", "export", "--run", run.toString(), "--round", "2", "--by", INSPECTOR)).isZero();
            Path r2 = run.resolve("confirm/round-2");
            assertThat(assessor("confirm", "import", "--run", run.toString(), "--round", "2", "--by", "Văn thư Phạm Hà",
                    answer(r2.resolve("tinh-son-lam.xlsx"), dir.resolve("v2/tinh-son-lam.xlsx"), Map.of()).toString(),
                    answer(r2.resolve("bo-phat-trien-nong-thon.xlsx"), dir.resolve("v2/bo-phat-trien-nong-thon.xlsx"),
                            Map.of("C4.04", new String[] {"Không đồng ý", "25", "Thêm 5 dịch vụ đưa vào ngày 30/12/2016"})).toString(),
                    answer(r2.resolve("tinh-hai-dong.xlsx"), dir.resolve("v2/tinh-hai-dong.xlsx"),
                            Map.of("C3.01", new String[] {"Không đồng ý", "", "Trang giới thiệu có lịch sử hình thành"})).toString()))
                    .isZero();
            decide(run, "bo-phat-trien-nong-thon", "C4.04", "--reject", "5 dịch vụ thêm chưa có biểu mẫu trực tuyến");
            assertThat(assessor("confirm", "close", "--run", run.toString(), "--round", "2", "--by", INSPECTOR)).isZero();
            assertThat(assessor("confirm", "decide", "--run", run.toString(), "--agency", "tinh-hai-dong", "--criterion",
                    "C3.01", "--reject", "--reason", "muộn")).as("round 2 closed: results final").isEqualTo(2);
        }

        Assessment baseline = ResultsJson.read(run.resolve("confirm/baseline-results.json"));
        Assessment fin = ResultsJson.read(run.resolve("results.json"));
        assertThat(baseline).isEqualTo(crawledCopy(run));

        CriterionResult sonLam = result(fin, "tinh-son-lam", "C1.01");
        assertThat(sonLam.source()).isEqualTo(Source.INSPECTOR);
        assertThat(sonLam.points()).isEqualTo(19.0);
        CategoryResult sonLamInfra = fin.agency("tinh-son-lam").orElseThrow().category("1").orElseThrow();
        assertThat(sonLamInfra.rank()).as("the only province whose infrastructure figure was confirmed").isEqualTo(1);
        assertThat(sonLamInfra.index()).isGreaterThan(baseline.agency("tinh-son-lam").orElseThrow().category("1").orElseThrow().index());

        CriterionResult sitemap = result(fin, "tinh-bac-ha", "C3.23");
        assertThat(sitemap.status()).as("C3.23 after the re-check").isEqualTo(Status.MET);
        assertThat(sitemap.points()).isEqualTo(3.0);
        assertThat(sitemap.explanation()).startsWith("Kiểm tra lại ngày");
        assertThat(sitemap.evidence()).extracting(Evidence::url).contains(bacHaSitemap(run));
        long homeCaptures = CaptureIndex.read(RunLayout.captureIndex(run, "tinh-bac-ha")).stream()
                .filter(c -> c.url().getPath().equals("/")).count();
        assertThat(homeCaptures).as("old capture of the home page kept next to the new").isGreaterThanOrEqualTo(2);

        CriterionResult level3 = result(fin, "bo-phat-trien-nong-thon", "C4.04");
        assertThat(level3.source()).isEqualTo(Source.INSPECTOR);
        assertThat(level3.value()).isEqualTo(20.0);
        CriterionResult news = result(fin, "vien-khoa-hoc-ung-dung", "C3.05");
        assertThat(news.explanation()).as("re-checked, then the dispute rejected").startsWith("Kiểm tra lại ngày");
        assertThat(news.points()).isEqualTo(result(baseline, "vien-khoa-hoc-ung-dung", "C3.05").points());
        assertThat(news.source()).isEqualTo(Source.CRAWLER);

        Document index = Jsoup.parse(run.resolve("report/confirm/index.html").toFile(), "UTF-8");
        assertThat(status(index, "Bộ Tài nguyên Biển")).isEqualTo("Đã xác nhận");
        assertThat(status(index, "Tỉnh Sơn Lâm")).isEqualTo("Đã xác nhận");
        assertThat(status(index, "Viện Hàn lâm Khoa học Ứng dụng")).isEqualTo("Đã giải quyết");
        assertThat(status(index, "Bộ Phát triển Nông thôn")).isEqualTo("Đã giải quyết");
        assertThat(status(index, "Tỉnh Bắc Hà")).isEqualTo("Đã giải quyết");
        assertThat(status(index, "Tỉnh Hải Đông")).isEqualTo("Có ý kiến khác, chờ giải quyết");
        assertThat(status(index, "Ban Quản lý Kinh tế Biển")).isEqualTo("Chưa trả lời");

        int listed = 0;
        for (var agency : fin.agencies()) {
            Document page = Jsoup.parse(run.resolve("report/confirm/" + agency.id() + ".html").toFile(), "UTF-8");
            for (CategoryResult cat : agency.categories()) {
                for (CriterionResult after : cat.criteria()) {
                    CriterionResult before = result(baseline, agency.id(), after.id());
                    if (before.points() == after.points() && before.status() == after.status()
                            && java.util.Objects.equals(before.value(), after.value()) && before.source() == after.source()) {
                        continue;
                    }
                    List<Element> rows = page.select("table.changes tr").stream()
                            .filter(tr -> tr.select("td").size() == 8 && tr.select("td").get(2).text().equals(after.id()))
                            .toList();
                    assertThat(rows).as("change of %s %s listed", agency.id(), after.id()).isNotEmpty();
                    for (Element tr : rows) {
                        assertThat(tr.select("td").get(6).text()).as("reason").isNotBlank();
                        assertThat(tr.select("td").get(7).text()).as("author").isNotBlank();
                    }
                    listed++;
                }
            }
        }
        assertThat(listed).as("criteria changed since the crawl").isGreaterThanOrEqualTo(3);
        String sonLamPage = Files.readString(run.resolve("report/confirm/tinh-son-lam.html"));
        assertThat(sonLamPage).contains("Biên bản kiểm kê thiết bị ngày 15/12/2016 khớp số liệu", INSPECTOR);

        List<JournalEntry> entries = journal(run);
        List<JournalEntry.Imported> imports = entries.stream().filter(e -> e instanceof JournalEntry.Imported)
                .map(e -> (JournalEntry.Imported) e).toList();
        assertThat(imports).hasSize(8);
        assertThat(imports.get(1).sha256()).isEqualTo(sha256(sonLam1));
        assertThat(imports).allMatch(i -> i.by().equals("Văn thư Phạm Hà"));
        assertThat(entries).filteredOn(e -> e instanceof JournalEntry.Rechecked).isNotEmpty();
    }

    private Assessment crawledCopy(Path run) throws Exception {
        return ResultsJson.read(run.resolve("confirm/baseline-results.json"));
    }

    private static String bacHaSitemap(Path run) throws Exception {
        return CaptureIndex.read(RunLayout.captureIndex(run, "tinh-bac-ha")).stream()
                .filter(c -> c.url().getPath().equals("/so-do-cong")).findFirst().orElseThrow().url().toString();
    }

    private void decide(Path run, String agency, String criterion, String choice, String reason) {
        decide(run, agency, criterion, choice, null, reason);
    }

    private void decide(Path run, String agency, String criterion, String choice, String value, String reason) {
        List<String> args = new ArrayList<>(List.of("confirm", "decide", "--run", run.toString(), "--agency", agency,
                "--criterion", criterion, "--by", INSPECTOR));
        if (choice.equals("--set")) {
            args.add("--set");
            args.add(value);
        } else {
            args.add(choice);
        }
        args.add("--reason");
        args.add(reason);
        assertThat(assessor(args.toArray(String[]::new))).as("decide %s %s: %s", agency, criterion, err).isZero();
    }

    private static String status(Document index, String agencyName) {
        for (Element tr : index.select("tr")) {
            if (!tr.select("td").isEmpty() && tr.select("td").get(0).text().equals(agencyName)) {
                return tr.select("td").get(4).text();
            }
        }
        throw new AssertionError(agencyName + " is not on report/confirm/index.html");
    }

    private static CriterionResult result(Assessment a, String agency, String criterion) {
        return a.agency(agency).orElseThrow().categories().stream().flatMap(c -> c.criteria().stream())
                .filter(r -> r.id().equals(criterion)).findFirst().orElseThrow();
    }

    private static List<JournalEntry> journal(Path run) {
        return new Journal(run.resolve("confirm/journal.jsonl")).read();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Fills an exported workbook as the agency would: "Đồng ý" everywhere except the rows given. */
    private static Path answer(Path exported, Path out, Map<String, String[]> rows) throws Exception {
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Xác nhận");
            boolean data = false;
            for (Row row : sheet) {
                String id = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (id.equals("Mã tiêu chí")) {
                    data = true;
                    continue;
                }
                if (!data || id.isEmpty()) {
                    continue;
                }
                String[] a = rows.getOrDefault(id, new String[] {"Đồng ý"});
                for (int i = 0; i < a.length; i++) {
                    row.createCell(10 + i).setCellValue(a[i]);
                }
            }
            Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }
}
