package vn.portalassessor.crawl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.warc.ArchivedRecord;
import vn.portalassessor.crawl.warc.WarcArchive;

/** What a kill -9 leaves in an agency's archive is made whole before the crawl resumes (issue 4). */
class ArchiveRecoveryTest {

    @TempDir
    Path dir;

    private static FetchedResponse page(String path, String title) {
        byte[] body = ("<html><head><title>" + title + "</title></head><body><p>" + "Tin hoạt động của Sở. ".repeat(200)
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        return new FetchedResponse(URI.create("http://sotuphap.gov.vn" + path), Instant.parse("2016-12-28T03:15:00Z"), 200,
                "OK", "HTTP/1.1", List.of(Map.entry("Content-Type", "text/html; charset=utf-8")),
                List.of(Map.entry("Host", "sotuphap.gov.vn")), body, false, "203.162.1.10", "");
    }

    @Test
    void responseArchivedButNotIndexedIsRecoveredAndACutRecordIsCutOff() throws Exception {
        ArchivedRecord indexed;
        ArchivedRecord orphan;
        long beforeCut;
        try (WarcArchive archive = new WarcArchive(dir, "so-tu-phap", WarcArchive.DEFAULT_ROTATE_BYTES)) {
            indexed = archive.write(page("/", "Trang chủ"));
            orphan = archive.write(page("/gioi-thieu.html", "Giới thiệu"));
            archive.write(page("/lanh-dao.html", "Lãnh đạo Sở"));
        }
        Path file = dir.resolve(indexed.file());
        // the kill came while the third response was being written: cut it halfway
        long size = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); WarcReader r = new WarcReader(ch)) {
            r.next();
            r.next();
            r.next();
            r.next();
            r.next(); // the third response
            beforeCut = r.position();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(beforeCut + (size - beforeCut) / 3);
        }

        List<Capture> recovered = ArchiveRecovery.recover(dir, Set.of(indexed.recordId()), 1);

        assertThat(recovered).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo(URI.create("http://sotuphap.gov.vn/gioi-thieu.html"));
            assertThat(c.recordId()).isEqualTo(orphan.recordId());
            assertThat(c.offset()).isEqualTo(orphan.offset());
            assertThat(c.status()).isEqualTo(200);
            assertThat(c.remoteAddress()).isEqualTo("203.162.1.10");
            assertThat(c.detail()).isEqualTo(ArchiveRecovery.RECOVERED);
        });
        assertThat(Files.size(file)).as("cut at the start of the broken record").isEqualTo(beforeCut);
        assertThat(ArchiveRecovery.recover(dir, Set.of(indexed.recordId(), orphan.recordId()), 1)).isEmpty();
    }
}
