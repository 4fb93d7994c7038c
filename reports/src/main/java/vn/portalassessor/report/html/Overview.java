package vn.portalassessor.report.html;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/**
 * The national overview: one row per agency with the index, rank and level of each category (and
 * the overall rank when the methodology gives one), so that placing one province takes one line, not
 * six tables. A category without any self-reported figure shows "không có số liệu" instead of an
 * index of 0 and "Trung bình"; one with some figures missing says how many. Rows come grouped
 * (ministries, government agencies, provinces), then by name; every cell carries a sort key for the
 * page's script. Immutable.
 *
 * @param categories the category columns, in methodology order
 * @param overall    whether the methodology gives an overall rank (a column of its own)
 * @param rows       one per agency
 */
public record Overview(List<Head> categories, boolean overall, List<Line> rows) {

    public Overview {
        categories = List.copyOf(categories);
        rows = List.copyOf(rows);
    }

    /** A category column. */
    public record Head(String id, String name) {
    }

    /**
     * One agency.
     *
     * @param levels       the agency's levels as filter keys, e.g. {@code "1-tot 2-kha"}
     * @param missing      self-reported figures missing across all categories
     * @param missingText  "thiếu N số liệu tự báo cáo", or empty
     */
    public record Line(String agencyId, String agencyName, String group, String groupName, int groupOrder,
                       List<Cell> cells, String overallIndex, String overallRank, String overallSort, String levels,
                       int missing, String missingText) {
    }

    /**
     * One category of one agency.
     *
     * @param noData      nothing scored in the category rests on a figure: index, rank and level are not shown
     * @param sort        sort key (the index; -1 without data)
     * @param missingText "thiếu N số liệu tự báo cáo", or empty
     */
    public record Cell(String index, String sort, String rank, String level, String levelCode, boolean noData,
                       String missingText) {
    }

    /** The overview of an assessment. */
    public static Overview of(Assessment assessment) {
        List<Head> heads = new ArrayList<>();
        if (!assessment.agencies().isEmpty()) {
            for (CategoryResult c : assessment.agencies().get(0).categories()) {
                heads.add(new Head(c.id(), c.name()));
            }
        }
        boolean overall = assessment.agencies().stream().anyMatch(a -> a.overall() != null);
        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Line> rows = new ArrayList<>();
        for (AgencyResult a : assessment.agencies()) {
            rows.add(line(a, heads));
        }
        rows.sort(Comparator.comparingInt(Line::groupOrder).thenComparing(Line::agencyName, vi));
        return new Overview(heads, overall, rows);
    }

    private static Line line(AgencyResult a, List<Head> heads) {
        List<Cell> cells = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        int missing = 0;
        for (Head h : heads) {
            CategoryResult c = a.category(h.id()).orElse(null);
            if (c == null) {
                cells.add(new Cell("—", "-1", "", "", "", true, ""));
                continue;
            }
            int n = MissingSelfReports.count(c);
            missing += n;
            if (MissingSelfReports.nothingReported(c)) {
                cells.add(new Cell("không có số liệu", "-1", "", "", "", true, MissingSelfReports.text(n)));
            } else {
                String code = c.level().name().toLowerCase(Locale.ROOT);
                levels.add(h.id() + "-" + code);
                cells.add(new Cell(VietnameseNumbers.index(c.index()), String.valueOf(c.index()),
                        c.rank() + "/" + c.rankOf(), c.level().vietnamese(), code, false, MissingSelfReports.text(n)));
            }
        }
        AgencyResult.Overall o = a.overall();
        return new Line(a.id(), a.name(), a.group().name(), shortName(a.group()), a.group().ordinal(), cells,
                o == null ? "" : VietnameseNumbers.index(o.index()), o == null ? "" : o.rank() + "/" + o.rankOf(),
                o == null ? "-1" : String.valueOf(o.index()), String.join(" ", levels), missing,
                MissingSelfReports.text(missing));
    }

    /** The group as a narrow column prints it: "Bộ", "Cơ quan thuộc CP", "Tỉnh, TP". */
    static String shortName(Group g) {
        return switch (g) {
            case MINISTRY -> "Bộ";
            case GOV_AGENCY -> "Cơ quan thuộc CP";
            case PROVINCE -> "Tỉnh, TP";
        };
    }

    /** The groups present, in order, for the group filter: code and Vietnamese name. */
    public List<Head> groups() {
        List<Head> out = new ArrayList<>();
        for (Group g : Group.values()) {
            if (rows.stream().anyMatch(r -> r.group().equals(g.name()))) {
                out.add(new Head(g.name(), g.vietnameseName()));
            }
        }
        return out;
    }
}
