package vn.portalassessor.crawl.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.portalassessor.crawl.fetch.FetchedResponse;

/** Each answer is archived as records a reader can open from their own offset (issue 4). */
class WarcArchiveTest {

    @TempDir
    Path dir;

    private static FetchedResponse answer(String path, String html) {
        return new FetchedResponse(URI.create("http://sotuphap.tinh.gov.vn" + path), Instant.parse("2026-11-28T08:00:00Z"),
                200, "OK", "HTTP/1.1", List.of(Map.entry("Content-Type", "text/html; charset=utf-8")),
                List.of(Map.entry("Host", "sotuphap.tinh.gov.vn"), Map.entry("User-Agent", "portal-assessor")),
                html.getBytes(StandardCharsets.UTF_8), false, "127.0.0.1", "");
    }

    @Test
    void everyResponseIsReadFromItsOwnOffsetWithDigestsAndTheBodyAsSent() throws Exception {
        List<FetchedResponse> answers = List.of(
                answer("/", "<html lang=\"vi\"><body><h1>Sở Tư pháp tỉnh</h1></body></html>"),
                answer("/thu-tuc/chung-thuc.html", "<p>Chứng thực bản sao từ bản chính: mức độ 3</p>".repeat(2_000)),
                answer("/lien-he", "<p>Địa chỉ: số 1 đường Trần Hưng Đạo</p>"));
        List<ArchivedRecord> where = new ArrayList<>();
        try (WarcArchive archive = new WarcArchive(dir, "so-tu-phap", WarcArchive.DEFAULT_ROTATE_BYTES)) {
            for (FetchedResponse a : answers) {
                where.add(archive.write(a));
            }
        }

        for (int i = 0; i < answers.size(); i++) {
            try (FileChannel file = FileChannel.open(dir.resolve(where.get(i).file()))) {
                file.position(where.get(i).offset());
                WarcRecord record = new WarcReader(file).next().orElseThrow();
                assertThat(record).isInstanceOf(WarcResponse.class);
                WarcResponse response = (WarcResponse) record;
                assertThat(ArchivedRecord.idOf(response)).isEqualTo(where.get(i).recordId());
                assertThat(response.target()).isEqualTo(answers.get(i).url().toString());
                assertThat(response.http().body().stream().readAllBytes()).isEqualTo(answers.get(i).body());
                assertThat(response.blockDigest()).isPresent();
                assertThat(response.payloadDigest()).isPresent();
            }
        }
    }

    @Test
    void fileIsPlainGzipThatAnyGunzipReadsWhole() throws Exception {
        try (WarcArchive archive = new WarcArchive(dir, "so-tu-phap", WarcArchive.DEFAULT_ROTATE_BYTES)) {
            archive.write(answer("/", "<h1>Sở Tư pháp</h1>"));
            archive.write(answer("/tin-tuc", "<h1>Tin tức</h1>"));
        }

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("so-tu-phap-00000.warc.gz")))) {
            in.transferTo(plain);
        }
        String text = plain.toString(StandardCharsets.UTF_8);
        assertThat(text.split("WARC/1.1\r\n", -1)).hasSize(5); // a response and a request for each page
        assertThat(text).contains("<h1>Sở Tư pháp</h1>", "<h1>Tin tức</h1>", "WARC-Type: request", "WARC-Type: response");
    }
}
