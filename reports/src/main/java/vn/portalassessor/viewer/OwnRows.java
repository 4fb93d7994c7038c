package vn.portalassessor.viewer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * An agency's own rows of the run's CSV files ({@code results.csv}, {@code services.csv}): the header
 * and every record whose first field, {@code agency_id}, is the agency's id, as written (UTF-8 with its
 * byte-order mark, quoted fields that may span lines). Stateless.
 */
final class OwnRows {

    /** The CSV files an agency may download, cut to its own rows. */
    static final Set<String> FILES = Set.of("results.csv", "services.csv");

    private OwnRows() {
    }

    /** The header and {@code agencyId}'s records of {@code csv}. */
    static byte[] of(Path csv, String agencyId) throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            StringBuilder record = new StringBuilder();
            boolean header = true;
            int quotes = 0;
            String line;
            while ((line = in.readLine()) != null) {
                record.append(line).append("\r\n");
                quotes += line.chars().filter(c -> c == '"').count();
                if (quotes % 2 != 0) {
                    continue;
                }
                String r = record.toString();
                String first = r.startsWith("\uFEFF") ? r.substring(1) : r;
                if (header || first.startsWith(agencyId + ",")) {
                    out.append(r);
                }
                header = false;
                record.setLength(0);
                quotes = 0;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
