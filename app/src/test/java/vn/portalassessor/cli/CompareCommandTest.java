package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.report.json.ResultsJson;

/** Issue 13: {@code assessor compare} on two runs that differ, and its refusal of different methodologies. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static Assessment run(String methodologyId, Status sitemap, double points, double index, int rank, Level level) {
        CriterionResult c323 = new CriterionResult("C3.23", "Sơ đồ cổng", sitemap, sitemap == Status.MET ? 3 : 0, 3,
                Source.CRAWLER, 0.9, sitemap == Status.MET ? "Có trang sơ đồ cổng /so-do-cong" : "Không có trang sơ đồ cổng và không có tệp sitemap.xml",
                List.of(), RuleType.PRESENCE, null, null, null, null);
        AgencyResult sonLam = new AgencyResult("tinh-son-lam", "Tỉnh Sơn Lâm", Group.PROVINCE, "https://sonlam.gov.vn/",
                new CrawlInfo(141, 3, "OK", List.of()),
                List.of(new CategoryResult("3", "Trang/Cổng thông tin điện tử", points, 149, index, rank, 2, level, List.of(c323))), null);
        CriterionResult met = new CriterionResult("C3.23", "Sơ đồ cổng", Status.MET, 3, 3, Source.CRAWLER, 0.9,
                "Có tệp sitemap.xml", List.of(), RuleType.PRESENCE, null, null, null, null);
        AgencyResult haiDong = new AgencyResult("tinh-hai-dong", "Tỉnh Hải Đông", Group.PROVINCE, "https://haidong.gov.vn/",
                new CrawlInfo(72, 2, "OK", List.of()),
                List.of(new CategoryResult("3", "Trang/Cổng thông tin điện tử", 116, 149, 0.779, 1, 2, Level.TOT, List.of(met))), null);
        return new Assessment(1, new Assessment.MethodologyRef(methodologyId, "1", "Phương pháp", ""), LocalDate.of(2016, 12, 31),
                List.of(sonLam, haiDong));
    }

    private Path write(String name, Assessment a) throws Exception {
        Path run = dir.resolve(name);
        Files.createDirectories(run);
        ResultsJson.write(a, run.resolve("results.json"));
        return run;
    }

    @Test
    void writesWhatChangedBetweenTwoRuns() throws Exception {
        Path before = write("nam-2016", run("2016-reconstructed", Status.NOT_MET, 111, 0.745, 2, Level.KHA));
        Path after = write("nam-2016-vong-2", run("2016-reconstructed", Status.MET, 114, 0.765, 2, Level.TOT));
        Path out = dir.resolve("so-sanh");

        assertThat(AssessorCommand.execute("compare", "--run", before.toString(), "--run", after.toString(),
                "--out", out.toString())).isZero();

        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.select("#bang-tieu-chi tbody tr")).singleElement().satisfies(tr -> assertThat(tr.select("td").eachText())
                .containsExactly("Tỉnh Sơn Lâm", "C3.23 Sơ đồ cổng", "Không đạt", "Đạt", "0 → 3",
                        "Không có trang sơ đồ cổng và không có tệp sitemap.xml", "Có trang sơ đồ cổng /so-do-cong"));
        assertThat(page.select("#bang-hang-muc tr[data-agency=tinh-son-lam] td").eachText())
                .contains("0,745", "0,765", "+0,020", "Khá → Tốt");
    }

    @Test
    void refusesRunsScoredWithDifferentMethodologiesUnlessAllowed() throws Exception {
        Path before = write("nam-2016", run("2016-reconstructed", Status.NOT_MET, 111, 0.745, 2, Level.KHA));
        Path after = write("nam-2018", run("2018-chinh-thuc", Status.MET, 114, 0.765, 2, Level.TOT));
        int code = AssessorCommand.execute("compare", "--run", before.toString(), "--run", after.toString(),
                "--out", dir.resolve("x").toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x"))).as("nothing written").isFalse();
        assertThat(AssessorCommand.execute("compare", "--run", before.toString(), "--run", after.toString(),
                "--out", dir.resolve("y").toString(), "--allow-different-methods")).isZero();
        assertThat(Files.readString(dir.resolve("y/index.html"), StandardCharsets.UTF_8)).contains("phương pháp khác nhau");
    }

    @Test
    void needsExactlyTwoRuns() throws Exception {
        Path before = write("nam-2016", run("2016-reconstructed", Status.NOT_MET, 111, 0.745, 2, Level.KHA));

        assertThat(AssessorCommand.execute("compare", "--run", before.toString())).isEqualTo(2);
    }
}
