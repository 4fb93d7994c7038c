package vn.portalassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.Level;
import vn.portalassessor.report.json.ResultsJson;

class RunOutputsTest {

    @TempDir
    Path run;

    static Assessment assessment() {
        CriterionResult sitemap = new CriterionResult("C3.23", "Sơ đồ cổng", Status.MET, 3, 3, Source.CRAWLER, 0.9,
                "Có trang \"Sơ đồ cổng\" liệt kê 22 liên kết",
                List.of(new Evidence("https://quangbinh.gov.vn/so-do-cong", Instant.parse("2016-12-20T03:00:00Z"),
                        "<urn:uuid:5f2a>", null, "Sơ đồ cổng", "#main > h1")),
                RuleType.PRESENCE, 1.0, null, null, null);
        CriterionResult level3 = new CriterionResult("C4.04", "Số dịch vụ công mức độ 3", Status.PARTIAL, 12.5, 25,
                Source.CRAWLER, 0.8, "Đếm được 12 dịch vụ", List.of(), RuleType.NORMALIZED, 12.0, 12.0, 15.0, true);
        AgencyResult qb = new AgencyResult("tinh-quang-binh", "Tỉnh Quảng Bình", Group.PROVINCE, "https://quangbinh.gov.vn/",
                new CrawlInfo(412, 3, "OK", List.of()),
                List.of(new CategoryResult("3", "Trang/Cổng thông tin điện tử", 3, 149, 0.02, 1, 1, Level.TRUNG_BINH, List.of(sitemap)),
                        new CategoryResult("4", "Cung cấp dịch vụ công trực tuyến", 12.5, 100, 0.125, 1, 1, Level.TRUNG_BINH, List.of(level3))),
                null);
        return new Assessment(1, new Assessment.MethodologyRef("2016-reconstructed", "2", "Đánh giá 2016", "Điểm tái dựng"),
                LocalDate.of(2016, 12, 31), List.of(qb));
    }

    @Test
    void resultsJsonReadsBackToTheSameAssessment() throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày đánh giá", "31/12/2016");
        RunOutputs.write(run, assessment(), facts);

        assertThat(ResultsJson.read(run.resolve("results.json"))).isEqualTo(assessment());
        String json = Files.readString(run.resolve("results.json"));
        assertThat(json).contains("\"detected\" : 12.0", "\"reported\" : 15.0", "\"discrepancy\" : true",
                "\"warcRecordId\" : \"<urn:uuid:5f2a>\"");
        assertThat(json).as("absent screenshot is left out, not null").doesNotContain("\"screenshot\"");
    }

    @Test
    void writesCsvAndHtmlAndLeavesNoStagingBehind() throws Exception {
        RunOutputs.write(run, assessment(), Map.of("Ngày đánh giá", "31/12/2016"));

        List<String> csv = Files.readAllLines(run.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(3);
        assertThat(csv.get(2)).contains("C4.04", "PARTIAL", "12.50", "NORMALIZED", "true");
        Document index = Jsoup.parse(run.resolve("report/index.html").toFile(), "UTF-8");
        assertThat(index.select("table.ranking tr[data-agency=tinh-quang-binh] td").get(2).text()).as("issue 13: decimal comma").endsWith("0,020");
        Document agency = Jsoup.parse(run.resolve("report/agency/tinh-quang-binh.html").toFile(), "UTF-8");
        assertThat(agency.select("tr#C3\\.23 td").get(2).text()).isEqualTo("Đạt");
        assertThat(agency.text()).contains("Điểm tái dựng");
        assertThat(run.resolve(".outputs-staging")).doesNotExist();
    }
}
