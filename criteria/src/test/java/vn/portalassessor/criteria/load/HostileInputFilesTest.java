package vn.portalassessor.criteria.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.MethodologyException;
import vn.portalassessor.criteria.RowErrors;

/**
 * Input files an unlucky operator produces: a huge list of bad rows, a UTF-16 export, a windows-1258
 * export, a methodology nested thousands of levels deep. Each is refused in a few lines naming the
 * file, or read.
 */
@DisplayName("Input files: huge, foreign-encoded, deeply nested")
class HostileInputFilesTest {

    private static final String HEADER = "id,name,group,portal_url,services_url";

    @TempDir
    Path dir;

    @Test
    void aHugeListOfBadRowsListsTheFirstFiftyAndCountsTheRest() throws Exception {
        Path file = dir.resolve("co-quan.csv");
        int rows = 60_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (int i = 0; i < rows; i++) {
                w.write("so-tu-phap-" + i + ",Sở Tư pháp tỉnh " + i + ",TINH,https://stp" + i + ".example.gov.vn/,\n");
            }
        }

        assertThatThrownBy(() -> AgencyListReader.read(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.errors()).hasSize(RowErrors.SHOWN);
                    assertThat(e.errors().get(0).toString()).isEqualTo(file + ":2: field \"group\": \"TINH\" is not one of"
                            + " MINISTRY, GOV_AGENCY, PROVINCE");
                    assertThat(e.omitted()).isEqualTo(rows - RowErrors.SHOWN);
                    assertThat(e.getMessage().lines()).hasSize(RowErrors.SHOWN + 1);
                    assertThat(e.getMessage()).endsWith("… and " + (rows - RowErrors.SHOWN)
                            + " more errors not listed (only the first 50 are shown)");
                });
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("co-quan-unicode.csv");
        String text = HEADER + "\r\nbo-tu-phap,Bộ Tư pháp,MINISTRY,https://moj.gov.vn/,\r\n"
                + "tinh-quang-binh,Ủy ban nhân dân tỉnh Quảng Bình,PROVINCE,https://quangbinh.gov.vn/,\r\n";
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        List<Agency> agencies = AgencyListReader.read(file);

        assertThat(agencies).extracting(Agency::name).containsExactly("Bộ Tư pháp", "Ủy ban nhân dân tỉnh Quảng Bình");
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsRefusedWithTheHintToSaveAsUtf8() throws Exception {
        Path file = dir.resolve("co-quan-utf16.csv");
        Files.write(file, (HEADER + "\nbo-tu-phap,Bộ Tư pháp,MINISTRY,https://moj.gov.vn/,\n").getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> AgencyListReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + ": looks like UTF-16 text without a byte-order mark: " + TableReader.SAVE_AS_UTF8)
                .hasMessageContaining("lưu lại dưới dạng CSV UTF-8")
                .hasMessageNotContaining("Input length");
    }

    @Test
    void aWindows1258FileIsRefusedAtItsFirstBadLineWithTheHint() throws Exception {
        Path file = dir.resolve("co-quan-1258.csv");
        Charset cp1258 = Charset.forName("windows-1258");
        Files.write(file, (HEADER + "\nbo-y-te,Bo Y te,MINISTRY,https://moh.gov.vn/,\n"
                + "bo-tu-phap,Bộ Tư pháp,MINISTRY,https://moj.gov.vn/,\n").getBytes(cp1258));

        assertThatThrownBy(() -> AgencyListReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(file + ":3: is not UTF-8 text from this line on: save it as CSV UTF-8")
                .hasMessageNotContaining("Input length");
    }

    @Test
    void aMethodologyNestedThousandsOfLevelsDeepIsRefusedInOneLineNamingTheFile() {
        String yaml = "id: 2016-reconstructed\nghi-chu: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

        assertThatThrownBy(() -> MethodologyLoader.parse(yaml, "phuong-phap-sau.yaml"))
                .isInstanceOf(MethodologyException.class)
                .hasMessageStartingWith("phuong-phap-sau.yaml: not valid YAML")
                .hasMessageContaining("depth")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
