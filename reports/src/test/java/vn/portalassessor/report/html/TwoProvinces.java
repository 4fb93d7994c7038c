package vn.portalassessor.report.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Two provinces and a ministry for the overview, matrix and criterion-page tests: Tỉnh Trà Giang sent
 * no self-report for category 2 (both criteria "Không có số liệu"), Tỉnh Hải Đông sent one figure of two.
 */
final class TwoProvinces {

    static final String NO_DATA = "Không có số liệu: cơ quan chưa báo cáo tiêu chí này";

    private TwoProvinces() {
    }

    static Assessment assessment() {
        return new Assessment(Assessment.SCHEMA_VERSION,
                new Assessment.MethodologyRef("2016-reconstructed", "2", "Quyết định 62/QĐ-BTTTT", "Điểm tái dựng."),
                LocalDate.of(2016, 12, 31), List.of(
                        agency("tinh-tra-giang", "Tỉnh Trà Giang", Group.PROVINCE,
                                category2(0, 2, 2, Level.TRUNG_BINH, missing("C2.01", 30), missing("C2.02", 40)),
                                category3(0.765, 2, 2, Level.TOT, Status.NOT_MET, 0)),
                        agency("tinh-hai-dong", "Tỉnh Hải Đông", Group.PROVINCE,
                                category2(30, 1, 2, Level.TRUNG_BINH, reported("C2.01", 0.8, 30), missing("C2.02", 40)),
                                category3(0.949, 1, 2, Level.TOT, Status.MET, 6)),
                        agency("bo-tai-nguyen-bien", "Bộ Tài nguyên Biển", Group.MINISTRY,
                                category2(61.5, 1, 1, Level.KHA, reported("C2.01", 0.85, 30), reported("C2.02", 0.9, 40)),
                                category3(0.63, 1, 1, Level.KHA, Status.PARTIAL, 3))));
    }

    private static AgencyResult agency(String id, String name, Group group, CategoryResult c2, CategoryResult c3) {
        return new AgencyResult(id, name, group, "https://" + id + ".gov.vn/", new CrawlInfo(84, 3, "OK", List.of()),
                List.of(c2, c3), null);
    }

    private static CategoryResult category2(double points, int rank, int of, Level level, CriterionResult... rows) {
        return new CategoryResult("2", "Ứng dụng CNTT trong hoạt động của cơ quan", points, 70, points / 70, rank, of, level,
                List.of(rows));
    }

    private static CategoryResult category3(double index, int rank, int of, Level level, Status search, double points) {
        String portal = "https://cong.gov.vn/";
        CriterionResult c322 = new CriterionResult("C3.22", "Chức năng tìm kiếm", search, points, 6, Source.CRAWLER, 0.9,
                search == Status.MET ? "Tìm kiếm \"Hội nghị tổng kết\" trả về 4 kết quả"
                        : "Ô tìm kiếm không trả về kết quả cho tiêu đề đã biết \"Hội nghị tổng kết\"",
                List.of(new Evidence(portal + "tim-kiem?q=hoi-nghi", Instant.parse("2016-12-20T03:15:00Z"),
                        "<urn:uuid:6f1c1f4e-0a55-4c38-9a38-6a3c1b0e9d11>", null, "Kết quả tìm kiếm", null),
                        new Evidence(portal + "tim-kiem?q=hoi-nghi", Instant.parse("2016-12-20T03:15:00Z"),
                        "<urn:uuid:6f1c1f4e-0a55-4c38-9a38-6a3c1b0e9d11>", null, "Hội nghị tổng kết năm 2016", null)),
                RuleType.PRESENCE, null, null, null, null);
        return new CategoryResult("3", "Trang/Cổng thông tin điện tử", Math.round(index * 144 * 100) / 100.0, 144, index,
                rank, of, level, List.of(c322));
    }

    private static CriterionResult missing(String id, double max) {
        return new CriterionResult(id, "Tỷ lệ " + id, Status.NOT_MET, 0, max, Source.SELF_REPORTED, 1.0, NO_DATA, List.of(),
                RuleType.RATIO, null, null, null, null);
    }

    private static CriterionResult reported(String id, double value, double max) {
        return new CriterionResult(id, "Tỷ lệ " + id, Status.MET, value * max, max, Source.SELF_REPORTED, 1.0,
                "Số liệu tự báo cáo: " + value, List.of(), RuleType.RATIO, value, null, value, null);
    }
}
