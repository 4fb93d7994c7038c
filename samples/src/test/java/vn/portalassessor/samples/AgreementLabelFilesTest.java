package vn.portalassessor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inspector's labels of both sample sets, in the {@code assessor agreement} format, are complete
 * and well-formed: every agency of the set has every criterion C3.01–C3.29 and C4.01–C4.07 exactly
 * once, with a known status, a note, and a count exactly where the count is what is judged.
 */
class AgreementLabelFilesTest {

    static final Set<String> STATUSES = Set.of("MET", "PARTIAL", "NOT_MET", "NOT_APPLICABLE", "UNREACHABLE");
    static final List<String> CRITERIA = Stream.concat(
            IntStream.rangeClosed(1, 29).mapToObj(i -> String.format("C3.%02d", i)),
            IntStream.rangeClosed(1, 7).mapToObj(i -> String.format("C4.%02d", i))).toList();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/sample-portals/agreement-labels.csv,FIRST", "/sample-portals-2/labels.csv,SECOND"})
    void everyAgencyHasEveryCriterionOnceWithAValidStatusAndNote(String file, SampleSet set) throws IOException {
        List<Map<String, String>> rows = read(file);
        SampleCatalogue catalogue = SampleCatalogue.load(set);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).keySet()).containsExactly("agency_id", "criterion_id", "status", "count", "note");

        Map<String, List<String>> byAgency = rows.stream().collect(Collectors.groupingBy(r -> r.get("agency_id"),
                Collectors.mapping(r -> r.get("criterion_id"), Collectors.toList())));
        assertThat(byAgency.keySet()).containsExactlyInAnyOrderElementsOf(
                catalogue.agencies().stream().map(SampleAgency::id).toList());
        byAgency.forEach((agency, criteria) ->
                assertThat(criteria).as(agency).containsExactlyInAnyOrderElementsOf(CRITERIA));

        Map<String, String> groups = new HashMap<>();
        catalogue.agencies().forEach(a -> groups.put(a.id(), a.group()));
        for (Map<String, String> r : rows) {
            String where = file + " " + r.get("agency_id") + " " + r.get("criterion_id");
            assertThat(r.get("status")).as(where).isIn(STATUSES);
            assertThat(r.get("note")).as(where).isNotBlank();
            boolean counted = r.get("criterion_id").equals("C4.04") || r.get("criterion_id").equals("C4.05");
            if (counted && !r.get("status").equals("UNREACHABLE")) {
                assertThat(r.get("count")).as(where).matches("\\d+");
                assertThat(r.get("status")).as(where).isEqualTo(Integer.parseInt(r.get("count")) > 0 ? "MET" : "NOT_MET");
            } else {
                assertThat(r.get("count")).as(where + " has no count").isEmpty();
            }
            if (r.get("criterion_id").equals("C3.13")) {
                assertThat(r.get("status").equals("NOT_APPLICABLE")).as(where)
                        .isEqualTo(!groups.get(r.get("agency_id")).equals("PROVINCE"));
            }
        }
    }

    @Test
    void secondSetCountsAreTheServicesThatReallyWorkAtLevelThreeAndFour() throws IOException {
        SampleCatalogue catalogue = SampleCatalogue.load(SampleSet.SECOND);
        Map<String, Map<String, String>> counts = new HashMap<>();
        for (Map<String, String> r : read("/sample-portals-2/labels.csv")) {
            counts.computeIfAbsent(r.get("agency_id"), k -> new HashMap<>()).put(r.get("criterion_id"), r.get("count"));
        }
        int checked = 0;
        for (SampleAgency a : catalogue.agencies()) {
            if (a.services().isEmpty() || catalogue.sites().get(a.servicesSite()).down()) {
                continue;
            }
            List<Map<String, String>> services = servicesCsv(a.servicesSite());
            long level3 = services.stream().filter(s -> s.get("true_level").equals("3")).count();
            long level4 = services.stream().filter(s -> s.get("true_level").equals("4")).count();
            assertThat(counts.get(a.id()).get("C4.04")).as(a.id() + " level 3").isEqualTo(String.valueOf(level3));
            assertThat(counts.get(a.id()).get("C4.05")).as(a.id() + " level 4").isEqualTo(String.valueOf(level4));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theAgencyWhoseServicesSiteIsDownIsUnreachableOnEveryCategoryFourCriterion() throws IOException {
        SampleCatalogue catalogue = SampleCatalogue.load(SampleSet.SECOND);
        List<String> down = catalogue.agencies().stream()
                .filter(a -> a.services().map(s -> catalogue.sites().get(s).down()).orElse(false))
                .map(SampleAgency::id).toList();
        assertThat(down).containsExactly("bo-khoa-hoc-doi-moi");
        List<String> statuses = read("/sample-portals-2/labels.csv").stream()
                .filter(r -> r.get("agency_id").equals("bo-khoa-hoc-doi-moi") && r.get("criterion_id").startsWith("C4."))
                .map(r -> r.get("status")).distinct().toList();
        assertThat(statuses).containsExactly("UNREACHABLE");
    }

    private static List<Map<String, String>> servicesCsv(String siteId) throws IOException {
        for (String family : List.of("joomla", "dotnetnuke", "webcenter", "vnpt-eportal", "wordpress", "nukeviet")) {
            String path = "/sample-portals-2/" + family + "/" + siteId + "/services.csv";
            if (AgreementLabelFilesTest.class.getResource(path) != null) {
                return read(path);
            }
        }
        throw new AssertionError("no services.csv for " + siteId);
    }

    private static List<Map<String, String>> read(String resource) throws IOException {
        try (InputStream in = AgreementLabelFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            }
            return rows;
        }
    }
}
