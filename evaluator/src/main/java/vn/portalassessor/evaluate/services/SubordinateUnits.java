package vn.portalassessor.evaluate.services;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * Recognises a subordinate unit's name in a text, by how the methodology says such names begin for the
 * agency's group ("Sở", "UBND cấp huyện", "Ủy ban nhân dân xã" for a province; "Cục", "Tổng cục",
 * "Cảng vụ" for a ministry). A name is a proper noun: it starts with a capital ("trụ sở" is no Sở), and
 * a one-word beginning must be followed by a capitalised word ("Sở Tư pháp", "Cục Hàng hải"). Names
 * of the agency's own level ("UBND tỉnh") and the agency's own name are not subordinate units.
 * Immutable; safe to share.
 */
final class SubordinateUnits {

    private static final int MAX_NAME_WORDS = 9;
    private static final Pattern NAME_END = Pattern.compile("[.;,:()\\[\\]|\\n–-]");

    private final List<Pattern> names;
    private final List<String> excluded;
    private final String agencyName;

    private SubordinateUnits(List<Pattern> names, List<String> excluded, String agencyName) {
        this.names = names;
        this.excluded = excluded;
        this.agencyName = agencyName;
    }

    /** The units of an agency's group, by the methodology's words. */
    static SubordinateUnits of(ServiceVocabulary words, Agency agency) {
        List<Pattern> names = new ArrayList<>();
        for (String n : words.unitNames(agency.group())) {
            names.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(nfc(n)) + "(?![\\p{L}\\p{N}])"));
        }
        return new SubordinateUnits(names, words.unitExcluded().stream().map(VietnameseText::fold).toList(),
                VietnameseText.fold(agency.name()));
    }

    /** Whether there is any unit name to look for. */
    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The first subordinate unit's name in a text ("Sở Tư pháp tỉnh Sơn Lâm"), or empty. */
    Optional<String> in(String text) {
        String t = nfc(text);
        for (Pattern p : names) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (!Character.isUpperCase(t.codePointAt(m.start()))) {
                    continue;
                }
                String tail = t.substring(m.start());
                String folded = VietnameseText.fold(tail);
                if (excluded.stream().anyMatch(x -> !x.isEmpty() && (folded + " ").startsWith(x + " "))
                        || !agencyName.isEmpty() && (folded + " ").startsWith(agencyName + " ")) {
                    continue;
                }
                if (!m.group().strip().contains(" ") && !capitalisedWordFollows(t, m.end())) {
                    continue;
                }
                return Optional.of(name(tail));
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a field whose label is {@code label}: the rest of the label's own text after the
     * field name ("Cơ quan thực hiện: Sở Xây dựng"), else the rest of the paragraph the label starts
     * ({@code <p><b>Cơ quan thực hiện:</b> Sở Xây dựng</p>}), else the element after the label or after
     * its cell ({@code <th>Cơ quan thực hiện</th><td>Sở Xây dựng</td>}).
     */
    static String fieldValue(Element label, String fieldName) {
        String own = label.text();
        String rest = own.length() > fieldName.length() ? own.substring(fieldName.length()) : "";
        if (VietnameseText.fold(rest).split(" ").length > 2) {
            return rest;
        }
        Element parent = label.parent();
        if (parent != null && parent.is("p, li, div, span, dd, label") && parent.text().startsWith(own)
                && parent.text().length() > own.length() + 3) {
            return parent.text().substring(own.length());
        }
        Element holder = label;
        for (int i = 0; i < 3 && holder != null && !holder.is("body"); i++, holder = holder.parent()) {
            Element next = holder.nextElementSibling();
            if (next != null) {
                return rest + " " + next.text();
            }
        }
        return rest;
    }

    private static boolean capitalisedWordFollows(String t, int at) {
        int i = at;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i > at && i < t.length() && Character.isUpperCase(t.codePointAt(i));
    }

    private static String name(String tail) {
        Matcher end = NAME_END.matcher(tail);
        String upTo = end.find(1) ? tail.substring(0, end.start()) : tail;
        String[] w = upTo.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, MAX_NAME_WORDS))).strip();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replace('\u00a0', ' ');
    }
}
