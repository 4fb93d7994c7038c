package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;
import vn.portalassessor.report.json.ResultsJson;

/**
 * The whole pipeline through the {@code assessor} command, in-process, on the bundled sample portals:
 * crawl over HTTP on 127.0.0.1, evaluate, rank, report. Asserts concrete verdicts that the sample
 * portals' labels give.
 */
@DisplayName("assessor demo: crawl, evaluate, rank and report the sample portals")
class DemoPipelineIT {

    @TempDir
    static Path dir;
    static Path run;
    static Assessment results;

    @BeforeAll
    static void runTheDemo() throws Exception {
        run = dir.resolve("demo");
        int exit = AssessorCommand.execute("demo", "--out", run.toString(), "--screenshots", "off");
        assertThat(exit).as("exit code of assessor demo").isZero();
        results = ResultsJson.read(run.resolve("results.json"));
    }

    @Test
    void ranksEverySampleAgencyWithinItsGroup() {
        assertThat(results.agencies()).hasSize(9);
        for (Group g : Group.values()) {
            List<AgencyResult> group = results.agencies().stream().filter(a -> a.group() == g).toList();
            assertThat(group).as(g.name()).hasSize(3);
            group.forEach(a -> assertThat(a.category("3").orElseThrow().rankOf()).isEqualTo(3));
            assertThat(group.stream().map(a -> a.category("3").orElseThrow().rank()))
                    .as("%s ranks in category 3", g).contains(1);
        }
    }

    @Test
    @DisplayName("C3.23 Sơ đồ cổng")
    void sitemapPageIsMetWhereItExistsAndNotMetWhereItDoesNot() {
        CriterionResult moit = criterion("bo-tai-nguyen-bien", "C3.23");
        assertThat(moit.status()).isEqualTo(Status.MET);
        assertThat(moit.evidence().get(0).url()).endsWith("/Pages/SoDoCong.aspx");
        assertThat(moit.evidence().get(0).warcRecordId()).startsWith("<urn:uuid:");

        assertThat(criterion("bo-phat-trien-nong-thon", "C3.23").status()).isEqualTo(Status.NOT_MET);
        CriterionResult xmlOnly = criterion("dai-truyen-thanh-quoc-gia", "C3.23");
        // §8 C3.23: "a sitemap page and/or a working sitemap.xml" (PARTIAL before §8)
        assertThat(xmlOnly.status()).as("only sitemap.xml").isEqualTo(Status.MET);
        assertThat(xmlOnly.points()).isEqualTo(xmlOnly.maxPoints());
    }

    @Test
    @DisplayName("C3.22 Chức năng tìm kiếm")
    void searchThatFindsAKnownHeadlineIsMetAndOneThatFindsNothingIsNot() {
        CriterionResult working = criterion("tinh-son-lam", "C3.22");
        assertThat(working.status()).isEqualTo(Status.MET);
        assertThat(working.evidence().get(0).url()).contains("/web/guest/tim-kiem?");

        CriterionResult empty = criterion("bo-phat-trien-nong-thon", "C3.22");
        assertThat(empty.status()).isEqualTo(Status.NOT_MET);
        assertThat(empty.explanation()).contains("không trả về bài viết đó");
        assertThat(criterion("tinh-tra-giang", "C3.22").explanation()).isEqualTo("Không tìm thấy ô tìm kiếm trên cổng thông tin");
    }

    @Test
    @DisplayName("C3.05 Tin tức, sự kiện")
    void newsSectionThatIsOnlyAPlaceholderIsNotMet() {
        assertThat(criterion("ban-quan-ly-kinh-te-bien", "C3.05").status()).isEqualTo(Status.MET);
        CriterionResult placeholder = criterion("tinh-tra-giang", "C3.05");
        assertThat(placeholder.status()).isEqualTo(Status.NOT_MET);
        assertThat(placeholder.explanation()).contains("chỉ có nội dung giữ chỗ");
    }

