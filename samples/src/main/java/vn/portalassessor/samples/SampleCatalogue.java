package vn.portalassessor.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the bundled sample portals from the classpath (a folder in development, the jar when
 * installed): the agency list, every site's settings and files, and the ground-truth labels.
 */
public final class SampleCatalogue {

    static final String ROOT = "/sample-portals";

    private final List<SampleAgency> agencies;
    private final Map<String, SampleSite> sites;
    private final Map<String, Map<String, String>> portalLabels;
    private final String selfReported;

    private SampleCatalogue(List<SampleAgency> agencies, Map<String, SampleSite> sites,
                            Map<String, Map<String, String>> portalLabels, String selfReported) {
        this.agencies = List.copyOf(agencies);
        this.sites = Map.copyOf(sites);
        this.portalLabels = Map.copyOf(portalLabels);
        this.selfReported = selfReported;
    }

    /** Loads the bundled catalogue (the first set). */
    public static SampleCatalogue load() {
        return load(SampleSet.FIRST);
    }

    /** Loads one of the bundled sets. */
    public static SampleCatalogue load(SampleSet set) {
        String folder = set.resourceFolder();
        URL marker = SampleCatalogue.class.getResource(folder + "/agencies.csv");
        if (marker == null) {
            throw new IllegalStateException("the sample portals are missing from the classpath (" + folder + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return load(fs.getPath(folder));
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the sample portals: " + e.getMessage(), e);
        }
    }

    /** Loads a catalogue from a folder laid out like {@code sample-portals/}. */
    public static SampleCatalogue load(Path root) throws IOException {
        List<SampleAgency> agencies = new ArrayList<>();
        for (Map<String, String> row : csv(root.resolve("agencies.csv"))) {
            agencies.add(new SampleAgency(row.get("id"), row.get("name"), row.get("group"), row.get("portal_site"),
                    row.getOrDefault("services_site", ""), "yes".equalsIgnoreCase(row.get("services_declared"))));
        }
        Map<String, SampleSite> sites = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new HashMap<>();
        List<Path> siteDirs;
        try (Stream<Path> found = Files.find(root, 3, (p, a) -> p.getFileName() != null
                && p.getFileName().toString().equals("site.json"))) {
            siteDirs = found.map(Path::getParent).sorted().toList();
        }
        for (Path dir : siteDirs) {
            SampleSite site = site(dir);
            sites.put(site.id(), site);
            Path labelFile = dir.resolve("labels.csv");
            if (Files.exists(labelFile)) {
                Map<String, String> expected = new LinkedHashMap<>();
                for (Map<String, String> row : csv(labelFile)) {
                    expected.put(row.get("criterion_id"), row.get("expected"));
                }
                labels.put(site.id(), expected);
            }
        }
        Path selfReported = root.resolve("self-reported.csv");
        return new SampleCatalogue(agencies, sites, labels,
                Files.exists(selfReported) ? Files.readString(selfReported, StandardCharsets.UTF_8) : "");
    }

    /** The sample agencies' self-reported figures, CSV in the contract's shape (empty when none are bundled). */
    public String selfReportedCsv() {
        return selfReported;
    }

    public List<SampleAgency> agencies() {
        return agencies;
    }

    public Map<String, SampleSite> sites() {
        return sites;
    }

    /** The true verdict of each criterion on a site, from its {@code labels.csv}. */
    public Map<String, String> labels(String siteId) {
        return portalLabels.getOrDefault(siteId, Map.of());
    }

    private static SampleSite site(Path dir) throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("site.json"), StandardCharsets.UTF_8));
        String id = json.path("id").asText(dir.getFileName().toString().replace("/", ""));
        JsonNode s = json.path("search");
        SampleSite.Search search = s.isMissingNode() || s.isNull() ? null
                : new SampleSite.Search(s.path("path").asText(), s.path("param").asText(), s.path("mode").asText("WORKING"));
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals("site.json") || rel.equals("labels.csv") || rel.equals("services.csv")) {
                    continue;
                }
                files.put("/" + rel, Files.readAllBytes(p));
            }
        }
        List<String> queryKeys = new ArrayList<>();
        json.path("query_keys").forEach(k -> queryKeys.add(k.asText()));
        return new SampleSite(id, json.path("kind").asText("PORTAL"), json.path("cms").asText(""), search, files, queryKeys);
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }
}
