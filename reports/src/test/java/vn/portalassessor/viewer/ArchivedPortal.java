package vn.portalassessor.viewer;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Bộ Tư pháp's archive in a sample run: its home page (a script, an onload handler, a link to the
 * organisation page and one to a news page never archived, an image never archived) and its
 * organisation page, as WARC response records with their capture index, the way the crawler leaves them.
 *
 * @param homeUuid  the home page's response record uuid
 * @param introUuid the organisation page's response record uuid
 */
record ArchivedPortal(String homeUuid, String introUuid) {

    static final String HOME = "https://bo-tu-phap.gov.vn/";
    static final String INTRO = "https://bo-tu-phap.gov.vn/gioi-thieu/co-cau-to-chuc";

    static ArchivedPortal write(Path run) throws IOException {
        Path warc = run.resolve("evidence/bo-tu-phap").resolve("bo-tu-phap-00001.warc.gz");
        List<String> index = new ArrayList<>();
        String homeUuid;
        String introUuid;
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            homeUuid = write(writer, index, HOME, Instant.parse("2016-12-20T03:10:00Z"), """
                    <!DOCTYPE html><html lang="vi"><head><title>Bộ Tư pháp</title>
                    <script>document.title = 'đã chạy';</script></head>
                    <body onload="alert(1)"><ul><li><a href="/gioi-thieu/co-cau-to-chuc#top">Cơ cấu tổ chức</a></li>
                    <li><a href="/tin-tuc/">Tin tức</a></li></ul><img src="/logo.png" alt="Quốc huy"></body></html>
                    """);
            introUuid = write(writer, index, INTRO, Instant.parse("2016-12-20T03:15:00Z"), """
                    <!DOCTYPE html><html lang="vi"><head><title>Cơ cấu tổ chức</title></head>
                    <body><h1>Cơ cấu tổ chức</h1><p>Vụ Pháp chế, Vụ Tổ chức cán bộ, Văn phòng Bộ</p>
                    <a href="/">Trang chủ</a></body></html>
                    """);
        }
        Path state = run.resolve("crawl-state/bo-tu-phap");
        Files.createDirectories(state);
        Files.write(state.resolve("captures.jsonl"), index, StandardCharsets.UTF_8);
        return new ArchivedPortal(homeUuid, introUuid);
    }

    private static String write(WarcWriter writer, List<String> index, String url, Instant at, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
        WarcResponse response = new WarcResponse.Builder(URI.create(url)).date(at).body(MediaType.HTTP_RESPONSE, http).build();
        long offset = writer.position();
        writer.write(response);
        String id = "<" + response.id() + ">";
        index.add("{\"url\":\"" + url + "\",\"depth\":0,\"fetchedAt\":\"" + at + "\",\"status\":200,"
                + "\"contentType\":\"text/html; charset=utf-8\",\"length\":" + body.length + ",\"truncated\":false,"
                + "\"location\":\"\",\"warcFile\":\"bo-tu-phap-00001.warc.gz\",\"offset\":" + offset + ",\"recordId\":\""
                + id + "\",\"remoteAddress\":\"127.0.0.1\",\"failure\":\"\",\"detail\":\"\"}");
        return response.id().toString().substring("urn:uuid:".length());
    }
}
