package vn.portalassessor.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.selfreport.AskedRow;
import vn.portalassessor.selfreport.SelfReportStatus;

/**
 * The report's page {@code tu-bao-cao.html}: who has sent self-reported figures, who has not, which rows
 * each agency still owes and which returned workbooks were refused and why — what an inspector chases
 * before ranking.
 */
public final class SelfReportStatusPage {

    /** The page's file name inside {@code report/}. */
    public static final String FILE = "tu-bao-cao.html";

    private SelfReportStatusPage() {
    }

    /** Writes {@code dir/tu-bao-cao.html}. */
    public static void write(SelfReportStatus status, String methodology, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE), HtmlReport.render("selfreport.jte", model(status, methodology)),
                StandardCharsets.UTF_8);
    }

    static Model model(SelfReportStatus status, String methodology) {
        List<Row> rows = status.agencies().stream().map(s -> new Row(s.agency().id(), s.agency().name(),
                s.agency().group().vietnameseName(), s.state(), stateClass(s),
                s.asked().size() - s.missing().size(), s.asked().size(), s.missing().size(),
                s.missing().stream().map(SelfReportStatusPage::label).toList(), s.files())).toList();
        long complete = status.agencies().stream().filter(s -> s.missing().isEmpty()).count();
        long none = status.agencies().stream().filter(SelfReportStatus.AgencyStatus::nothingReported).count();
        String summary = complete + "/" + status.agencies().size() + " cơ quan đủ số liệu; " + none
                + " cơ quan chưa gửi số liệu nào; thiếu tổng cộng " + status.missingRows() + " số liệu."
                + (status.refused().isEmpty() ? "" : " " + status.refused().size() + " biểu không được nhập (xem cuối trang).")
                + " Tiêu chí thiếu số liệu được chấm 0 điểm (\"không có số liệu\").";
        List<Refused> refused = status.refused().stream()
                .map(f -> new Refused(f.file(), f.errors().stream().map(RowError::toString).toList())).toList();
        return new Model(methodology, status.source().isEmpty() ? "không có" : status.source(), summary, rows, refused);
    }

    private static String stateClass(SelfReportStatus.AgencyStatus s) {
        return s.missing().isEmpty() ? "status-met" : s.nothingReported() ? "status-not_met" : "status-partial";
    }

    /** What the template prints. */
    public record Model(String methodology, String source, String summary, List<Row> rows, List<Refused> refused) {
    }

    /** One agency's line. */
    public record Row(String id, String name, String group, String state, String stateClass, int reported, int asked,
                      int missingCount, List<String> missing, List<String> files) {
    }

    /** A workbook that was not imported, with every bad cell. */
    public record Refused(String file, List<String> errors) {
    }

    private static String label(AskedRow r) {
        return r.id() + " — " + r.name();
    }
}
