package vn.portalassessor.criteria.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.InputFileException;

class AgencyListReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsASpreadsheetCsvWithByteOrderMarkQuotesAndCrlf() throws IOException {
        Path file = write("agencies.csv", "\uFEFFid,name,group,portal_url,services_url\r\n"
                + "bo-tu-phap,\"Bộ Tư pháp, cơ quan ngang Bộ\",MINISTRY,https://moj.gov.vn/,https://dichvucong.moj.gov.vn/\r\n"
                + "tinh-quang-binh,Tỉnh Quảng Bình,PROVINCE,https://quangbinh.gov.vn,\r\n");

        List<Agency> agencies = AgencyListReader.read(file);

        assertThat(agencies).extracting(Agency::id).containsExactly("bo-tu-phap", "tinh-quang-binh");
        assertThat(agencies.get(0).name()).isEqualTo("Bộ Tư pháp, cơ quan ngang Bộ");
        assertThat(agencies.get(1).group()).isEqualTo(Group.PROVINCE);
        assertThat(agencies.get(1).portalUrl()).hasToString("https://quangbinh.gov.vn/");
        assertThat(agencies.get(1).services()).isEmpty();
    }

    @Test
    void refusesTheWholeListNamingEveryBadRow() throws IOException {
        Path file = write("agencies.csv", "id,name,group,portal_url,services_url\n"
                + "bo-tu-phap,Bộ Tư pháp,MINISTRY,https://moj.gov.vn/,\n"
                + "Tinh_QB,Tỉnh Quảng Bình,PROVINCE,https://quangbinh.gov.vn/,\n"
                + "bo-y-te,Bộ Y tế,BO,https://moh.gov.vn/,\n"
                + "bo-tu-phap,Bộ Tư pháp,MINISTRY,ftp://moj.gov.vn/,\n");

        assertThatThrownBy(() -> AgencyListReader.read(file))
                .isInstanceOf(InputFileException.class)
                .satisfies(e -> assertThat(((InputFileException) e).errors()).hasSize(4))
                .hasMessageContaining("agencies.csv:3: field \"id\": \"Tinh_QB\" must be lower-case letters, digits and dashes")
                .hasMessageContaining("agencies.csv:4: field \"group\": \"BO\" is not one of MINISTRY, GOV_AGENCY, PROVINCE")
                .hasMessageContaining("agencies.csv:5: field \"id\": \"bo-tu-phap\" appears twice")
                .hasMessageContaining("agencies.csv:5: field \"portal_url\": \"ftp://moj.gov.vn/\" is not an http(s) URL");
    }

    @Test
    void readsAJsonArrayOfTheSameObjects() throws IOException {
        Path file = write("agencies.json", """
                [{"id":"tinh-son-la","name":"Tỉnh Sơn La","group":"PROVINCE","portal_url":"https://sonla.gov.vn/"}]
                """);

        assertThat(AgencyListReader.read(file)).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Tỉnh Sơn La"));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws IOException {
        Path file = write("agencies.csv", "ma,ten\nbo-tu-phap,Bộ Tư pháp\n");

        assertThatThrownBy(() -> AgencyListReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("agencies.csv:1: field \"id\": column is missing");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
