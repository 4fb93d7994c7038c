package vn.portalassessor.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.report.SampleRun;

/**
 * ranking.xlsx opens in LibreOffice: {@code libreoffice --headless --convert-to csv} reads every sheet
 * (installed by scripts/install-deps.sh --tests, so this never skips).
 */
class RankingWorkbookIT {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsEverySheetToCsvWithTheSameRankings() throws Exception {
        Path file = dir.resolve("ranking.xlsx");
        RankingWorkbook.write(SampleRun.assessment(), file);
        Path out = Files.createDirectories(dir.resolve("csv"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));

        // Filter options: comma, double quote, UTF-8 (76), from line 1, ..., sheet -1 = every sheet to its own file.
        Process lo = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).start();
        String log = new String(lo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lo.waitFor(120, TimeUnit.SECONDS)).as("libreoffice finished: " + log).isTrue();
        assertThat(lo.exitValue()).as(log).isZero();

        List<Path> csvs;
        try (Stream<Path> files = Files.list(out)) {
            csvs = files.sorted().toList();
        }
        assertThat(csvs).as(log).hasSize(2);
        List<String> category3 = Files.readAllLines(csvs.get(0), StandardCharsets.UTF_8);
        assertThat(csvs.get(0).getFileName().toString()).contains("Hạng mục 3");
        assertThat(category3.get(0)).startsWith("Nhóm,Xếp hạng,Số cơ quan trong nhóm,Mã cơ quan,Cơ quan,Chỉ số");
        assertThat(category3.get(1)).isEqualTo("\"Bộ, cơ quan ngang Bộ\",1,2,bo-tu-phap,Bộ Tư pháp,0.756,120.96,160,Khá,OK");
        assertThat(category3).hasSize(5);
        assertThat(category3.get(3)).contains("Tỉnh Quảng Bình,0.873");
    }
}
