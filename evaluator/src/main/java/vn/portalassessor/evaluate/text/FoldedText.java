package vn.portalassessor.evaluate.text;

/**
 * A text folded once for matching many phrases against it: its {@link VietnameseText#fold} form
 * (diacritics kept) and its {@link VietnameseText#ascii} form (diacritics dropped), each computed on
 * first use. Folding a page's whole text is the costly part of keyword matching; an agency's texts are
 * folded once in its {@link vn.portalassessor.evaluate.site.SiteModel} and every check's keywords are
 * matched against the folded forms. Matching gives exactly what
 * {@link VietnameseText#containsPhrase(String, String)} gives. Immutable (the forms are computed
 * idempotently); safe to share.
 */
public final class FoldedText {

    private final String text;
    private volatile String folded;
    private volatile String ascii;

    private FoldedText(String text) {
        this.text = text == null ? "" : text;
    }

    /** {@code text} to be folded on first use; null reads as empty. */
    public static FoldedText of(String text) {
        return new FoldedText(text);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** NFC, lower case, punctuation and spacing as single spaces: {@code "Hỏi – Đáp" → "hỏi đáp"}. */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = VietnameseText.fold(text);
            folded = f;
        }
        return f;
    }

    /** {@link #folded()} without diacritics: {@code "Hỏi – Đáp" → "hoi dap"}. */
    public String ascii() {
        String a = ascii;
        if (a == null) {
            a = VietnameseText.ascii(text);
            ascii = a;
        }
        return a;
    }

    /**
     * Whether {@code phrase} occurs in this text as whole words: an accented phrase matches the
     * accented text, a phrase written without accents matches the text with its accents dropped.
     */
    public boolean containsPhrase(FoldedText phrase) {
        String p = phrase.folded();
        if (p.isEmpty()) {
            return false;
        }
        boolean accented = !p.equals(phrase.ascii());
        return containsWords(accented ? folded() : ascii(), p);
    }

    /** As {@link #containsPhrase(FoldedText)}, folding {@code phrase} for this call. */
    public boolean containsPhrase(String phrase) {
        return containsPhrase(of(phrase));
    }

    /**
     * Whether this text begins with {@code phrase} as whole words, both folded: "Tra cứu hồ sơ trực
     * tuyến" begins with "Tra cứu hồ sơ"; "Dự thảo văn bản" does not begin with "Văn bản". A name that
     * begins with a hint is that thing; one that merely contains it may be something else.
     */
    public boolean beginsWith(FoldedText phrase) {
        String t = folded();
        String p = phrase.folded();
        return !p.isEmpty() && (t.equals(p) || t.startsWith(p + " "));
    }

    /**
     * Whether this text, a URL path, names {@code slug} as whole words without diacritics, as
     * {@link VietnameseText#pathHasSlug} says: {@code /web/guest/gioi-thieu} names {@code gioi-thieu}.
     */
    public boolean hasSlug(FoldedText slug) {
        String s = slug.ascii();
        return !s.isEmpty() && containsWords(ascii(), s);
    }

    /** Whether single-spaced {@code text} holds {@code words} bounded by spaces or its ends. */
    static boolean containsWords(String text, String words) {
        int from = 0;
        while (true) {
            int at = text.indexOf(words, from);
            if (at < 0) {
                return false;
            }
            int end = at + words.length();
            if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
                return true;
            }
            from = at + 1;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
