package vn.portalassessor.criteria.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.RowErrors;

/**
 * Reads the list of agencies to assess (CSV, XLSX or a JSON array of the same objects, contract §2)
 * and refuses it whole, listing the bad rows (the first {@link RowErrors#SHOWN} and a count of the
 * rest), when any id, group or URL is wrong. The CSV is read as a stream; once a row is bad no agency
 * is kept, so a huge bad file costs little memory.
 */
public final class AgencyListReader {

    static final List<String> COLUMNS = List.of("id", "name", "group", "portal_url", "services_url");

    private AgencyListReader() {
    }

    /** Reads and checks the agency list. */
    public static List<Agency> read(Path file) {
        RowErrors errors = new RowErrors();
        List<Agency> agencies = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String name = file.toString();
        Consumer<Table.Row> check = row -> {
            List<RowError> bad = new ArrayList<>();
            Agency agency = agency(row, name, ids, bad);
            errors.addAll(bad);
            if (agency != null && errors.isEmpty()) {
                agencies.add(agency);
            } else if (!errors.isEmpty()) {
                agencies.clear();
            }
        };
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            readJson(file).rows().forEach(check);
        } else {
            TableReader.stream(file, COLUMNS.subList(0, 4), check);
        }
        errors.throwIfAny();
        if (agencies.isEmpty()) {
            throw new InputFileException(new RowError(name, 0, "", "lists no agency"));
        }
        return List.copyOf(agencies);
    }

    /** One row's agency, or null with its errors added to {@code errors}. */
    private static Agency agency(Table.Row row, String file, Set<String> ids, List<RowError> errors) {
        String id = row.get("id");
        if (!Agency.ID.matcher(id).matches()) {
            errors.add(new RowError(file, row.line(), "id", "\"" + id + "\" must be lower-case letters, digits and dashes"));
        } else if (!ids.add(id)) {
            errors.add(new RowError(file, row.line(), "id", "\"" + id + "\" appears twice"));
        }
        if (row.get("name").isEmpty()) {
            errors.add(new RowError(file, row.line(), "name", "is empty"));
        }
        Group group = null;
        try {
            group = Group.valueOf(row.get("group"));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(file, row.line(), "group",
                    "\"" + row.get("group") + "\" is not one of MINISTRY, GOV_AGENCY, PROVINCE"));
        }
        URI portal = url(row, "portal_url", true, file, errors);
        URI services = url(row, "services_url", false, file, errors);
        return errors.isEmpty() ? new Agency(id, row.get("name"), group, portal, services) : null;
    }

    private static URI url(Table.Row row, String column, boolean required, String file, List<RowError> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(new RowError(file, row.line(), column, "is empty"));
            }
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                errors.add(new RowError(file, row.line(), column, "\"" + text + "\" is not an http(s) URL with a host"));
                return null;
            }
            return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            errors.add(new RowError(file, row.line(), column, "\"" + text + "\" is not a URL: " + e.getReason()));
            return null;
        }
    }

    private static Table readJson(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InputFileException(new RowError(name, 0, "", "is not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw new InputFileException(new RowError(name, 0, "", "must hold a JSON array of agency objects"));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                JsonNode v = root.get(i).get(column);
                cells.put(column, v == null || v.isNull() ? "" : v.asText().trim());
            }
            rows.add(new Table.Row(i + 1, cells));
        }
        return new Table(name, COLUMNS, rows);
    }
}
