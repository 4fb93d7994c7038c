package vn.portalassessor.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.ServiceResult;

/**
 * Writes the HTML report of an assessment into a folder: {@code index.html} (national ranking per
 * category and group) and {@code agency/<id>.html}. Templates are compiled at build time; the pages
 * link to each other relatively, so the folder opens from disk.
 */
public final class HtmlReport {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {
    }

    /**
     * Writes the report.
     *
     * @param facts run facts to print on the national page (label → value), in order
     */
    public static void write(Assessment assessment, Map<String, String> facts, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("agency"));
        Files.writeString(dir.resolve("index.html"), render("index.jte", indexPage(assessment, facts)), StandardCharsets.UTF_8);
        for (AgencyResult a : assessment.agencies()) {
            Files.writeString(dir.resolve("agency").resolve(a.id() + ".html"), render("agency.jte", agencyPage(assessment, a)),
                    StandardCharsets.UTF_8);
        }
    }

    static String render(String template, Object page) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, page, out);
        return out.toString();
    }

    static IndexPage indexPage(Assessment assessment, Map<String, String> facts) {
        List<IndexPage.Fact> factList = new ArrayList<>();
        facts.forEach((k, v) -> factList.add(new IndexPage.Fact(k, v)));
        List<IndexPage.CategorySection> sections = new ArrayList<>();
        List<String> categoryIds = assessment.agencies().isEmpty() ? List.of()
                : assessment.agencies().get(0).categories().stream().map(CategoryResult::id).toList();
        for (String categoryId : categoryIds) {
            String name = "";
            List<IndexPage.GroupTable> groups = new ArrayList<>();
            for (Group g : Group.values()) {
                List<IndexPage.Row> rows = new ArrayList<>();
                for (AgencyResult a : assessment.agencies()) {
                    if (a.group() != g) {
                        continue;
                    }
                    CategoryResult c = a.category(categoryId).orElseThrow();
                    name = c.name();
                    rows.add(new IndexPage.Row(c.rank(), c.rankOf(), a.id(), a.name(), index(c.index()), c.index(),
                            points(c.points()) + "/" + points(c.maxPoints()), c.level().vietnamese(),
                            c.level().name().toLowerCase(Locale.ROOT), a.crawl().status()));
                }
                rows.sort((x, y) -> x.rank() != y.rank() ? Integer.compare(x.rank(), y.rank()) : x.agencyName().compareTo(y.agencyName()));
                if (!rows.isEmpty()) {
                    groups.add(new IndexPage.GroupTable(g.name(), g.vietnameseName(), rows,
                            IndexChart.of(g.vietnameseName(), rows.stream().map(IndexPage.Row::indexValue).toList())));
                }
            }
            sections.add(new IndexPage.CategorySection(categoryId, name, groups));
        }
        return new IndexPage("Đánh giá, xếp hạng mức độ ứng dụng CNTT của cơ quan nhà nước",
                methodology(assessment), assessment.methodology().note(), factList, sections);
    }

    static AgencyPage agencyPage(Assessment assessment, AgencyResult a) {
        List<AgencyPage.Section> sections = new ArrayList<>();
        for (CategoryResult c : a.categories()) {
            List<AgencyPage.Line> lines = new ArrayList<>();
            for (CriterionResult r : c.criteria()) {
                List<AgencyPage.Link> links = r.evidence().stream()
                        .map(e -> new AgencyPage.Link(e.url(), e.snippet() == null ? "" : e.snippet(),
                                e.screenshot() == null ? "" : "../../" + e.screenshot(),
                                e.warcRecordId() == null ? "" : e.warcRecordId()))
                        .toList();
                lines.add(new AgencyPage.Line(r.id(), r.name(), r.status().vietnamese(),
                        r.status().name().toLowerCase(Locale.ROOT), points(r.points()), points(r.maxPoints()),
                        source(r), r.explanation(), r.value() == null ? "" : points(r.value()), links));
            }
            sections.add(new AgencyPage.Section(c.id(), c.name(), points(c.points()), points(c.maxPoints()),
                    index(c.index()), c.rank() + "/" + c.rankOf(), c.level().vietnamese(),
                    c.level().name().toLowerCase(Locale.ROOT), lines));
        }
        return new AgencyPage(a.id(), a.name(), a.group().vietnameseName(), a.portalUrl(), methodology(assessment),
                assessment.methodology().note(), a.crawl().status(), a.crawl().pagesFetched(), a.crawl().errors(),
                a.crawl().notes(), sections, serviceRows(a));
    }

    /** Category 4: the agency's service table, services whose declared level is wrong first. */
    static List<AgencyPage.ServiceRow> serviceRows(AgencyResult a) {
        return a.services().stream()
                .sorted(java.util.Comparator.comparing((ServiceResult s) -> !s.discrepancy()))
                .map(s -> new AgencyPage.ServiceRow(s.name(), s.url(),
                        s.declaredLevel() == null ? "—" : String.valueOf(s.declaredLevel()),
                        String.valueOf(s.detectedLevel()), s.discrepancy(),
                        s.missingFields().isEmpty() ? "—" : String.join(", ", s.missingFields()), s.reason(),
                        s.evidenceUrls().stream().filter(u -> !u.equals(s.url())).toList()))
                .toList();
    }

    private static String source(CriterionResult r) {
        return switch (r.source()) {
            case CRAWLER -> "Kiểm tra tự động";
            case SELF_REPORTED -> "Tự báo cáo";
            case INSPECTOR -> "Thanh tra viên";
        };
    }

    private static String methodology(Assessment a) {
        return a.methodology().id() + " (phiên bản " + a.methodology().version() + ")";
    }

    static String index(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
