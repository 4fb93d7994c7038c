package vn.portalassessor.report.html;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portalassessor.evaluate.Evidence;

/**
 * The evidence of one verdict on one page: a criterion whose evidence names the same URL five times
 * shows the URL once with its five snippets, its archived copy ("Bản lưu") and its screenshot.
 * Immutable.
 *
 * @param url         the page as the portal serves it (live)
 * @param archiveHref the page as archived in the run's WARC, served by the viewer; empty without a record id
 * @param fetchedAt   the capture time, as printed, or empty
 * @param snippets    what matched on the page, in order, without repeats
 * @param screenshot  the screenshot's path relative to the page, or empty
 */
public record PageEvidence(String url, String archiveHref, String fetchedAt, List<String> snippets, String screenshot) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public PageEvidence {
        snippets = List.copyOf(snippets);
    }

    /**
     * The URL as a reader reads it: percent-escapes decoded, so a search for "Hội nghị tổng kết" shows
     * those words rather than {@code H%E1%BB%99i+ngh%E1%BB%8B}; the link itself keeps the URL as cited.
     */
    public String shownUrl() {
        try {
            return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * Groups evidence by page, in first-cited order.
     *
     * @param agencyId   whose archive holds the pages
     * @param toRunDir   the relative path from the page being written to the run directory, e.g. {@code ../../}
     */
    static List<PageEvidence> group(String agencyId, List<Evidence> evidence, String toRunDir) {
        Map<String, List<Evidence>> byUrl = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byUrl.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(e);
        }
        List<PageEvidence> out = new ArrayList<>();
        byUrl.forEach((url, items) -> {
            List<String> snippets = new ArrayList<>();
            String archive = "";
            String time = "";
            String shot = "";
            for (Evidence e : items) {
                if (e.snippet() != null && !e.snippet().isBlank() && !snippets.contains(e.snippet())) {
                    snippets.add(e.snippet());
                }
                if (archive.isEmpty() && e.warcRecordId() != null && !e.warcRecordId().isBlank()) {
                    archive = archiveHref(toRunDir, agencyId, e.warcRecordId());
                }
                if (time.isEmpty() && e.fetchedAt() != null) {
                    time = TIME.format(e.fetchedAt());
                }
                if (shot.isEmpty() && e.screenshot() != null && !e.screenshot().isBlank()) {
                    shot = toRunDir + e.screenshot();
                }
            }
            out.add(new PageEvidence(url, archive, time, snippets, shot));
        });
        return out;
    }

    /**
     * Where the viewer serves an archived response: {@code archive/<agency>/<record uuid>}, from the
     * record id {@code <urn:uuid:…>}; empty when the id has another form.
     */
    public static String archiveHref(String toRunDir, String agencyId, String warcRecordId) {
        String id = warcRecordId.trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        if (!id.startsWith("urn:uuid:")) {
            return "";
        }
        String uuid = id.substring("urn:uuid:".length());
        return uuid.matches("[A-Za-z0-9-]+") ? toRunDir + "archive/" + agencyId + "/" + uuid : "";
    }
}