    @Test
    @DisplayName("C3.01 Thông tin giới thiệu")
    void introductionUnderASynonymIsFound() {
        CriterionResult tongQuan = criterion("tinh-tra-giang", "C3.01");
        assertThat(tongQuan.status()).isEqualTo(Status.MET);
        assertThat(tongQuan.evidence()).anySatisfy(e -> assertThat(e.url()).contains("/tong-quan/"));
    }

    @Test
    @DisplayName("C4.01 Danh mục dịch vụ công trực tuyến")
    void serviceCatalogueIsFoundEvenOnAnUndeclaredServiceSite() {
        CriterionResult declared = criterion("tinh-son-lam", "C4.01");
        assertThat(declared.status()).isEqualTo(Status.MET);
        CriterionResult discovered = criterion("bo-phat-trien-nong-thon", "C4.01");
        assertThat(discovered.status()).as("service site found through the portal's menu").isEqualTo(Status.MET);
        assertThat(criterion("tinh-tra-giang", "C4.01").status()).as("no online-service site").isEqualTo(Status.NOT_MET);
        assertThat(results.agency("tinh-son-lam").orElseThrow().services()).isNotEmpty();
    }

    @Test
    void mergesTheSampleSelfReportsIntoTheSelfReportedCategories() {
        CriterionResult computers = criterion("bo-tai-nguyen-bien", "C1.01");
        assertThat(computers.source()).isEqualTo(vn.portalassessor.criteria.Source.SELF_REPORTED);
        assertThat(computers.points()).isGreaterThan(0);
        CriterionResult unreported = criterion("tinh-tra-giang", "C2.01");
        assertThat(unreported.status()).isEqualTo(Status.NOT_MET);
        assertThat(unreported.explanation()).startsWith("Không có số liệu");
        assertThat(results.agency("tinh-tra-giang").orElseThrow().category("6").orElseThrow().index()).isZero();
    }

    @Test
    void resultsJsonCarriesEveryContractField() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(run.resolve("results.json").toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/methodology/id").asText()).isEqualTo("2016-reconstructed");
        assertThat(root.get("assessmentDate").asText()).isEqualTo("2016-12-31");
        JsonNode agency = root.get("agencies").get(0);
        for (String field : List.of("id", "name", "group", "crawl", "categories")) {
            assertThat(agency.has(field)).as(field).isTrue();
        }
        assertThat(agency.at("/crawl/status").asText()).isEqualTo("OK");
        JsonNode category = agency.get("categories").get(2);
        for (String field : List.of("id", "points", "maxPoints", "index", "rank", "rankOf", "level", "criteria")) {
            assertThat(category.has(field)).as(field).isTrue();
        }
        JsonNode sitemap = null;
        for (JsonNode c : category.get("criteria")) {
            if (c.get("id").asText().equals("C3.23")) {
                sitemap = c;
            }
        }
        assertThat(sitemap).isNotNull();
        for (String field : List.of("status", "points", "maxPoints", "source", "confidence", "explanation", "evidence",
                "rule", "value")) {
            assertThat(sitemap.has(field)).as(field).isTrue();
        }
        for (String field : List.of("url", "fetchedAt", "warcRecordId", "snippet")) {
            assertThat(sitemap.at("/evidence/0").has(field)).as("evidence." + field).isTrue();
        }
    }

    @Test
    void writesTheVietnameseReportCsvAndArchives() throws Exception {
        Document index = Jsoup.parse(run.resolve("report/index.html").toFile(), "UTF-8");
        assertThat(index.select("html").attr("lang")).isEqualTo("vi");
        assertThat(index.select("table.ranking[data-category=3] tr[data-agency]")).hasSize(9);
        assertThat(index.text()).contains("Bộ, cơ quan ngang Bộ", "Tỉnh, thành phố trực thuộc Trung ương", "2016-reconstructed");
        assertThat(Files.exists(run.resolve("report/agency/tinh-son-lam.html"))).isTrue();

        List<String> csv = Files.readAllLines(run.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFagency_id,agency_name,group,category_id");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("tinh-son-lam,\"Tỉnh Sơn Lâm\",PROVINCE,3,"));

