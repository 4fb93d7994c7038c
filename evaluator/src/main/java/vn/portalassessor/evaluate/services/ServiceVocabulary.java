package vn.portalassessor.evaluate.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.criteria.Methodology;

/**
 * The words the service survey reads pages by, taken from the methodology's category-4 criteria (found
 * by their check names, so an inspector's edit of the file changes what is recognised): the level-1
 * fields (C4.02), the level labels (C4.01 content), form links (C4.03), submission links (C4.04),
 * payment links and payment pages (C4.05). Immutable; safe to share.
 *
 * @param fields        each level-1 field with the ways pages write it ("Thời hạn giải quyết|Thời gian giải quyết")
 * @param level         "mức độ 3", "Mức 4", "DVC mức độ 2": group 1 is the level
 * @param formWords     link texts offering a form
 * @param submitWords   link texts leading to online submission
 * @param paymentWords  link texts leading to online payment
 * @param paymentPage   words a payment page shows
 * @param placeholders  phrases of a page without content
 */
public record ServiceVocabulary(List<Field> fields, Pattern level, List<String> formWords, List<String> submitWords,
                                List<String> paymentWords, List<String> paymentPage, List<String> placeholders) {

    /** One level-1 field: its name as reports print it and the ways pages write its label. */
    public record Field(String name, List<String> variants) {
    }

    public ServiceVocabulary {
        fields = List.copyOf(fields);
        formWords = List.copyOf(formWords);
        submitWords = List.copyOf(submitWords);
        paymentWords = List.copyOf(paymentWords);
        paymentPage = List.copyOf(paymentPage);
        placeholders = List.copyOf(placeholders);
    }

    /** The vocabulary of a methodology; criteria it lacks leave their word lists empty. */
    public static ServiceVocabulary of(Methodology m) {
        List<Field> fields = hints(m, "service-information").keywords().stream()
                .map(k -> new Field(k.split("\\|")[0].strip(),
                        Arrays.stream(k.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList()))
                .toList();
        return new ServiceVocabulary(fields, levelPattern(hints(m, "service-catalogue")),
                hints(m, "service-forms").keywords(), hints(m, "service-level-3").keywords(),
                hints(m, "service-level-4").keywords(), hints(m, "service-level-4").content(), m.placeholders());
    }

    private static Hints hints(Methodology m, String check) {
        Optional<Criterion> c = m.criteria().filter(x -> x.crawlerCheck().filter(check::equals).isPresent()).findFirst();
        return c.map(Criterion::hints).orElse(Hints.NONE);
    }

    /** "(DVC )?(mức độ|mức) [1-4]" from the catalogue criterion's content words, longest first. */
    static Pattern levelPattern(Hints hints) {
        List<String> words = new ArrayList<>(hints.content());
        words.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?iu)(?:" + (alternatives.isEmpty() ? "mức độ|mức" : alternatives)
                + ")(?:\\s+(?:dịch vụ|dvc)(?:\\s+công)?)?\\s*:?\\s*([1-4])(?!\\d)");
    }
}
