package vn.portalassessor.selfreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Methodology;

/**
 * Who has reported and who has not: for every agency, the rows the methodology asks of its group and
 * those still missing, plus the files of a folder that were refused. What an inspector chases before the
 * crawl starts ({@code assessor selfreport status}, the warning of {@code run}) and what the report's
 * page {@code tu-bao-cao.html} shows.
 *
 * @param agencies every agency, in the agency list's order
 * @param refused  workbooks or tables that were not imported, with their errors
 * @param source   the file or folder the figures came from, or "" when none was given
 */
public record SelfReportStatus(List<AgencyStatus> agencies, List<SelfReport.RefusedFile> refused, String source) {

    public SelfReportStatus {
        agencies = List.copyOf(agencies);
        refused = List.copyOf(refused);
    }

    /** The status of every agency against what the methodology asks. */
    public static SelfReportStatus of(Methodology m, List<Agency> agencies, SelfReport report) {
        List<AgencyStatus> statuses = new ArrayList<>();
        for (Agency a : agencies) {
            List<AskedRow> asked = AskedRow.forGroup(m, a.group());
            Set<String> reported = report.reportedIds(a.id());
            List<AskedRow> missing = asked.stream().filter(r -> !reported.contains(r.id())).toList();
            Set<String> files = new TreeSet<>();
            for (AskedRow r : asked) {
                report.value(a.id(), r.id()).ifPresent(v -> files.add(fileOf(v.where())));
            }
            List<String> refusedFiles = report.refused().stream().filter(f -> f.agencyId().equals(a.id()))
                    .map(SelfReport.RefusedFile::file).toList();
            statuses.add(new AgencyStatus(a, asked, missing, List.copyOf(files), refusedFiles));
        }
        return new SelfReportStatus(statuses, report.refused(), report.file());
    }

    /** Agencies with at least one row missing. */
    public List<AgencyStatus> incomplete() {
        return agencies.stream().filter(s -> !s.missing().isEmpty()).toList();
    }

    /** The number of missing rows over all agencies. */
    public int missingRows() {
        return agencies.stream().mapToInt(s -> s.missing().size()).sum();
    }

    /** The console table, in Vietnamese: one line per agency, then the refused files. */
    public String table() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(8, agencies.stream().mapToInt(s -> s.agency().id().length()).max().orElse(8));
        out.append(String.format(Locale.ROOT, "%-" + width + "s  %-12s  %7s  %s%n", "Cơ quan", "Tình trạng", "Đã báo", "Còn thiếu"));
        for (AgencyStatus s : agencies) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %-12s  %3d/%-3d  %s%n", s.agency().id(), s.state(),
                    s.asked().size() - s.missing().size(), s.asked().size(),
                    s.missing().isEmpty() ? "—" : String.join(", ", s.missing().stream().map(AskedRow::id).toList())));
        }
        long complete = agencies.stream().filter(s -> s.missing().isEmpty()).count();
        long none = agencies.stream().filter(AgencyStatus::nothingReported).count();
        out.append(String.format(Locale.ROOT, "%d/%d cơ quan đủ số liệu, %d chưa gửi số liệu nào, thiếu tổng cộng %d số liệu.%n",
                complete, agencies.size(), none, missingRows()));
        for (SelfReport.RefusedFile f : refused) {
            out.append("Không nhập tệp ").append(f.file()).append(" (").append(f.errors().size()).append(" lỗi):")
                    .append(System.lineSeparator());
            f.errors().forEach(e -> out.append("  ").append(e).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static String fileOf(String where) {
        int bang = where.indexOf('!');
        if (bang > 0) {
            return where.substring(0, bang);
        }
        int colon = where.lastIndexOf(':');
        return colon > 0 ? where.substring(0, colon) : where;
    }

    /**
     * One agency's completeness.
     *
     * @param agency   the agency
     * @param asked    the rows its group is asked, in order
     * @param missing  the asked rows it has not reported
     * @param files    the files its figures came from
     * @param refused  its workbooks that were refused
     */
    public record AgencyStatus(Agency agency, List<AskedRow> asked, List<AskedRow> missing, List<String> files,
                               List<String> refused) {

        public AgencyStatus {
            asked = List.copyOf(asked);
            missing = List.copyOf(missing);
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }

        /** Whether not one asked row was reported. */
        public boolean nothingReported() {
            return !asked.isEmpty() && missing.size() == asked.size();
        }

        /** Đủ, Thiếu N, Chưa báo cáo, or Biểu bị từ chối when its only workbook was refused. */
        public String state() {
            if (missing.isEmpty()) {
                return "Đủ";
            }
            if (nothingReported()) {
                return refused.isEmpty() ? "Chưa báo cáo" : "Bị từ chối";
            }
            return "Thiếu " + missing.size();
        }
    }
}
