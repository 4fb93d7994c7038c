package vn.portalassessor.selfreport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.portalassessor.criteria.Component;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.criteria.RowErrors;
import vn.portalassessor.criteria.RuleType;
import vn.portalassessor.criteria.Source;
import vn.portalassessor.criteria.ValueKind;
import vn.portalassessor.criteria.load.TableReader;

/**
 * Imports self-reported data ({@code agency_id,criterion_id,value,note}, CSV or XLSX) against a
 * methodology and an agency list. Refused whole, with every bad row listed, on: an unknown agency or
 * criterion, a criterion that does not take self-reports, a COMPOSITE criterion reported directly
 * instead of by its components, a value of the wrong kind (a ratio outside 0..1, a count that is not
 * a whole number, a boolean that is not true/false), or a duplicate row.
 */
public final class SelfReportReader {

    static final List<String> COLUMNS = List.of("agency_id", "criterion_id", "value");

    private SelfReportReader() {
    }

    public static SelfReport read(Path file, Methodology methodology, Set<String> agencyIds) {
        String name = file.toString();
        RowErrors all = new RowErrors();
        Map<String, Map<String, ReportedValue>> values = new HashMap<>();
        TableReader.stream(file, COLUMNS, row -> {
            List<RowError> errors = new ArrayList<>();
            String agency = row.get("agency_id");
            String id = row.get("criterion_id");
            if (!agencyIds.contains(agency)) {
                errors.add(new RowError(name, row.line(), "agency_id", "unknown agency \"" + agency + "\""));
            }
            Optional<ValueKind> kind = kindOf(methodology, id, name, row.line(), errors);
            Double value = null;
            if (kind.isPresent()) {
                value = parse(row.get("value"), kind.get(), name, row.line(), errors);
            }
            all.addAll(errors);
            if (!errors.isEmpty()) {
                return;
            }
            ReportedValue reported = new ReportedValue(value, row.get("value"), row.get("note"), name + ":" + row.line());
            ReportedValue earlier = values.computeIfAbsent(agency, a -> new HashMap<>()).putIfAbsent(id, reported);
            if (earlier != null) {
                all.add(new RowError(name, row.line(), "criterion_id",
                        "duplicate row: " + agency + " " + id + " was already given at " + earlier.where()));
            }
        });
        all.throwIfAny();
        return new SelfReport(values, name);
    }

    private static Optional<ValueKind> kindOf(Methodology m, String id, String file, int line, List<RowError> errors) {
        Optional<Criterion> criterion = m.criterion(id);
        if (criterion.isPresent()) {
            Criterion c = criterion.get();
            if (!c.sources().contains(Source.SELF_REPORTED)) {
                errors.add(new RowError(file, line, "criterion_id", id + " is judged from the portal, not self-reported"));
                return Optional.empty();
            }
            if (c.rule() == RuleType.COMPOSITE) {
                errors.add(new RowError(file, line, "criterion_id", id + " is reported by its parts: "
                        + String.join(", ", c.components().stream().map(Component::id).toList())));
                return Optional.empty();
            }
            return Optional.of(ValueKind.of(c.rule()));
        }
        Optional<Component> component = m.criteria().flatMap(c -> c.components().stream())
                .filter(c -> c.id().equals(id)).findFirst();
        if (component.isPresent()) {
            return Optional.of(component.get().valueKind());
        }
        errors.add(new RowError(file, line, "criterion_id", "unknown criterion \"" + id + "\" in methodology "
                + m.id() + " v" + m.version()));
        return Optional.empty();
    }

    static Double parse(String raw, ValueKind kind, String file, int line, List<RowError> errors) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            errors.add(new RowError(file, line, "value", "is empty"));
            return null;
        }
        if (kind == ValueKind.BOOLEAN) {
            return switch (s) {
                case "true", "có", "co", "yes", "1" -> 1.0;
                case "false", "không", "khong", "no", "0" -> 0.0;
                default -> {
                    errors.add(new RowError(file, line, "value", "\"" + raw + "\" is not true or false"));
                    yield null;
                }
            };
        }
        boolean percent = s.endsWith("%");
        String number = (percent ? s.substring(0, s.length() - 1) : s).trim();
        if (number.contains(",") && !number.contains(".")) {
            number = number.replace(',', '.');
        }
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            errors.add(new RowError(file, line, "value", "\"" + raw + "\" is not a number"));
            return null;
        }
        if (percent) {
            v = v / 100.0;
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
            errors.add(new RowError(file, line, "value", "\"" + raw + "\" must be a number of at least 0"));
            return null;
        }
        if (kind == ValueKind.RATIO && v > 1) {
            errors.add(new RowError(file, line, "value", "the ratio " + raw + " is outside 0..1 (write 0.97 or 97%)"));
            return null;
        }
        if (kind == ValueKind.COUNT && v != Math.rint(v)) {
            errors.add(new RowError(file, line, "value", "the count " + raw + " is not a whole number"));
            return null;
        }
        return v;
    }
}
