package vn.portalassessor.crawl;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether a link leads to another site the crawl target names ({@link CrawlTarget#followLinksNamed()}):
 * the link's text (or, for an image link, its alt text or image file name, as {@link LinkExtractor}
 * gives it) or its host's words ({@code dichvucong.tinh.gov.vn}, {@code dvc.tinh.gov.vn}) hold one of
 * the names as whole words, and none of the names written {@code "!name"} — sites the target says not
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
        boolean named = false;
        for (String name : names) {
            boolean not = name.startsWith("!");
            String n = fold(not ? name.substring(1) : name);
            if (n.isEmpty()) {
                continue;
            }
            boolean hit = words.contains(" " + n + " ") || host.contains(" " + n + " ");
            if (hit && not) {
                return false;
            }
            named |= hit;
        }
        return named;
    }

    static String fold(String text) {
        String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
