package vn.portalassessor.viewer;

import java.io.IOException;
import java.io.InputStream;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.portalassessor.crawl.scope.UrlCanonicalizer;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.StoredPage;

/**
 * The archived copy of a page as the crawler received it ("Bản lưu"), so that what the assessor saw
 * stays visible after the portal changes or goes down. A copy is addressed as
 * {@code archive/<agency id>/<uuid of the WARC response record>}; the record is found through the
 * agency's capture index ({@code crawl-state/<id>/captures.jsonl}) and read at its offset with jwarc
 * (the WARC library the crawler writes with). An HTML copy gets a banner with the capture time and
 * the live URL; its scripts, frames and event handlers are removed, links to pages archived for the
 * same agency lead to their copies, other links to the live site; stylesheets archived with it are
 * inlined, others dropped. Other content (PDF, documents) is sent as archived, as a download. The
 * viewer serves it under a CSP that allows no script. Capture indexes are read once per agency and
 * kept; safe for concurrent use.
 */
final class ArchivedCopies {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy '(giờ Việt Nam)'")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Path runDir;
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();

    ArchivedCopies(Path runDir) {
        this.runDir = runDir;
    }

    /** An archived response ready to send. */
    record Copy(String contentType, byte[] body, boolean html, String fileName) {
    }

    /** One agency's captures by record uuid and by URL. */
    private record Index(Map<String, Capture> byUuid, Map<String, Capture> byUrl) {
    }

    /**
     * The copy of record {@code uuid} in {@code agencyId}'s archive, empty when the agency has no such
     * record.
     *
     * @throws IOException when the record is in the index but cannot be read from its WARC file
     */
    Optional<Copy> copy(String agencyId, String uuid) throws IOException {
        Index index = index(agencyId);
        Capture capture = index.byUuid().get(uuid.toLowerCase(Locale.ROOT));
        if (capture == null || !capture.answered()) {
            return Optional.empty();
        }
        byte[] body = read(agencyId, capture);
        if (!capture.isHtmlPage()) {
            String path = capture.url().getPath() == null ? "" : capture.url().getPath();
            String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
            return Optional.of(new Copy(capture.contentType().isEmpty() ? "application/octet-stream" : capture.contentType(),
                    body, false, name.isEmpty() ? uuid : name));
        }
        Document doc = new StoredPage(capture, body).document();
        rewrite(doc, agencyId, capture, index);
        return Optional.of(new Copy("text/html; charset=utf-8", doc.outerHtml().getBytes(StandardCharsets.UTF_8), true, ""));
    }

    private void rewrite(Document doc, String agencyId, Capture capture, Index index) throws IOException {
        doc.select("script, noscript, iframe, frame, object, embed, base, meta[http-equiv]").remove();
        for (Element e : doc.getAllElements()) {
            e.attributes().asList().stream().map(a -> a.getKey())
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith("on")).toList().forEach(e::removeAttr);
        }
        for (Element a : doc.select("a[href], area[href]")) {
            String abs = a.absUrl("href");
            if (abs.isEmpty() || abs.startsWith("javascript:")) {
                a.removeAttr("href");
                continue;
            }
            Optional<Capture> target = lookup(index, abs);
            a.attr("href", target.map(t -> "/archive/" + agencyId + "/" + uuidOf(t)).orElse(abs));
        }
        for (Element img : doc.select("img[src]")) {
            Optional<Capture> target = lookup(index, img.absUrl("src"));
            if (target.isPresent()) {
                img.attr("src", "/archive/" + agencyId + "/" + uuidOf(target.get()));
            } else {
                img.removeAttr("src");
                img.removeAttr("srcset");
            }
        }
        for (Element link : doc.select("link[rel~=(?i)stylesheet][href]")) {
            Optional<Capture> css = lookup(index, link.absUrl("href"));
            if (css.isPresent() && css.get().answered() && css.get().contentType().toLowerCase(Locale.ROOT).startsWith("text/css")) {
                link.after(new Element("style").text(new String(read(agencyId, css.get()), StandardCharsets.UTF_8)));
            }
            link.remove();
        }
        doc.select("form").forEach(f -> f.removeAttr("action"));
        Element banner = new Element("div").attr("role", "note").attr("style",
                "all:initial;display:block;font:14px/1.4 'DejaVu Sans',Arial,sans-serif;background:#fff8e1;color:#1d232a;"
                        + "border-bottom:3px solid #a4262c;padding:8px 12px;");
        banner.appendElement("strong").text("Bản lưu của assessor. ");
        banner.appendText("Trang này là phản hồi máy chủ đã gửi lúc " + TIME.format(capture.fetchedAt())
                + ", lưu trong tệp WARC của lần đánh giá (đã bỏ mã JavaScript). Địa chỉ trực tuyến: ");
        banner.appendElement("a").attr("href", capture.url().toString()).attr("style", "color:#1c5ea8")
                .text(capture.url().toString());
        banner.appendText(". Liên kết tới trang đã lưu dẫn tới bản lưu của trang đó.");
        doc.body().prependChild(banner);
    }

    private static Optional<Capture> lookup(Index index, String absUrl) {
        if (absUrl == null || absUrl.isEmpty()) {
            return Optional.empty();
        }
        String noFragment = absUrl.contains("#") ? absUrl.substring(0, absUrl.indexOf('#')) : absUrl;
        Capture c = index.byUrl().get(noFragment);
        if (c == null) {
            c = new UrlCanonicalizer().canonical(noFragment).map(u -> index.byUrl().get(u.toString())).orElse(null);
        }
        return Optional.ofNullable(c).filter(Capture::answered).filter(x -> x.status() >= 200 && x.status() < 300);
    }

    private Index index(String agencyId) {
        return indexes.computeIfAbsent(agencyId, id -> {
            if (!Files.isRegularFile(runDir.resolve("crawl-state").resolve(id).resolve("captures.jsonl"))) {
                return new Index(Map.of(), Map.of());
            }
            Map<String, Capture> byUuid = new HashMap<>();
            Map<String, Capture> byUrl = new HashMap<>();
            for (Capture c : PageStore.open(runDir, id).captures()) {
                if (!c.recordId().isEmpty()) {
                    byUuid.put(uuidOf(c).toLowerCase(Locale.ROOT), c);
                }
                byUrl.put(c.url().toString(), c);
            }
            return new Index(byUuid, byUrl);
        });
    }

    static String uuidOf(Capture c) {
        String id = c.recordId();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
    }

    private byte[] read(String agencyId, Capture c) throws IOException {
        Path file = runDir.resolve("evidence").resolve(agencyId).resolve(c.warcFile()).normalize();
        if (!file.startsWith(runDir.resolve("evidence").resolve(agencyId))) {
            throw new IOException("capture index of " + agencyId + " names a WARC file outside its folder: " + c.warcFile());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(c.offset());
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(() -> new IOException("no WARC record at offset " + c.offset()
                        + " in " + file));
                if (!(record instanceof WarcResponse response)) {
                    throw new IOException("the record at offset " + c.offset() + " in " + file + " is a " + record.type()
                            + ", not a response");
                }
                try (InputStream in = response.http().body().stream()) {
                    return in.readAllBytes();
                }
            }
        }
    }

}
