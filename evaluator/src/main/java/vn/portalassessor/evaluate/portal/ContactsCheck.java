package vn.portalassessor.evaluate.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.FoldedText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C3.03 Thông tin giao dịch chính thức: the agency's address, phone/fax and email, where portals put
 * them — the footer of the home page and the "Liên hệ" page. A label alone is not enough: an address
 * label must be followed by an address, a phone label by a number, and an email must be an address
 * ({@code ...@...}). Each sub-item (địa chỉ, điện thoại, fax, thư điện tử) earns its share (§8: all
 * four → MET, some → PARTIAL).
 */
public final class ContactsCheck implements Check {

    /**
     * An e-mail address. Linear on any text: a match starts only where a run of address characters
     * starts (the look-behind), and every part is bounded (RFC 5321 lengths), so a page of one long
     * run of letters is read once, not once per letter.
     */
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+");
    /** A phone or fax number: 8 to 22 digits and separators, starting where a number starts. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d(+])\\(?\\+?\\d[\\d\\s.()\\-]{6,20}\\d");
    private static final int MIN_ADDRESS_WORDS = 3;
    /** A contact line is short: a label is looked for in the first characters of an element's own text. */
    private static final int MAX_OWN_CHARS = 2_000;

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        List<Element> blocks = new ArrayList<>();
        List<StoredPage> owners = new ArrayList<>();
        site.home().ifPresent(home -> {
            List<Element> footers = home.document().select("footer, [class*=footer], [id*=footer], address");
            for (Element f : footers.isEmpty() ? List.of(home.document().body()) : footers) {
                blocks.add(f);
                owners.add(home);
            }
        });
        Optional<SectionFinder.Match> contact = new SectionFinder(site).find(criterion.hints()).filter(m -> !m.placeholder());
        contact.ifPresent(m -> {
            blocks.add(m.page().document().body());
            owners.add(m.page());
        });
        SubItemTally tally = new SubItemTally(criterion);
        contact.ifPresent(m -> tally.evidence(site.evidence(m.page(), m.element(), m.label())));
        for (SubItem item : criterion.subItems()) {
            Optional<Evidence> hit = Optional.empty();
            for (int i = 0; i < blocks.size() && hit.isEmpty(); i++) {
                hit = find(item, blocks.get(i), owners.get(i), site);
            }
            hit.ifPresent(tally::evidence);
            tally.mark(item.id(), hit.isPresent(), hit.map(Evidence::snippet).orElse(null));
        }
        if (site.home().isEmpty() && contact.isEmpty()) {
            return Verdict.needsReview("Không đọc được trang chủ và không thấy trang Liên hệ; cần kiểm tra thủ công", List.of());
        }
        return tally.verdict();
    }

    /** The smallest element of {@code block} naming the sub-item and giving its value. */
    private static Optional<Evidence> find(SubItem item, Element block, StoredPage page, SiteEvidence site) {
        if (item.id().equals("email")) {
            Element mailto = block.selectFirst("a[href^=mailto:]");
            if (mailto != null && EMAIL.matcher(mailto.attr("href")).find()) {
                return Optional.of(site.evidence(page, mailto, mailto.parent() == null ? mailto.text() : mailto.parent().text()));
            }
        }
        for (Element e : block.select("*")) {
            String own = e.ownText();
            if (own.isBlank()) {
                continue;
            }
            String cut = own.length() > MAX_OWN_CHARS ? own.substring(0, MAX_OWN_CHARS) : own;
            // folded once per agency (a footer's lines recur on every block and for every sub-item)
            FoldedText text = site.model().folded(cut);
            String folded = " " + text.folded() + " ";
            String ascii = null;
            for (String k : item.hints().keywords()) {
                FoldedText keyword = site.model().folded(k);
                String fk = " " + keyword.folded() + " ";
                boolean accented = !keyword.folded().equals(keyword.ascii());
                if (!accented && ascii == null) {
                    ascii = " " + text.ascii() + " ";
                }
                if (!(accented ? folded : ascii).contains(fk)) {
                    continue;
                }
                String after = afterKeyword(e.text(), k);
                if (hasValue(item.id(), after)) {
                    return Optional.of(site.evidence(page, e, e.text()));
                }
            }
        }
        if (item.id().equals("email")) {
            for (Element e : block.select("*")) {
                if (EMAIL.matcher(e.ownText()).find()) {
                    return Optional.of(site.evidence(page, e, e.text()));
                }
            }
        }
        return Optional.empty();
    }

    private static String afterKeyword(String text, String keyword) {
        String folded = VietnameseText.fold(text);
        String k = VietnameseText.fold(keyword);
        int at = folded.indexOf(k);
        if (at < 0) {
            folded = VietnameseText.ascii(text);
            at = folded.indexOf(VietnameseText.ascii(keyword));
            k = VietnameseText.ascii(keyword);
        }
        // fold() drops punctuation, so read the value from the raw text after the label's words
        String raw = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        int rawAt = at < 0 ? 0 : Math.min(raw.length(), approximateRawOffset(raw, at + k.length()));
        return raw.substring(rawAt);
    }

    /** Maps an offset in folded text back to the raw text, counting letters and digits only. */
    private static int approximateRawOffset(String raw, int foldedOffset) {
        String folded = VietnameseText.fold(raw);
        int wordChars = 0;
        for (int i = 0; i < foldedOffset && i < folded.length(); i++) {
            if (folded.charAt(i) != ' ') {
                wordChars++;
            }
        }
        String nfc = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
        int seen = 0;
        for (int i = 0; i < nfc.length(); i++) {
            if (Character.isLetterOrDigit(nfc.charAt(i))) {
                seen++;
                if (seen == wordChars) {
                    return i + 1;
                }
            }
        }
        return nfc.length();
    }

    private static boolean hasValue(String subItem, String after) {
        String value = after.replaceFirst("^[\\s:：.\\-–]+", "");
        return switch (subItem) {
            case "dien-thoai", "fax" -> PHONE.matcher(value.length() > 60 ? value.substring(0, 60) : value).find();
            case "email" -> EMAIL.matcher(value.length() > 80 ? value.substring(0, 80) : value).find();
            case "dia-chi" -> value.strip().split("\\s+").length >= MIN_ADDRESS_WORDS
                    && !VietnameseText.fold(value).startsWith("đang cập nhật");
            default -> !value.isBlank();
        };
    }
}