        try (var files = Files.list(run.resolve("evidence/bo-tai-nguyen-bien"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n).endsWith(".warc.gz"));
        }
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"methodologyId\" : \"2016-reconstructed\"");
    }

    @Test
    @DisplayName("assessor evaluate: an edited methodology re-ranks a finished crawl without fetching")
    void reScoresAFinishedCrawlWithAnEditedMethodology() throws Exception {
        Path copy = dir.resolve("re-scored");
        copyTree(run, copy);
        String method = new String(MethodologyLoader.class.getResourceAsStream(MethodologyLoader.DEFAULT_RESOURCE)
                .readAllBytes(), StandardCharsets.UTF_8);
        String edited = method.replace("version: \"2\"", "version: \"2-c316x10\"")
                .replace("maxPoints: {MINISTRY: 144, GOV_AGENCY: 144, PROVINCE: 149}",
                        "maxPoints: {MINISTRY: 171, GOV_AGENCY: 171, PROVINCE: 176}")
                .replace("name: \"Chương trình, đề tài khoa học\"\n        rule: PRESENCE\n        maxPoints: 3",
                        "name: \"Chương trình, đề tài khoa học\"\n        rule: PRESENCE\n        maxPoints: 30");
        assertThat(edited).contains("maxPoints: 30").contains("2-c316x10");
        Path methodFile = Files.writeString(dir.resolve("method-c316.yaml"), edited, StandardCharsets.UTF_8);
        Path selfReport = Files.writeString(dir.resolve("tu-bao-cao.csv"),
                "agency_id,criterion_id,value,note\nbo-van-hoa-cong-dong,C1.01,0.9,\nbo-tai-nguyen-bien,C1.01,0.45,\n",
                StandardCharsets.UTF_8);
        long capturesBefore = capturedLines(copy);

        int exit = AssessorCommand.execute("evaluate", "--run", copy.toString(), "--methodology", methodFile.toString(),
                "--self-reported", selfReport.toString());

        assertThat(exit).isZero();
        assertThat(capturedLines(copy)).as("nothing fetched").isEqualTo(capturesBefore);
        Assessment after = ResultsJson.read(copy.resolve("results.json"));
        assertThat(after.methodology().version()).isEqualTo("2-c316x10");
        for (String id : List.of("bo-tai-nguyen-bien", "bo-phat-trien-nong-thon", "bo-van-hoa-cong-dong")) {
            var before = results.agency(id).orElseThrow().category("3").orElseThrow();
            var now = after.agency(id).orElseThrow().category("3").orElseThrow();
            double c316 = criterion(id, "C3.16").points();
            assertThat(now.points()).as(id + " points").isEqualTo(before.points() + 9 * c316);
            assertThat(now.index()).as(id + " index").isEqualTo(Math.round(now.points() / 171 * 1000) / 1000.0);
        }
        List<String> expectedOrder = after.agencies().stream().filter(a -> a.group() == Group.MINISTRY)
                .sorted((x, y) -> Double.compare(y.category("3").orElseThrow().index(), x.category("3").orElseThrow().index()))
                .map(AgencyResult::id).toList();
        assertThat(after.agency(expectedOrder.get(0)).orElseThrow().category("3").orElseThrow().rank()).isEqualTo(1);
        assertThat(after.agency("bo-van-hoa-cong-dong").orElseThrow().category("1").orElseThrow().points())
                .as("0.9 × 20 from the self-report").isEqualTo(18.0);
        assertThat(after.agency("bo-van-hoa-cong-dong").orElseThrow().category("1").orElseThrow().rank())
                .as("the only ministry with more C1.01 points").isEqualTo(1);

        // issue 13: the two runs of the samples compared, as inspectors compare before and after a change
        Path comparison = dir.resolve("so-sanh");
        assertThat(AssessorCommand.execute("compare", "--run", run.toString(), "--run", copy.toString(),
                "--out", comparison.toString())).isZero();
        Document page = Jsoup.parse(comparison.resolve("index.html").toFile(), "UTF-8");
        for (String id : List.of("bo-tai-nguyen-bien", "bo-phat-trien-nong-thon", "bo-van-hoa-cong-dong")) {
            var row = page.selectFirst("#bang-hang-muc tr[data-agency=" + id + "][data-category=3]");
            assertThat(row).as(id + " category 3 in the comparison").isNotNull();
            assertThat(row.select("td").eachText()).as(id + ": index before and after, the Vietnamese way")
                    .contains(vietnamese(results.agency(id).orElseThrow().category("3").orElseThrow().index()),
                            vietnamese(after.agency(id).orElseThrow().category("3").orElseThrow().index()));
        }
        double c101Before = criterion("bo-van-hoa-cong-dong", "C1.01").points();
        double c101After = after.agency("bo-van-hoa-cong-dong").orElseThrow().categories().stream()
                .flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals("C1.01")).findFirst().orElseThrow().points();
        assertThat(c101After).as("the new self-report changes C1.01's points").isNotEqualTo(c101Before);
        assertThat(page.select("#bang-tieu-chi tr[data-agency=bo-van-hoa-cong-dong][data-criterion=C1.01] td"))
                .as("the re-reported C1.01 is listed with its points then and now").extracting(org.jsoup.nodes.Element::text)
                .contains(VietnameseNumbers.points(c101Before) + " → " + VietnameseNumbers.points(c101After));
    }

    /** An index as the report writes it: three decimals, a decimal comma. */
    private static String vietnamese(double index) {
        return String.format(java.util.Locale.ROOT, "%.3f", index).replace('.', ',');
    }

    @Test
    void reScoringWithoutNewFiguresKeepsTheRunsOwnSelfReport() throws Exception {
        Path copy = dir.resolve("re-scored-same-figures");
        copyTree(run, copy);

        assertThat(AssessorCommand.execute("evaluate", "--run", copy.toString())).isZero();

        Assessment after = ResultsJson.read(copy.resolve("results.json"));
        for (AgencyResult a : results.agencies()) {
            for (String category : List.of("1", "2", "5", "6")) {
                assertThat(after.agency(a.id()).orElseThrow().category(category).orElseThrow().points())
                        .as(a.id() + " category " + category)
                        .isEqualTo(a.category(category).orElseThrow().points());
            }
        }
    }

    @Test
    @DisplayName("assessor evaluate: a run and its re-scores write the same results.json, timestamps apart (issue 15)")
    void reScoringAFinishedRunWritesTheRunsResultsAgain() throws Exception {
        Path copy = dir.resolve("re-scored-twice");
        copyTree(run, copy);
        String ran = withoutTimestamps(run.resolve("results.json"));

        assertThat(AssessorCommand.execute("evaluate", "--run", copy.toString())).isZero();
        String first = withoutTimestamps(copy.resolve("results.json"));
        assertThat(AssessorCommand.execute("evaluate", "--run", copy.toString())).isZero();
        String second = withoutTimestamps(copy.resolve("results.json"));

        // C3.28 counted the run's search-result probe page among the crawled pages on a re-score ("41 trang" / "42 trang")
        assertThat(first).as("results.json of the run and of its re-score").isEqualTo(ran);
        assertThat(second).as("results.json of two re-scores").isEqualTo(first);
        assertThat(ran).as("the demo's agencies are judged from their pages").contains("\"C3.28\"", "trang đều dùng Unicode");
    }

    /** results.json as written, with every timestamp's value blanked. */
    private static String withoutTimestamps(Path results) throws java.io.IOException {
        return Files.readString(results, StandardCharsets.UTF_8)
                .replaceAll("\"(fetchedAt|scannedAt|started|finished)\"\\s*:\\s*\"[^\"]*\"", "\"$1\" : \"\"");
    }

    private static long capturedLines(Path runDir) throws java.io.IOException {
        try (var files = Files.walk(runDir.resolve("crawl-state"))) {
            long n = 0;
            for (Path p : files.filter(f -> f.getFileName().toString().equals("captures.jsonl")).toList()) {
                n += Files.readAllLines(p).size();
            }
            return n;
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static CriterionResult criterion(String agency, String id) {
        return results.agency(agency).orElseThrow().categories().stream()
                .flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
