package vn.portalassessor.crawl.scope;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises URLs that lead a crawler on forever: a calendar whose "next day" link adds to the
 * query each time, relative links that repeat a path segment ({@code /lich/thang-sau/thang-sau/}),
 * and endless variants of one URL shape that differ only in numbers ({@code ?ngay=1..∞}).
 * Each rule is a bound, not a guess: a real portal page never needs them. Not thread-safe: one
 * per agency crawl.
 */
public final class TrapDetector {

    /** A path segment repeated this often is a loop of relative links. */
    static final int MAX_SEGMENT_REPEATS = 3;
    /** More path segments than this is a loop too. */
    static final int MAX_PATH_SEGMENTS = 16;
    /** A query parameter name repeated this often is an ever-growing query. */
    static final int MAX_PARAM_REPEATS = 3;
    /** More query parameters, or a longer query, than this is an ever-growing query. */
    static final int MAX_PARAMS = 12;
    static final int MAX_QUERY_CHARS = 512;

    private final int maxPerShape;
    private final Map<String, Integer> shapes = new HashMap<>();

    /** @param maxPerShape URLs of one shape (digits folded) fetched at most; e.g. 60 */
    public TrapDetector(int maxPerShape) {
        this.maxPerShape = maxPerShape;
    }

    /**
     * Why following {@code url} would be a trap, or empty when it is not one. A URL that passes is
     * counted against its shape.
     */
    public Optional<String> check(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        int nonEmpty = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (String s : segments) {
            if (s.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (seen.merge(s.toLowerCase(Locale.ROOT), 1, Integer::sum) >= MAX_SEGMENT_REPEATS) {
                return Optional.of("đoạn đường dẫn \"" + s + "\" lặp lại");
            }
        }
        if (nonEmpty > MAX_PATH_SEGMENTS) {
            return Optional.of("đường dẫn sâu quá " + MAX_PATH_SEGMENTS + " cấp");
        }
        String query = url.getRawQuery();
        if (query != null) {
            if (query.length() > MAX_QUERY_CHARS) {
                return Optional.of("chuỗi truy vấn dài quá " + MAX_QUERY_CHARS + " ký tự");
            }
            String[] pairs = query.split("&");
            if (pairs.length > MAX_PARAMS) {
                return Optional.of("quá " + MAX_PARAMS + " tham số truy vấn");
            }
            Map<String, Integer> names = new HashMap<>();
            for (String pair : pairs) {
                String name = pair.split("=", 2)[0];
                if (names.merge(name, 1, Integer::sum) >= MAX_PARAM_REPEATS) {
                    return Optional.of("tham số \"" + name + "\" lặp lại trong truy vấn");
                }
            }
        }
        String shape = (url.getHost() + path + "?" + (query == null ? "" : query)).replaceAll("\\d+", "#");
        if (shapes.merge(shape, 1, Integer::sum) > maxPerShape) {
            return Optional.of("quá " + maxPerShape + " địa chỉ cùng dạng " + shape);
        }
        return Optional.empty();
    }
}
