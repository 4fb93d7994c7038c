package vn.portalassessor.evaluate.services;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/**
 * C4.07 recognised by subordinate units' names (methodology §8): sở / huyện / xã for a province, Cục /
 * Tổng cục / port authorities for a ministry — in a service's "Cơ quan thực hiện" or in the catalogue's
 * grouping and filter — never the agency itself, its own level, or a "trụ sở". Issue 12.
 */
@DisplayName("C4.07 dịch vụ công của đơn vị trực thuộc theo tên đơn vị")
class ServiceUnitsByNameTest {

    private static final String DVC = "https://dichvucong.tinhthunghiem.gov.vn";

    @TempDir
    Path run;

    private static String servicePage(String name, String executedBy) {
        return """
                <main><h1>%s</h1><div class="tthc">
                <p><strong>Mức độ:</strong> Mức độ 2</p>
                <p><strong>Trình tự thực hiện:</strong> Nộp hồ sơ tại trụ sở cơ quan tiếp nhận; nhận kết quả tại Bộ phận một cửa.</p>
                <p><strong>Cách thức thực hiện:</strong> Trực tiếp hoặc qua bưu chính.</p>
                <p><strong>Thành phần hồ sơ:</strong> Tờ khai theo mẫu.</p>
                <p><strong>Thời hạn giải quyết:</strong> 05 ngày làm việc.</p>
                <p><strong>Đối tượng thực hiện:</strong> Cá nhân.</p>
                <p><strong>Cơ quan thực hiện:</strong> %s</p>
                <p><strong>Kết quả thực hiện:</strong> Văn bản chấp thuận.</p>
                <p><strong>Lệ phí:</strong> Không.</p>
                <p><strong>Căn cứ pháp lý:</strong> Nghị định số 63/2010/NĐ-CP.</p>
                </div></main>""".formatted(name, executedBy);
    }

    private static String catalogue(String filter, String rows) {
        return """
                <main><h1>Danh mục dịch vụ công trực tuyến</h1>%s
                <table><tr><th>Tên thủ tục</th><th>Mức độ</th></tr>%s</table></main>""".formatted(filter, rows);
    }

    private static final String ROWS = """
            <tr><td><a href="/thu-tuc/1">Cấp giấy phép kinh doanh karaoke</a></td><td>Mức độ 3</td></tr>
            <tr><td><a href="/thu-tuc/2">Đăng ký hộ kinh doanh</a></td><td>Mức độ 3</td></tr>
            <tr><td><a href="/thu-tuc/3">Chứng thực bản sao từ bản chính</a></td><td>Mức độ 2</td></tr>""";

    private Verdict c407(SiteEvidence site) {
        return new ServiceUnitsCheck().judge(criterion("C4.07"), site);
    }

