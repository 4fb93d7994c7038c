package vn.portalassessor.evaluate.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.criteria.Methodology;

/**
 * The words the service survey reads pages by, taken from the methodology's category-4 criteria (found
 * by their check names, so an inspector's edit of the file changes what is recognised): the level-1
 * fields (C4.02), the level labels (C4.01 content), form links (C4.03), submission links and login
 * steps (C4.04), online-payment phrases, payment pages and what negates a payment (C4.05), subordinate
 * units' names (C4.07 content). Immutable; safe to share.
 *
 * @param fields         each level-1 field with the ways pages write it ("Thời hạn giải quyết|Thời gian giải quyết")
 * @param levels         how a level is declared ("Mức độ 3", "Mức 4", "Toàn trình")
 * @param formWords      link texts offering a form
 * @param submitWords    link texts leading to online submission
 * @param loginWords     words of a login step without a password field of its own (single sign-on)
 * @param paymentWords   phrases saying a payment is made online: providers, gateways, "thanh toán trực tuyến"
 * @param paymentPage    words a payment page or payment step shows
 * @param paymentNegated phrases that say a named payment is not offered ("chưa hỗ trợ")
 * @param units          how subordinate units' names begin, for the agency's group
 * @param unitFields     service-page fields whose value names the executing unit ("Cơ quan thực hiện")
 * @param unitNational   national qualifiers an agency's name ends with ("Việt Nam"), dropped for "{agency}"
 * @param unitExcluded   names that look like a subordinate unit but are the agency's own level
 * @param placeholders   phrases of a page without content
 */
public record ServiceVocabulary(List<Field> fields, LevelLabels levels, List<String> formWords, List<String> submitWords,
                                List<String> loginWords, List<String> paymentWords, List<String> paymentPage,
                                List<String> paymentNegated, List<Unit> units, List<String> unitFields, List<String> unitNational,
                                List<String> unitExcluded,
                                List<String> placeholders) {

    private static final String FIELD = "FIELD:";
    private static final String NATIONAL = "NATIONAL:";

    /** One level-1 field: its name as reports print it and the ways pages write its label. */
    public record Field(String name, List<String> variants) {
    }

    /** The beginning of a subordinate unit's name ("Sở", "UBND cấp huyện"), for one group or (null) all. */
    public record Unit(Group group, String name) {
    }

    public ServiceVocabulary {
        fields = List.copyOf(fields);
        formWords = List.copyOf(formWords);
        submitWords = List.copyOf(submitWords);
        loginWords = List.copyOf(loginWords);
        paymentWords = List.copyOf(paymentWords);
        paymentPage = List.copyOf(paymentPage);
        paymentNegated = List.copyOf(paymentNegated);
        units = List.copyOf(units);
        unitFields = List.copyOf(unitFields);
        unitNational = List.copyOf(unitNational);
        unitExcluded = List.copyOf(unitExcluded);
        placeholders = List.copyOf(placeholders);
    }

    /** The vocabulary of a methodology; criteria it lacks leave their word lists empty. */
    public static ServiceVocabulary of(Methodology m) {
        List<Field> fields = hints(m, "service-information").keywords().stream()
                .map(k -> new Field(k.split("\\|")[0].strip(),
                        Arrays.stream(k.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList()))
                .toList();
        Hints payment = hints(m, "service-level-4");
        Hints submission = hints(m, "service-level-3");
        Hints units = hints(m, "service-units");
        return new ServiceVocabulary(fields, LevelLabels.of(hints(m, "service-catalogue")),
                hints(m, "service-forms").keywords(), submission.keywords(), submission.content(),
                payment.keywords(), payment.content(), payment.exclude(), units(units.content()),
                prefixed(units.content(), FIELD), prefixed(units.content(), NATIONAL),
                units.exclude(),
                m.placeholders());
    }

    /**
     * The names that lead the crawler from the portal to an online-service site on another host
     * ({@code CrawlTarget.followLinksNamed}): the catalogue criterion's keywords ("Dịch vụ công trực
     * tuyến", "Hệ thống thông tin giải quyết thủ tục hành chính"), its one-word slugs as host words
     * ({@code dichvucong}, {@code dvc}, {@code motcua}), and its exclusions written "!name" (the
     * national portal is not the agency's own site).
     */
    public static List<String> siteLinkNames(Methodology m) {
        Hints catalogue = hints(m, "service-catalogue");
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(catalogue.keywords());
        catalogue.slugs().stream().filter(s -> !s.isBlank() && s.matches("[a-z0-9]+")).forEach(names::add);
        catalogue.exclude().stream().filter(s -> !s.isBlank()).map(s -> "!" + s).forEach(names::add);
        return List.copyOf(names);
    }

    /** "PROVINCE:Sở" is a unit name for provinces; an entry without a known group prefix is for all groups. */
    static List<Unit> units(List<String> entries) {
        List<Unit> units = new ArrayList<>();
        for (String e : entries) {
            if (e.startsWith(FIELD) || e.startsWith(NATIONAL)) {
                continue;
            }
            int colon = e.indexOf(':');
            Group group = null;
            String name = e;
            if (colon > 0) {
                try {
                    group = Group.valueOf(e.substring(0, colon).strip());
                    name = e.substring(colon + 1);
                } catch (IllegalArgumentException notAGroup) {
                    group = null;
                }
            }
            if (!name.isBlank()) {
                units.add(new Unit(group, name.strip()));
            }
        }
        return units;
    }

    private static List<String> prefixed(List<String> entries, String prefix) {
        return entries.stream().filter(e -> e.startsWith(prefix)).map(e -> e.substring(prefix.length()).strip())
                .filter(e -> !e.isEmpty()).toList();
    }

    /** The unit names that apply to an agency of {@code group}. */
    List<String> unitNames(Group group) {
        return units.stream().filter(u -> u.group() == null || u.group() == group).map(Unit::name).toList();
    }

    /** Every word that names a payment, online phrases first. */
    List<String> allPaymentWords() {
        List<String> all = new ArrayList<>(paymentWords);
        all.addAll(paymentPage);
        return all;
    }

    private static Hints hints(Methodology m, String check) {
        Optional<Criterion> c = m.criteria().filter(x -> x.crawlerCheck().filter(check::equals).isPresent()).findFirst();
        return c.map(Criterion::hints).orElse(Hints.NONE);
    }
}
