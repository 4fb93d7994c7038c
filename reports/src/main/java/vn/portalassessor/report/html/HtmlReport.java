package vn.portalassessor.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.result.ServiceResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/**
 * Writes the HTML report of an assessment into a folder: {@code index.html} (national overview, then
 * the ranking per category and group), {@code matrix.html} (agencies × criteria),
 * {@code criterion/<id>.html} (one criterion across agencies), {@code method.html} (the methodology
 * file explained), {@code agency/<id>.html}, and {@code assets/report.js}, the small script that sorts
 * and filters tables (every page works without it). Templates are compiled at build time; the pages
 * link to each other relatively, so the folder opens from disk.
 */
public final class HtmlReport {

    /** The report's own script, served from the report folder (the viewer's CSP allows {@code 'self'}). */
    public static final String SCRIPT = "assets/report.js";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {
    }

    /**
     * Writes the report; the method page is written from the shipped methodology when the assessment
     * was made with it, and left out otherwise (its file is not known here).
     *
     * @param facts run facts to print on the national page (label → value), in order
     */
    public static void write(Assessment assessment, Map<String, String> facts, Path dir) throws IOException {
        write(assessment, facts, dir, false);
    }

    /**
     * As {@link #write(Assessment, Map, Path)}.
     *
     * @param confirmationRounds whether the confirmation rounds have started (their pages, {@code confirm/}, are
     *                           written next to the report), so that agency pages link to them
     */
    public static void write(Assessment assessment, Map<String, String> facts, Path dir, boolean confirmationRounds)
            throws IOException {
        Methodology shipped = MethodologyLoader.loadDefault();
        boolean same = shipped.id().equals(assessment.methodology().id())
                && shipped.version().equals(assessment.methodology().version());
        write(assessment, same ? shipped : null, Map.of(), facts, dir, confirmationRounds);
    }

    /**
     * Writes the report.
     *
     * @param methodology the methodology the assessment was made with, for the method page; null leaves it out
     * @param options     the run's options (run.json), printed in Vietnamese on the method page
     * @param facts       run facts to print on the national page (label → value), in order
     */
    public static void write(Assessment assessment, Methodology methodology, Map<String, String> options,
                             Map<String, String> facts, Path dir) throws IOException {
        write(assessment, methodology, options, facts, dir, false);
    }

