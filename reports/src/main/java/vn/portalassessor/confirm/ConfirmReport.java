package vn.portalassessor.confirm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.portalassessor.confirm.JournalEntry.Imported;
import vn.portalassessor.confirm.JournalEntry.Rechecked;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CategoryResult;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.evaluate.text.VietnameseNumbers;

/**
 * Writes {@code report/confirm/}: {@code index.html} with every agency's status in each round, and
 * {@code <id>.html} with what changed between the crawl, round 1 and round 2 — category indices and
 * ranks, each changed criterion side by side, and the change table with every change's reason and
 * author — plus the agency's answers and the re-checks with the old evidence next to the new. Pages
 * are written next to their place and renamed. Stateless.
 */
final class ConfirmReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ConfirmReport() {
    }

    static void write(Path dir, Methodology m, Assessment baseline, List<JournalEntry> entries) throws IOException {
        Files.createDirectories(dir);
        RoundsState state = new RoundsState(entries);
        Assessment round1 = ConfirmedResults.after(m, baseline, entries, ConfirmedResults.endOfRound1(entries));
        Assessment now = ConfirmedResults.current(m, baseline, entries);
        List<Change> changes = ConfirmedResults.changes(m, baseline, entries);

        StringBuilder index = page("Xác nhận số liệu: trạng thái các cơ quan");
        index.append("<p>Phương pháp ").append(esc(m.id())).append(" (phiên bản ").append(esc(m.version()))
                .append("). ").append(roundLine(state, 1)).append(' ').append(roundLine(state, 2)).append("</p>\n");
        index.append("<table><tr><th>Cơ quan</th><th>Nhóm</th><th>Vòng 1</th><th>Vòng 2</th><th>Trạng thái</th>"
                + "<th>Số thay đổi</th></tr>\n");
        for (AgencyResult a : now.agencies()) {
            long count = changes.stream().filter(c -> c.agencyId().equals(a.id()) && c.changed()).count();
            index.append("<tr><td><a href=\"").append(esc(a.id())).append(".html\">").append(esc(a.name())).append("</a></td><td>")
                    .append(esc(a.group().vietnameseName())).append("</td><td>").append(state.status(1, a.id()).vietnamese())
                    .append("</td><td>").append(state.status(2, a.id()).vietnamese()).append("</td><td class=\"st-")
                    .append(state.status(a.id()).name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(state.status(a.id()).vietnamese()).append("</td><td>").append(count).append("</td></tr>\n");
        }
        index.append("</table>\n<p><a href=\"../index.html\">Bảng xếp hạng (đã tính theo các quyết định)</a></p>\n");
        writePage(dir.resolve("index.html"), index);

        for (AgencyResult a : now.agencies()) {
            AgencyResult crawl = baseline.agency(a.id()).orElse(a);
            AgencyResult r1 = round1.agency(a.id()).orElse(a);
            StringBuilder p = page("Xác nhận số liệu: " + a.name());
            p.append("<p>Trạng thái: <b>").append(state.status(a.id()).vietnamese()).append("</b> (vòng 1: ")
                    .append(state.status(1, a.id()).vietnamese()).append("; vòng 2: ").append(state.status(2, a.id()).vietnamese())
                    .append("). <a href=\"index.html\">Tất cả cơ quan</a> · <a href=\"../agency/").append(esc(a.id()))
                    .append(".html\">Bằng chứng</a></p>\n");
            p.append("<h2>Chỉ số hạng mục</h2>\n<table><tr><th>Hạng mục</th><th>Thu thập</th><th>Sau vòng 1</th><th>Sau vòng 2</th></tr>\n");
            for (CategoryResult c : a.categories()) {
                p.append("<tr><td>").append(esc(c.id() + ". " + c.name())).append("</td><td>")
                        .append(category(crawl.category(c.id()))).append("</td><td>").append(category(r1.category(c.id())))
                        .append("</td><td>").append(category(Optional.of(c))).append("</td></tr>\n");
            }
            p.append("</table>\n<h2>Tiêu chí thay đổi</h2>\n<table><tr><th>Tiêu chí</th><th>Thu thập</th><th>Sau vòng 1</th>"
                    + "<th>Sau vòng 2</th></tr>\n");
            boolean any = false;
            for (CategoryResult c : a.categories()) {
                for (CriterionResult now2 : c.criteria()) {
                    CriterionResult c0 = ConfirmedResults.criterion(baseline, a.id(), now2.id()).orElse(now2);
                    CriterionResult c1 = ConfirmedResults.criterion(round1, a.id(), now2.id()).orElse(now2);
                    if (same(c0, c1) && same(c1, now2)) {
                        continue;
                    }
                    any = true;
                    p.append("<tr><td>").append(esc(now2.id() + " " + now2.name())).append("</td><td>").append(cell(c0))
                            .append("</td><td>").append(cell(c1)).append("</td><td>").append(cell(now2)).append("</td></tr>\n");
                }
            }
            if (!any) {
                p.append("<tr><td colspan=\"4\">Không có thay đổi so với kết quả thu thập.</td></tr>\n");
            }
            p.append("</table>\n<h2>Bảng thay đổi (lý do, người thực hiện)</h2>\n<table class=\"changes\"><tr><th>Thời điểm</th>"
                    + "<th>Giai đoạn</th><th>Tiêu chí</th><th>Trước</th><th>Sau</th><th>Nội dung</th><th>Lý do</th>"
                    + "<th>Người thực hiện</th></tr>\n");
            for (Change ch : changes) {
                if (!ch.agencyId().equals(a.id())) {
                    continue;
                }
                p.append("<tr><td>").append(TIME.format(ch.at())).append("</td><td>").append(esc(ch.stage())).append("</td><td>")
                        .append(esc(ch.after().id())).append("</td><td>").append(cell(ch.before())).append("</td><td>")
                        .append(cell(ch.after())).append(ch.changed() ? "" : " <i>(không đổi)</i>").append("</td><td>")
                        .append(esc(ch.kind())).append("</td><td>").append(esc(ch.reason())).append("</td><td>")
                        .append(esc(ch.author())).append("</td></tr>\n");
            }
            p.append("</table>\n");
            answers(p, entries, a.id());
            rechecks(p, entries, a.id());
            writePage(dir.resolve(a.id() + ".html"), p);
        }
    }

    private static void answers(StringBuilder p, List<JournalEntry> entries, String agencyId) {
        p.append("<h2>Ý kiến của cơ quan</h2>\n");
        boolean any = false;
        for (JournalEntry e : entries) {
            if (!(e instanceof Imported im) || !im.agencyId().equals(agencyId)) {
                continue;
            }
            any = true;
            long disputes = im.answers().stream().filter(x -> !x.agrees()).count();
            p.append("<p>Vòng ").append(im.round()).append(": tệp ").append(esc(im.file())).append(" (SHA-256 ")
                    .append(im.sha256(), 0, 16).append("…), nhập lúc ").append(TIME.format(im.at())).append(" bởi ")
                    .append(esc(im.by())).append("; ").append(im.answers().size() - disputes).append(" đồng ý, ")
                    .append(disputes).append(" không đồng ý.</p>\n");
            if (disputes > 0) {
                p.append("<table><tr><th>Tiêu chí</th><th>Giá trị đề nghị</th><th>Ghi chú</th><th>URL bằng chứng</th></tr>\n");
                for (Answer x : im.answers()) {
                    if (!x.agrees()) {
                        p.append("<tr><td>").append(esc(x.criterionId())).append("</td><td>").append(esc(x.correctedRaw()))
                                .append("</td><td>").append(esc(x.comment())).append("</td><td>").append(esc(x.evidenceUrl()))
                                .append("</td></tr>\n");
                    }
                }
                p.append("</table>\n");
            }
        }
        if (!any) {
            p.append("<p>Cơ quan chưa gửi ý kiến.</p>\n");
        }
    }

    private static void rechecks(StringBuilder p, List<JournalEntry> entries, String agencyId) {
        List<Rechecked> mine = entries.stream().filter(e -> e instanceof Rechecked r && r.agencyId().equals(agencyId))
                .map(e -> (Rechecked) e).toList();
        if (mine.isEmpty()) {
            return;
        }
        p.append("<h2>Kiểm tra lại</h2>\n<table><tr><th>Tiêu chí</th><th>Trang đã lấy lại</th><th>Bằng chứng cũ</th>"
                + "<th>Bằng chứng mới</th></tr>\n");
        for (Rechecked r : mine) {
            p.append("<tr><td>").append(esc(r.criterionId())).append(" (").append(TIME.format(r.at())).append(", ")
                    .append(esc(r.by())).append(")</td><td>").append(esc(String.join("\n", r.fetched())).replace("\n", "<br>"))
                    .append("</td><td>").append(cell(r.before())).append("<br>").append(evidence(r.before()))
                    .append("</td><td>").append(cell(r.after())).append("<br>").append(evidence(r.after())).append("</td></tr>\n");
        }
        p.append("</table>\n");
    }

    private static String evidence(CriterionResult r) {
        if (r.evidence().isEmpty()) {
            return "<i>không có</i>";
        }
        return r.evidence().stream().map(e -> esc(e.url()) + (e.fetchedAt() == null ? "" : " (" + TIME.format(e.fetchedAt()) + ")")
                + (e.snippet() == null ? "" : ": " + esc(e.snippet()))).collect(Collectors.joining("<br>"));
    }

    private static boolean same(CriterionResult a, CriterionResult b) {
        return a.points() == b.points() && a.status() == b.status() && java.util.Objects.equals(a.value(), b.value())
                && a.source() == b.source();
    }

    private static String category(Optional<CategoryResult> c) {
        return c.map(x -> VietnameseNumbers.points(x.points()) + "/" + VietnameseNumbers.points(x.maxPoints()) + " điểm, chỉ số "
                + VietnameseNumbers.index(x.index()) + ", hạng " + x.rank() + "/" + x.rankOf()
                + ", " + x.level().vietnamese()).orElse("—");
    }

    private static String cell(CriterionResult r) {
        return esc(r.status().vietnamese()) + (r.value() == null ? "" : ", giá trị " + VietnameseNumbers.decimal(r.value(), 3))
                + ", " + VietnameseNumbers.points(r.points()) + "/" + VietnameseNumbers.points(r.maxPoints()) + " điểm ("
                + esc(AnswerSheetWriter.source(r)) + ")";
    }

    private static String roundLine(RoundsState s, int round) {
        return "Vòng " + round + ": " + (s.closed(round) ? "đã đóng." : s.exported(round) ? "đang mở." : "chưa gửi.");
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin:.5em 0}"
                        + "td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}"
                        + "th{background:#eef}.st-disputed{color:#a00}.st-resolved{color:#060}.st-confirmed{color:#060}"
                        + "</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    private static void writePage(Path file, StringBuilder html) throws IOException {
        html.append("</body></html>\n");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
