package vn.portalassessor.evaluate.services;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * How pages declare a service's level, from the catalogue criterion's content words: a label word
 * followed by the level ("Mức độ 3", "Mức 4", "Cấp độ 3", "Mức độ DVC: 4", "DVC mức độ 2"), or a
 * wording that is a level by itself, written "wording=N" in the methodology ("Toàn trình=4", "Một
 * phần=3"). A wording counts only as the whole text of a short element (a catalogue cell, a badge,
 * "Mức độ: Toàn trình"), never inside a sentence, since "một phần" is also ordinary prose.
 * Immutable; safe to share.
 */
final class LevelLabels {

    private static final int MAX_CELL_CHARS = 60;

    private final Pattern numbered;
    private final Pattern worded;
    private final Map<String, Integer> wordings;

    private LevelLabels(Pattern numbered, Pattern worded, Map<String, Integer> wordings) {
        this.numbered = numbered;
        this.worded = worded;
        this.wordings = wordings;
    }

    /** The labels the catalogue criterion's hints describe. */
    static LevelLabels of(Hints hints) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> wordings = new LinkedHashMap<>();
        for (String entry : hints.content()) {
            int eq = entry.lastIndexOf('=');
            if (eq > 0 && entry.substring(eq + 1).strip().matches("[1-4]")) {
                wordings.put(VietnameseText.fold(entry.substring(0, eq)), Integer.parseInt(entry.substring(eq + 1).strip()));
            } else if (!entry.isBlank()) {
                labels.add(entry.strip());
            }
        }
        if (labels.isEmpty()) {
            labels.addAll(List.of("Mức độ", "Mức"));
        }
        labels.sort(Comparator.comparingInt(String::length).reversed());
        String label = labels.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern numbered = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + label + ")(?:\\s+(?:dịch vụ công|dịch vụ|dvctt|dvc)(?:\\s+trực tuyến)?)?"
                + "\\s*:?\\s*([1-4])(?![\\d.,]?\\d)");
        List<String> words = new ArrayList<>(wordings.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        Pattern worded = words.isEmpty() ? null : Pattern.compile("^(?:(?:" + labels.stream().map(VietnameseText::fold)
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?: dvc)? )?("
                + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$");
        return new LevelLabels(numbered, worded, Map.copyOf(wordings));
    }

    /** Every numbered level label in a text, in order ("Mức độ 3 … Mức 4" → 3, 4). */
    List<Integer> numbered(String text) {
        Matcher m = numbered.matcher(nfc(text));
        List<Integer> found = new ArrayList<>();
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The level a short element's whole text declares: a numbered label in it, or a level wording as all of it. */
    Optional<Integer> declared(String shortText) {
        List<Integer> n = numbered(shortText);
        if (!n.isEmpty()) {
            return Optional.of(n.get(0));
        }
        return worded(shortText);
    }

    /** The level a wording that is the element's whole text stands for ("Toàn trình" → 4). */
    Optional<Integer> worded(String text) {
        if (worded == null || text == null || text.length() > MAX_CELL_CHARS) {
            return Optional.empty();
        }
        Matcher m = worded.matcher(VietnameseText.fold(text));
        return m.matches() ? Optional.ofNullable(wordings.get(m.group(1))) : Optional.empty();
    }

    /**
     * The levels declared inside a block (a catalogue row, a page's main content), element by element so
     * that a column head "Mức độ" is not read with the next row's "1": the numbered labels of each
     * element's own text, and the level wordings that are the whole text of a leaf element.
     */
    List<Integer> in(Element block) {
        List<Integer> found = new ArrayList<>();
        for (Element e : block.getAllElements()) {
            List<Integer> own = numbered(e.ownText());
            found.addAll(own);
            if (own.isEmpty() && worded != null
                    && (e.childrenSize() == 0 || e.children().stream().allMatch(c -> c.is("br, i, img")))) {
                worded(e.text()).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Whether a text holds a numbered level label (a link named "DVC mức độ 3" is a filter, not a service). */
    boolean labels(String text) {
        return numbered.matcher(nfc(text)).find() || worded(text).isPresent();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
    }
}
