package vn.portalassessor.evaluate.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text into comparable forms. {@link #fold} keeps diacritics (NFC, lower case,
 * punctuation and dashes as spaces, spacing collapsed) so that "Lịch" does not match "lich" by
 * accident in prose; {@link #ascii} also drops diacritics ({@code đ → d}) for URL slugs and for text
 * written without accents. Stateless.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** NFC, lower case, every run of punctuation, dashes and spaces made one space, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(nfc).replaceAll(" ").trim();
    }

    /** {@link #fold} without diacritics: {@code "Hỏi – Đáp" → "hoi dap"}. */
    public static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return fold(MARKS.matcher(decomposed).replaceAll(""));
    }

    /**
     * Whether {@code phrase} occurs in {@code text} as whole words, after folding both. Accented phrases
     * match accented text; a phrase written without accents also matches accented text. Folds both
     * for this call: to match many phrases against one text, fold it once ({@link FoldedText}).
     */
    public static boolean containsPhrase(String text, String phrase) {
        return FoldedText.of(text).containsPhrase(FoldedText.of(phrase));
    }

    /** Whether a URL path names a slug: {@code /web/guest/gioi-thieu} names {@code gioi-thieu}. */
    public static boolean pathHasSlug(String path, String slug) {
        return FoldedText.of(path).hasSlug(FoldedText.of(slug));
    }
}
