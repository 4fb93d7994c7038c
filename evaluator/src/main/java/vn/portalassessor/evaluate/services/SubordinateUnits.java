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
 * of the agency's own level ("UBND tỉnh") and the agency's own name are not subordinate units, but its
 * local branches are ("{agency} tỉnh": "Bảo hiểm xã hội tỉnh Lam Thủy" of "Bảo hiểm xã hội Việt Nam").
 * Immutable; safe to share.
 */
final class SubordinateUnits {

    private static final int MAX_NAME_WORDS = 9;
    private static final Pattern NAME_END = Pattern.compile("[.;,:()\\[\\]|\\n–-]");

    /** Where a unit name template stands for the agency's own name ("{agency} tỉnh"). */
    static final String AGENCY = "{agency}";

    private final List<Pattern> names;
    /** The agency's own local branches ("Bảo hiểm xã hội tỉnh …"): the agency's name is expected in them. */
    private final List<Pattern> branches;
    private final List<String> excluded;
    private final String agencyName;

    private SubordinateUnits(List<Pattern> names, List<Pattern> branches, List<String> excluded, String agencyName) {
        this.names = names;
        this.branches = branches;
        this.excluded = excluded;
        this.agencyName = agencyName;
    }

    /** The units of an agency's group, by the methodology's words. */
    static SubordinateUnits of(ServiceVocabulary words, Agency agency) {
        String base = nfc(agency.name()).strip();
        for (String national : words.unitNational()) {
            if (base.toLowerCase(java.util.Locale.ROOT).endsWith(" " + nfc(national).toLowerCase(java.util.Locale.ROOT))) {
                base = base.substring(0, base.length() - national.length()).strip();
            }
        }
        List<Pattern> names = new ArrayList<>();
        List<Pattern> branches = new ArrayList<>();
        for (String n : words.unitNames(agency.group())) {
            boolean branch = n.contains(AGENCY);
            Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(nfc(n.replace(AGENCY, base)))
                    + "(?![\\p{L}\\p{N}])");
            (branch ? branches : names).add(p);
        }
        return new SubordinateUnits(names, branches, words.unitExcluded().stream().map(VietnameseText::fold).toList(),
                VietnameseText.fold(agency.name()));
    }

    /** Whether there is any unit name to look for. */
    boolean isEmpty() {
        return names.isEmpty() && branches.isEmpty();
    }

    /** The first subordinate unit's name in a text ("Sở Tư pháp tỉnh Sơn Lâm"), or empty. */
    Optional<String> in(String text) {
        String t = nfc(text);
        for (Pattern p : branches) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (Character.isUpperCase(t.codePointAt(m.start())) && capitalisedWordFollows(t, m.end())) {
                    return Optional.of(name(t.substring(m.start())));
                }
            }
        }
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
