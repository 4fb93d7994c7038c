package vn.portalassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CrawlInfo;
import vn.portalassessor.evaluate.result.ServiceResult;
import vn.portalassessor.report.csv.ServicesCsv;
import vn.portalassessor.report.json.ResultsJson;

/** The category-4 service table in results.json, services.csv and the agency page (issue 6). */
@DisplayName("C4 Bảng dịch vụ công trong kết quả")
class ServiceTableOutputsTest {

    private static final ServiceResult NHAN_CHIM = new ServiceResult("Cấp giấy phép nhận chìm ở biển",
            "https://dichvucong.botnb.example.gov.vn/thu-tuc/cap-phep-nhan-chim-o-bien.php", 4, 3, true, List.of(),
            List.of("https://dichvucong.botnb.example.gov.vn/thu-tuc/cap-phep-nhan-chim-o-bien.php",
                    "https://dichvucong.botnb.example.gov.vn/nop-ho-so/cap-phep-nhan-chim-o-bien.php"),
            "Mức độ 3 theo kiểm tra, công bố mức độ 4: không có thanh toán trực tuyến");
    private static final ServiceResult CAP_LAI = new ServiceResult("Cấp lại giấy phép khai thác nước dưới đất",
            "https://dichvucong.botnb.example.gov.vn/thu-tuc/cap-lai-giay-phep-nuoc-duoi-dat.php", 1, 1, false,
            List.of("Lệ phí", "Căn cứ pháp lý"), List.of(), "Mức độ 1 theo kiểm tra, đúng mức công bố");

    private static Assessment assessment() {
        AgencyResult agency = new AgencyResult("bo-tai-nguyen-bien", "Bộ Tài nguyên Biển", Group.MINISTRY,
                "https://botnb.example.gov.vn/", new CrawlInfo(40, 0, "OK", List.of()), List.of(), null);
        AgencyResult noServices = new AgencyResult("bo-van-hoa-cong-dong", "Bộ Văn hóa Cộng đồng", Group.MINISTRY,
                "https://bovhcd.example.gov.vn/", new CrawlInfo(12, 0, "OK", List.of()), List.of(), null);
        return new Assessment(Assessment.SCHEMA_VERSION, new Assessment.MethodologyRef("2016-reconstructed", "2", "x", "y"),
                LocalDate.of(2016, 12, 31), List.of(agency, noServices))
                .withServices(Map.of("bo-tai-nguyen-bien", List.of(CAP_LAI, NHAN_CHIM)));
    }

    @Test
    void resultsJsonCarriesTheServiceTableAndStillReadsAFileWithoutIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.json");
        ResultsJson.write(assessment(), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"declaredLevel\" : 4", "\"detectedLevel\" : 3", "\"discrepancy\" : true");
        Assessment back = ResultsJson.read(file);
        assertThat(back.agency("bo-tai-nguyen-bien").orElseThrow().services()).containsExactly(CAP_LAI, NHAN_CHIM);
        assertThat(back.agency("bo-van-hoa-cong-dong").orElseThrow().services()).isEmpty();

        Path older = dir.resolve("older.json");
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
        tree.withArray("agencies").forEach(a -> ((ObjectNode) a).remove("services"));
        Files.writeString(older, tree.toString(), StandardCharsets.UTF_8);
        assertThat(Files.readString(older)).doesNotContain("\"services\"");
        assertThat(ResultsJson.read(older).agency("bo-tai-nguyen-bien").orElseThrow().services()).isEmpty();
    }

    @Test
    void servicesCsvHasOneRowPerServiceWithDeclaredAndDetectedLevel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ServicesCsv.FILE);
        ServicesCsv.write(assessment(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFFagency_id,agency_name,group,service_name,service_url,declared_level,detected_level,discrepancy");
        assertThat(lines.get(2)).contains("Cấp giấy phép nhận chìm ở biển", ",4,3,true,");
        assertThat(lines.get(1)).contains(",1,1,false,\"Lệ phí; Căn cứ pháp lý\"");
    }

    @Test
    void theAgencyPageListsServicesWithAWrongLabelFirst(@TempDir Path dir) throws Exception {
        RunOutputs.write(dir, assessment(), Map.of());
        String page = Files.readString(dir.resolve("report/agency/bo-tai-nguyen-bien.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Dịch vụ công trực tuyến đã kiểm tra (2)");
        assertThat(page.indexOf("Cấp giấy phép nhận chìm ở biển")).isLessThan(page.indexOf("Cấp lại giấy phép khai thác nước dưới đất"));
        assertThat(page).contains("data-discrepancy=\"true\"", "nop-ho-so/cap-phep-nhan-chim-o-bien.php", "Lệ phí, Căn cứ pháp lý");
        assertThat(Files.readString(dir.resolve("report/agency/bo-van-hoa-cong-dong.html"), StandardCharsets.UTF_8))
                .doesNotContain("Dịch vụ công trực tuyến đã kiểm tra");
        assertThat(dir.resolve(ServicesCsv.FILE)).exists();
    }
}