    @Test
    @DisplayName("a province's catalogue filtered by \"UBND cấp huyện\" → MET")
    void aCatalogueFilteredByDistrictPeoplesCommitteesIsMet() {
        SiteEvidence site = PortalFixture.in(run)
                .page(DVC + "/danh-muc", catalogue("""
                        <form method="get"><label for="cq">Cơ quan thực hiện</label><select id="cq" name="coQuan">
                        <option value="">-- Tất cả --</option><option value="tinh">UBND tỉnh Thử Nghiệm</option>
                        <option value="huyen">UBND cấp huyện</option><option value="xa">UBND cấp xã</option></select>
                        <button type="submit">Lọc</button></form>""", ROWS))
                .page(DVC + "/thu-tuc/1", servicePage("Cấp giấy phép kinh doanh karaoke", "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .build();

        Verdict v = c407(site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("lọc", "UBND cấp huyện");
    }

    @Test
    @DisplayName("a province's services executed by a Sở → MET, naming the unit")
    void servicesExecutedByAProvincialDepartmentAreMet() {
        SiteEvidence site = PortalFixture.in(run)
                .page(DVC + "/danh-muc", catalogue("", ROWS))
                .page(DVC + "/thu-tuc/1", servicePage("Cấp giấy phép kinh doanh karaoke", "Sở Văn hóa, Thể thao và Du lịch"))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Phòng Tài chính - Kế hoạch cấp huyện"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "UBND xã, phường, thị trấn"))
                .build();

        Verdict v = c407(site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("3 dịch vụ", "Sở Văn hóa", "UBND xã");
    }

    @Test
    @DisplayName("a ministry whose services are all its own (Bộ, \"trụ sở\", Vụ) → NOT_MET")
    void aMinistryExecutingEverythingItselfIsNotMet() {
        SiteEvidence site = PortalFixture.in(run).agency(Group.MINISTRY, "Bộ Thử Nghiệm")
                .page(DVC + "/danh-muc", catalogue("", ROWS))
                .page(DVC + "/thu-tuc/1", servicePage("Cấp giấy phép kinh doanh karaoke", "Bộ Thử Nghiệm"))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Vụ Pháp chế, Bộ Thử Nghiệm"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "Văn phòng Bộ (trụ sở Bộ)"))
                .build();

        Verdict v = c407(site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.NOT_MET);
    }

    @Test
    @DisplayName("a ministry's service executed by a port authority (Cảng vụ Hàng hải) → MET")
    void aMinistryServiceExecutedByAPortAuthorityIsMet() {
        SiteEvidence site = PortalFixture.in(run).agency(Group.MINISTRY, "Bộ Thử Nghiệm")
                .page(DVC + "/danh-muc", catalogue("", ROWS))
                .page(DVC + "/thu-tuc/1", servicePage("Cấp giấy phép rời cảng", "Cảng vụ Hàng hải Quảng Ninh"))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Bộ Thử Nghiệm"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "Bộ Thử Nghiệm"))
                .build();

        Verdict v = c407(site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("Cảng vụ Hàng hải Quảng Ninh");
    }

    @Test
    @DisplayName("a government agency executing its services itself (\"Bảo hiểm xã hội Việt Nam\", its academy) → NOT_MET")
    void aGovernmentAgencyExecutingItsServicesItselfIsNotMet() {
        PortalFixture agency = PortalFixture.in(run).agency(Group.GOV_AGENCY, "Bảo hiểm xã hội Việt Nam")
                .page(DVC + "/danh-muc", catalogue("", ROWS))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Bảo hiểm xã hội Việt Nam"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "Học viện Bảo hiểm xã hội"));

        Verdict itself = c407(agency.page(DVC + "/thu-tuc/1", servicePage("Cấp lại sổ bảo hiểm xã hội",
                "Bảo hiểm xã hội Việt Nam (Ban Thu)")).build());
        assertThat(itself.status()).as(itself.explanation()).isEqualTo(Status.NOT_MET);
    }

    @Test
    @DisplayName("a government agency's service executed by its provincial branch → MET")
    void aServiceOfAProvincialBranchIsMet() {
        SiteEvidence site = PortalFixture.in(run).agency(Group.GOV_AGENCY, "Bảo hiểm xã hội Việt Nam")
                .page(DVC + "/danh-muc", catalogue("", ROWS))
                .page(DVC + "/thu-tuc/1", servicePage("Cấp lại sổ bảo hiểm xã hội", "Bảo hiểm xã hội tỉnh Lam Thủy"))
                .page(DVC + "/thu-tuc/2", servicePage("Đăng ký hộ kinh doanh", "Bảo hiểm xã hội Việt Nam"))
                .page(DVC + "/thu-tuc/3", servicePage("Chứng thực bản sao từ bản chính", "Bảo hiểm xã hội Việt Nam"))
                .build();

        Verdict v = c407(site);

        assertThat(v.status()).as(v.explanation()).isEqualTo(Status.MET);
        assertThat(v.explanation()).contains("Bảo hiểm xã hội tỉnh Lam Thủy");
    }
}
