package vn.portalassessor.agreement;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.MethodologyLoader;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.json.ResultsJson;

/**
 * The small run the agreement tests measure ({@code agreement/results.json}): three agencies judged on a
 * few criteria of categories 3 and 4, read through the results.json reader like the command reads a run.
 *
 * <pre>
 *                      C3.01 C3.02   C3.13 C3.18 C3.19        C4.04                   C4.05
 * bo-tai-nguyen-bien   MET   PARTIAL N/A   MET   NEEDS_REVIEW MET (detected 3, rep. 4) NOT_MET (detected 0, rep. 5)
 * tinh-son-lam         MET   MET     MET   MET   NOT_MET      MET (crawler value 10)   MET (crawler value 2)
 * tinh-tra-giang       MET   -       -     -     -            UNREACHABLE              UNREACHABLE
 * </pre>
 */
final class AgreementFixture {

    private AgreementFixture() {
    }

    static Assessment assessment() throws IOException {
        try {
            return ResultsJson.read(Path.of(AgreementFixture.class.getResource("/agreement/results.json").toURI()));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static Set<String> agencies() throws IOException {
        return assessment().agencies().stream().map(AgencyResult::id).collect(Collectors.toSet());
    }

    /** Every criterion and component id of the shipped methodology. */
    static Set<String> criteria() {
        Methodology m = MethodologyLoader.loadDefault();
        Set<String> ids = new HashSet<>();
        m.criteria().forEach(c -> {
            ids.add(c.id());
            c.components().stream().map(Component::id).forEach(ids::add);
        });
        return ids;
    }

    /** Writes a label file and reads it as the command does. */
    static List<Label> labels(Path dir, String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("nhan-thanh-tra.csv"), csv, StandardCharsets.UTF_8);
        return LabelFile.read(file, agencies(), criteria());
    }
}
