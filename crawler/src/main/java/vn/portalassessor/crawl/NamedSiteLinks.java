package vn.portalassessor.crawl;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether a link leads to another site the crawl target names ({@link CrawlTarget#followLinksNamed()}):
 * the link's text (or, for an image link, its alt text or image file name, as {@link LinkExtractor}
 * gives it) or its host's words ({@code dichvucong.tinh.gov.vn}, {@code dvc.tinh.gov.vn}) hold one of
 * the names as whole words (a one-word name also spelt out: "motcua" in "banner-mot-cua.png"), and none of the names written {@code "!name"} — sites the target says not
 * to follow ("!Cổng dịch vụ công quốc gia", "!dichvucong.gov.vn"). Matching is case- and
 * accent-insensitive. The crawler does not know what the names mean. Stateless.
 */
final class NamedSiteLinks {

    private NamedSiteLinks() {
    }

    /** Whether a link with this text, leading to {@code url}, is one to follow to another host. */
    static boolean follows(List<String> names, String text, URI url) {
        String words = " " + fold(text) + " ";
        String host = " " + fold(url.getHost() == null ? "" : url.getHost()) + " ";
        boolean plain = !Normalizer.normalize(text, Normalizer.Form.NFD).matches("(?s).*[\\p{M}đĐ].*");
        boolean named = false;
        for (String name : names) {
            boolean not = name.startsWith("!");
            String n = fold(not ? name.substring(1) : name);
            if (n.isEmpty()) {
                continue;
            }
            boolean hit = words.contains(" " + n + " ") || host.contains(" " + n + " ")
                    || !n.contains(" ") && (plain && joined(words, n) || joined(host, n));
            if (hit && not) {
                return false;
            }
            named |= hit;
        }
        return named;
    }

    /**
     * Whether a one-word name is a run of consecutive words written apart: "motcua" in "banner mot cua",
     * "dichvucong" in "cong dich vu cong" — in a host or in a text without diacritics (an image file
     * name), never in Vietnamese prose ("Mốt của" is no "motcua").
     */
    private static boolean joined(String words, String name) {
        String[] w = words.strip().split(" ");
        for (int i = 0; i < w.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < w.length && run.length() < name.length(); j++) {
                run.append(w[j]);
                if (j > i && run.toString().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String fold(String text) {
        String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
