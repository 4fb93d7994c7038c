package vn.portalassessor.agreement;

import java.util.List;
import java.util.Locale;
import vn.portalassessor.agreement.AgreementReport.CountError;
import vn.portalassessor.agreement.AgreementReport.CriterionCounts;
import vn.portalassessor.agreement.AgreementReport.Disagreement;
import vn.portalassessor.agreement.AgreementReport.NotInRun;
import vn.portalassessor.agreement.AgreementReport.Share;
import vn.portalassessor.evaluate.Status;

/**
 * The agreement report as an inspector reads it on the console, in Vietnamese like the assessor's
 * other console output; statuses keep the names the label file uses (MET, PARTIAL, ...). Shares are
 * printed with 3 decimals, relative errors as percentages with one decimal, both with a dot.
 */
public final class AgreementText {

    private AgreementText() {
    }

    /** The whole report, one line per figure, ending with a line break. */
    public static String render(AgreementReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Mức đồng thuận giữa kết quả đánh giá và nhãn của thanh tra viên\n");
        s.append("  Kết quả: ").append(r.run()).append(r.methodology().isEmpty() ? "" : " (" + r.methodology() + ")").append('\n');
        s.append("  Nhãn: ").append(r.labels()).append(" — ").append(r.labelled()).append(" nhãn, ")
                .append(r.compared()).append(" được so sánh, ").append(r.notInRun().size())
                .append(" không có trong lượt chạy (không tính)\n\n");
        if (r.compared() == 0) {
            s.append("Không có nhãn nào so sánh được với kết quả của lượt chạy.\n");
            notInRun(s, r.notInRun());
            return s.toString();
        }
        s.append("Tổng thể: ").append(share(r.agreed(), r.compared())).append('\n');
        s.append("Theo hạng mục:\n");
        for (Share c : r.categories()) {
            s.append("  hạng mục ").append(c.id()).append(": ").append(share(c.agreed(), c.compared())).append('\n');
        }
        s.append("Kappa Cohen: ").append(r.kappa().value() == null
                        ? "không xác định (hai bên đều xếp mọi kết luận vào cùng một trạng thái)" : decimal(r.kappa().value()))
                .append(" (đồng thuận quan sát ").append(decimal(r.kappa().observed()))
                .append(", ngẫu nhiên ").append(decimal(r.kappa().expected()))
                .append("; các trạng thái: ").append(String.join(", ", r.kappa().classes().stream().map(Status::name).toList()))
                .append(")\n");
        s.append("Công cụ trả NEEDS_REVIEW (không tự kết luận) ở ").append(r.toolAbstained())
                .append(" nhãn: mỗi trường hợp được tính là không đồng thuận.\n\n");
        s.append("Theo tiêu chí:\n");
        for (Share c : r.criteria()) {
            s.append("  ").append(pad(c.id(), 7)).append(share(c.agreed(), c.compared())).append('\n');
        }
        confusion(s, r.confusion());
        counts(s, r.counts());
        disagreements(s, r.disagreements());
        notInRun(s, r.notInRun());
        return s.toString();
    }

    private static void confusion(StringBuilder s, AgreementReport.Confusion table) {
        s.append("\nBảng nhầm lẫn (hàng: nhãn của thanh tra viên; cột: kết luận của công cụ):\n");
        int width = table.classes().stream().mapToInt(c -> c.name().length()).max().orElse(3) + 2;
        s.append("  ").append(pad("", width));
        table.classes().forEach(c -> s.append(left(c.name(), width)));
        s.append('\n');
        for (int i = 0; i < table.classes().size(); i++) {
            s.append("  ").append(pad(table.classes().get(i).name(), width));
            for (int n : table.counts().get(i)) {
                s.append(left(Integer.toString(n), width));
            }
            s.append('\n');
        }
    }

    private static void counts(StringBuilder s, AgreementReport.CountErrors counts) {
        s.append("\nSai số số dịch vụ (C4.04 mức độ 3, C4.05 mức độ 4): nhãn / công cụ, sai số tuyệt đối, sai số tương đối\n");
        if (counts.criteria().isEmpty()) {
            s.append("  (không có nhãn nào ghi số dịch vụ)\n");
            return;
        }
        for (CriterionCounts c : counts.criteria()) {
            for (CountError e : c.agencies()) {
                s.append("  ").append(c.criterion()).append("  ").append(pad(e.agency(), 30))
                        .append("nhãn ").append(e.labelled()).append(" / công cụ ");
                if (e.detected() == null) {
                    s.append("không đếm (").append(e.toolStatus().name()).append(")\n");
                    continue;
                }
                s.append(e.detected()).append(", sai số ").append(e.absoluteError()).append(", ")
                        .append(e.relativeError() == null ? "không tính được (nhãn là 0)" : percent(e.relativeError()))
                        .append('\n');
            }
            s.append("  ").append(c.criterion()).append(" sai số tương đối trung bình: ")
                    .append(c.meanRelativeError() == null ? "không tính được" : percent(c.meanRelativeError()))
                    .append(" (").append(c.measured()).append(" cơ quan)\n");
        }
        s.append("  Sai số tương đối trung bình chung: ")
                .append(counts.meanRelativeError() == null ? "không tính được" : percent(counts.meanRelativeError()))
                .append(" (").append(counts.measured()).append(" số đếm)\n");
    }

    private static void disagreements(StringBuilder s, List<Disagreement> list) {
        s.append("\nKhông đồng thuận (").append(list.size()).append("):\n");
        for (Disagreement d : list) {
            s.append("  ").append(d.criterion()).append(' ').append(d.agency()).append(": nhãn ").append(d.label().name())
                    .append(", công cụ ").append(d.tool().name())
                    .append(d.toolAbstained() ? " (công cụ không tự kết luận: tính là không đồng thuận)" : "")
                    .append("  [").append(d.where()).append("]\n");
            s.append("      công cụ: ").append(d.explanation().isEmpty() ? "—" : d.explanation()).append('\n');
            s.append("      thanh tra viên: ").append(d.note().isEmpty() ? "—" : d.note()).append('\n');
        }
    }

    private static void notInRun(StringBuilder s, List<NotInRun> list) {
        if (list.isEmpty()) {
            return;
        }
        s.append("\nKhông có trong lượt chạy, không tính (").append(list.size()).append("):\n");
        for (NotInRun n : list) {
            s.append("  ").append(n.criterion()).append(' ').append(n.agency()).append(": nhãn ").append(n.label().name())
                    .append("  [").append(n.where()).append("]\n");
        }
    }

    private static String share(int agreed, int compared) {
        return decimal((double) agreed / compared) + " (" + agreed + "/" + compared + ")";
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String left(String text, int width) {
        return text.length() >= width ? " " + text : " ".repeat(width - text.length()) + text;
    }
}
