package vn.portalassessor.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowErrors;
import vn.portalassessor.criteria.load.MethodologyLoader;

class SelfReportErrorCapTest {

    @Test
    void thousandsOfBadSelfReportRowsListTheFirstFiftyAndCountTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tu-bao-cao.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("agency_id,criterion_id,value,note\n");
            for (int i = 0; i < 5_000; i++) {
                w.write("so-tu-phap-" + i + ",C1.01,0.9,Số liệu quý 4\n");
            }
        }

        assertThatThrownBy(() -> SelfReportReader.read(file, MethodologyLoader.loadDefault(), Set.of("bo-tu-phap")))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.errors()).hasSize(RowErrors.SHOWN);
                    assertThat(e.errors().get(0).toString()).isEqualTo(file + ":2: field \"agency_id\": unknown agency \"so-tu-phap-0\"");
                    assertThat(e.omitted()).isEqualTo(5_000 - RowErrors.SHOWN);
                });
    }
}
