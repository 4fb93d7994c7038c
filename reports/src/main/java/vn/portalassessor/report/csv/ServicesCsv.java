package vn.portalassessor.report.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.ServiceResult;

/**
 * Writes {@code services.csv}: the category-4 service table, one row per agency × online service
 * examined, with the level its page declares, the level that really works, whether they differ, the
 * level-1 fields it lacks and the pages the level rests on. Separate from {@code results.csv} (one row
 * per criterion) so both stay one table each. UTF-8 with a byte-order mark, CRLF, formula-like cells neutralised ({@link CsvTable}), like results.csv.
 */
public final class ServicesCsv {

    /** The file's name in a run directory. */
    public static final String FILE = "services.csv";

    static final List<String> HEADER = List.of("agency_id", "agency_name", "group", "service_name", "service_url",
            "declared_level", "detected_level", "discrepancy", "missing_fields", "evidence_urls", "reason");

    private ServicesCsv() {
    }

    public static void write(Assessment assessment, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (AgencyResult a : assessment.agencies()) {
            for (ServiceResult s : a.services()) {
                rows.add(List.of(a.id(), a.name(), a.group().name(), s.name(), s.url(),
                        s.declaredLevel() == null ? "" : String.valueOf(s.declaredLevel()),
                        String.valueOf(s.detectedLevel()), String.valueOf(s.discrepancy()),
                        String.join("; ", s.missingFields()), String.join(" ", s.evidenceUrls()), s.reason()));
            }
        }
        CsvTable.write(file, rows);
    }
}
