package vn.portalassessor.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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
 * A small finished run for report and viewer tests: two ministries and two provinces judged in
 * categories 3 and 4, each MET criterion backed by a page with a screenshot on disk and a WARC file.
 */
public final class SampleRun {

    public static final List<String> AGENCIES = List.of("bo-tu-phap", "bo-y-te", "tinh-quang-binh", "tinh-ha-giang");

    private SampleRun() {
    }

    public static Assessment assessment() {
        List<AgencyResult> agencies = new ArrayList<>();
        agencies.add(agency("bo-tu-phap", "Bộ Tư pháp", Group.MINISTRY, 0.756, 1, 2, Level.KHA, 0.912, 1, Level.TOT));
        agencies.add(agency("bo-y-te", "Bộ Y tế", Group.MINISTRY, 0.512, 2, 2, Level.TRUNG_BINH, 0.640, 2, Level.KHA));
        agencies.add(agency("tinh-quang-binh", "Tỉnh Quảng Bình", Group.PROVINCE, 0.873, 1, 2, Level.TOT, 0.455, 2, Level.TRUNG_BINH));
        agencies.add(agency("tinh-ha-giang", "Tỉnh Hà Giang", Group.PROVINCE, 0.601, 2, 2, Level.KHA, 0.700, 1, Level.KHA));
        return new Assessment(Assessment.SCHEMA_VERSION,
                new Assessment.MethodologyRef("2016-reconstructed", "2", "Quyết định 62/QĐ-BTTTT",
                        "Điểm số được tái dựng từ phương pháp năm 2016."),
                LocalDate.of(2016, 12, 31), agencies);
    }

    private static AgencyResult agency(String id, String name, Group group, double index3, int rank3, int of3,
                                       Level level3, double index4, int rank4, Level level4) {
        String portal = "https://" + id + ".gov.vn/";
        Evidence orgChart = new Evidence(portal + "gioi-thieu/co-cau-to-chuc", Instant.parse("2016-12-20T03:15:00Z"),
                "<urn:uuid:0000-" + id + ">", "evidence/" + id + "/screenshots/co-cau.png", "Cơ cấu tổ chức",
                "#noi-dung > h1");
        CriterionResult c301 = new CriterionResult("C3.01", "Thông tin giới thiệu, cơ cấu tổ chức", Status.MET, 3, 3,
                Source.CRAWLER, 0.9, "Tìm thấy trang Cơ cấu tổ chức", List.of(orgChart), RuleType.PRESENCE, 1.0,
                null, null, null);
        CriterionResult c322 = new CriterionResult("C3.22", "Chức năng tìm kiếm", Status.NOT_MET, 0, 2,
                Source.CRAWLER, 0.8, "Không thấy ô tìm kiếm trên trang chủ", List.of(), RuleType.PRESENCE, 0.0,
                null, null, null);
        CriterionResult c401 = new CriterionResult("C4.01", "Danh mục dịch vụ công trực tuyến", Status.MET, 5, 5,
                Source.CRAWLER, 0.9, "Tìm thấy danh mục 12 dịch vụ",
                List.of(new Evidence("https://dichvucong." + id + ".gov.vn/danh-muc", Instant.parse("2016-12-20T03:16:00Z"),
                        "<urn:uuid:0001-" + id + ">", null, "Danh mục dịch vụ công", null)),
                RuleType.PRESENCE, 1.0, null, null, null);
        CategoryResult cat3 = new CategoryResult("3", "Cung cấp thông tin trên cổng thông tin điện tử",
                Math.round(index3 * 160 * 100) / 100.0, 160, index3, rank3, of3, level3, List.of(c301, c322));
        CategoryResult cat4 = new CategoryResult("4", "Cung cấp dịch vụ công trực tuyến",
                Math.round(index4 * 80 * 100) / 100.0, 80, index4, rank4, 2, level4, List.of(c401));
        return new AgencyResult(id, name, group, portal, new CrawlInfo(120, 3, "OK",
                List.of("Đạt giới hạn 300 trang")), List.of(cat3, cat4), null);
    }

    /** Writes every output of the sample run into {@code dir}, with a screenshot and a WARC file per agency. */
    public static Path write(Path dir) throws IOException {
        Assessment a = assessment();
        for (String id : AGENCIES) {
            Path shots = dir.resolve("evidence").resolve(id).resolve("screenshots");
            Files.createDirectories(shots);
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 300);
            g.setColor(Color.RED);
            g.drawRect(20, 20, 200, 40);
            g.dispose();
            ImageIO.write(img, "png", shots.resolve("co-cau.png").toFile());
            Files.write(dir.resolve("evidence").resolve(id).resolve(id + "-00000.warc.gz"), new byte[] {0x1f, (byte) 0x8b});
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày đánh giá", "31/12/2016");
        facts.put("Tùy chọn", "max-pages-per-site=300, screenshots=on");
        RunOutputs.write(dir, a, facts);
        return dir;
    }
}
