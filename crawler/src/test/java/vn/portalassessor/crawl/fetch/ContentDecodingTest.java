package vn.portalassessor.crawl.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Bodies kept as sent are read decoded, within the size cap (issue 14, row 10). */
class ContentDecodingTest {

    private static final byte[] PAGE = "<h1>Thủ tục hành chính</h1><p>Cấp phiếu lý lịch tư pháp</p>".repeat(50)
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] deflate(byte[] data, boolean zlibWrapped) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlibWrapped))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzipAndBothKindsOfDeflateAreUndone() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(PAGE);
        }
        assertThat(ContentDecoding.decode("gzip", gz.toByteArray(), 1 << 20).body()).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode("x-gzip", gz.toByteArray(), 1 << 20).body()).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode("deflate", deflate(PAGE, true), 1 << 20).body()).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode("Deflate", deflate(PAGE, false), 1 << 20).body()).isEqualTo(PAGE);
    }

    @Test
    void decodedSizeIsCappedAndUnknownCodingsLeftAsSent() throws Exception {
        ContentDecoding.Decoded capped = ContentDecoding.decode("deflate", deflate(new byte[10 << 20], true), 1 << 20);
        assertThat(capped.body()).hasSize(1 << 20);
        assertThat(capped.truncated()).isTrue();

        byte[] brotli = {0x1b, 0x03, 0x00, (byte) 0xf8};
        assertThat(ContentDecoding.decode("br", brotli, 1 << 20)).satisfies(d -> {
            assertThat(d.body()).isEqualTo(brotli);
            assertThat(d.truncated()).isFalse();
        });
        assertThat(ContentDecoding.decode("gzip", "không phải gzip".getBytes(StandardCharsets.UTF_8), 1 << 20).body())
                .asString(StandardCharsets.UTF_8).isEqualTo("không phải gzip");
    }
}