    /**
     * As {@link #write(Assessment, Methodology, Map, Map, Path)}.
     *
     * @param confirmationRounds whether the confirmation rounds have started, so that agency pages link to theirs
     */
    public static void write(Assessment assessment, Methodology methodology, Map<String, String> options,
                             Map<String, String> facts, Path dir, boolean confirmationRounds) throws IOException {
        Files.createDirectories(dir.resolve("agency"));
        Files.createDirectories(dir.resolve("criterion"));
        Files.createDirectories(dir.resolve("assets"));
        try (InputStream script = HtmlReport.class.getResourceAsStream("report.js")) {
            if (script == null) {
                throw new IOException("report.js is missing from the reports jar (vn/portalassessor/report/html/report.js)");
            }
            Files.copy(script, dir.resolve(SCRIPT), StandardCopyOption.REPLACE_EXISTING);
        }
        boolean withMethod = methodology != null;
        Files.writeString(dir.resolve("index.html"), render("index.jte", indexPage(assessment, facts)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("matrix.html"), render("matrix.jte", MatrixPages.of(assessment, methodology)),
                StandardCharsets.UTF_8);
        if (withMethod) {
            Files.writeString(dir.resolve("method.html"), render("method.jte", MethodPages.of(methodology, options)),
                    StandardCharsets.UTF_8);
        }
        for (CriterionPage page : CriterionPages.of(assessment, methodology)) {
            Files.writeString(dir.resolve("criterion").resolve(page.id() + ".html"), render("criterion.jte", page),
                    StandardCharsets.UTF_8);
        }
        List<AgencyResult> order = agencyOrder(assessment);
        for (int i = 0; i < order.size(); i++) {
            AgencyResult a = order.get(i);
            AgencyPage.Neighbour previous = i == 0 ? null : new AgencyPage.Neighbour(order.get(i - 1).id(), order.get(i - 1).name());
            AgencyPage.Neighbour next = i == order.size() - 1 ? null
                    : new AgencyPage.Neighbour(order.get(i + 1).id(), order.get(i + 1).name());
            Files.writeString(dir.resolve("agency").resolve(a.id() + ".html"),
                    render("agency.jte", agencyPage(assessment, a, previous, next).withConfirmation(confirmationRounds)),
                    StandardCharsets.UTF_8);
        }
    }

    /** Agencies in the overview's order: grouped, then by name. */
    static List<AgencyResult> agencyOrder(Assessment assessment) {
        List<String> ids = Overview.of(assessment).rows().stream().map(Overview.Line::agencyId).toList();
        return ids.stream().map(id -> assessment.agency(id).orElseThrow()).toList();
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
                    boolean noData = MissingSelfReports.nothingReported(c);
                    rows.add(new IndexPage.Row(c.rank(), c.rankOf(), a.id(), a.name(),
                            noData ? "không có số liệu" : VietnameseNumbers.index(c.index()), c.index(),
                            (noData ? "—" : VietnameseNumbers.points(c.points())) + "/" + VietnameseNumbers.points(c.maxPoints()),
                            noData ? "—" : c.level().vietnamese(), noData ? "none" : c.level().name().toLowerCase(Locale.ROOT),
                            CrawlStatusNames.vietnamese(a.crawl().status()),
                            MissingSelfReports.text(MissingSelfReports.count(c))));
                }
                rows.sort((x, y) -> x.rank() != y.rank() ? Integer.compare(x.rank(), y.rank()) : x.agencyName().compareTo(y.agencyName()));
                if (!rows.isEmpty()) {
                    groups.add(new IndexPage.GroupTable(g.name(), g.vietnameseName(), rows,
                            IndexChart.of(g.vietnameseName(), rows.stream().map(IndexPage.Row::indexValue).toList())));
                }
            }
            sections.add(new IndexPage.CategorySection(categoryId, name, groups));
        }
        List<IndexPage.Download> downloads = List.of(
                new IndexPage.Download("../results.json", "results.json", "mọi kết quả, máy đọc được (schemaVersion 1)"),
                new IndexPage.Download("../results.csv", "results.csv", "một dòng cho mỗi cơ quan × tiêu chí (mở bằng bảng tính)"),
                new IndexPage.Download("../ranking.xlsx", "ranking.xlsx", "xếp hạng, mỗi hạng mục một trang tính"),
                new IndexPage.Download("../services.csv", "services.csv", "hạng mục 4: mỗi dịch vụ công đã kiểm tra một dòng"));
        return new IndexPage("Đánh giá, xếp hạng mức độ ứng dụng CNTT của cơ quan nhà nước",
                methodology(assessment), assessment.methodology().note(), factList, Overview.of(assessment), downloads,
                sections);
    }

    static AgencyPage agencyPage(Assessment assessment, AgencyResult a) {
        return agencyPage(assessment, a, null, null);
    }

    static AgencyPage agencyPage(Assessment assessment, AgencyResult a, AgencyPage.Neighbour previous,
                                 AgencyPage.Neighbour next) {
        List<AgencyPage.Section> sections = new ArrayList<>();
        int missing = 0;
        for (CategoryResult c : a.categories()) {
            List<AgencyPage.Line> lines = new ArrayList<>();
            for (CriterionResult r : c.criteria()) {
                lines.add(new AgencyPage.Line(r.id(), r.name(), r.status().vietnamese(),
                        r.status().name().toLowerCase(Locale.ROOT), VietnameseNumbers.points(r.points()),
                        VietnameseNumbers.points(r.maxPoints()), source(r), r.explanation(),
                        r.value() == null ? "" : VietnameseNumbers.decimal(r.value(), 3), MissingSelfReports.missing(r),
                        withholds(r) && !r.evidence().isEmpty(), PageEvidence.group(a.id(), r.evidence(), "../../")));
            }
            int n = MissingSelfReports.count(c);
            missing += n;
            sections.add(new AgencyPage.Section(c.id(), c.name(), VietnameseNumbers.points(c.points()),
                    VietnameseNumbers.points(c.maxPoints()), VietnameseNumbers.index(c.index()), c.rank() + "/" + c.rankOf(),
                    c.level().vietnamese(), c.level().name().toLowerCase(Locale.ROOT), MissingSelfReports.nothingReported(c),
                    MissingSelfReports.text(n), lines));
        }
        return new AgencyPage(a.id(), a.name(), a.group().vietnameseName(), a.portalUrl(), methodology(assessment),
                assessment.methodology().note(), CrawlStatusNames.vietnamese(a.crawl().status()), a.crawl().pagesFetched(),
                a.crawl().errors(), a.crawl().notes(), sections, serviceRows(a), previous, next, MissingSelfReports.text(missing),
                false);
    }

    /** Whether a verdict withholds points, so that its evidence is what was examined, not what was found. */
    static boolean withholds(CriterionResult r) {
        return r.status() == Status.NOT_MET || r.status() == Status.PARTIAL;
    }

    /** Category 4: the agency's service table, services whose declared level is wrong first. */
    static List<AgencyPage.ServiceRow> serviceRows(AgencyResult a) {
        return a.services().stream()
                .sorted(Comparator.comparing((ServiceResult s) -> !s.discrepancy()))
                .map(s -> new AgencyPage.ServiceRow(s.name(), s.url(),
                        s.declaredLevel() == null ? "—" : String.valueOf(s.declaredLevel()),
                        String.valueOf(s.detectedLevel()), s.discrepancy(),
                        s.missingFields().isEmpty() ? "—" : String.join(", ", s.missingFields()), s.reason(),
                        s.evidenceUrls().stream().filter(u -> !u.equals(s.url())).toList()))
                .toList();
    }

    static String source(CriterionResult r) {
        return switch (r.source()) {
            case CRAWLER -> "Kiểm tra tự động";
            case SELF_REPORTED -> "Tự báo cáo";
            case INSPECTOR -> "Thanh tra viên";
        };
    }

    static String methodology(Assessment a) {
        return a.methodology().id() + " (phiên bản " + a.methodology().version() + ")";
    }
}
