package vn.portalassessor.crawl.scope;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises URLs that lead a crawler on forever: a calendar whose "next day" link adds to the
 * query each time, relative links that repeat a path segment ({@code /lich/thang-sau/thang-sau/}),
 * and endless dated variants of one URL ({@code ?ngay=2016-12-28}, {@code /lich/2016/12/}) past
 * a bound. Numbered articles ({@code /tin/123.html}, {@code ChiTiet.aspx?ID=123}) are never a trap.
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

    private static final java.util.regex.Pattern DATED_PATH = java.util.regex.Pattern.compile("/(19|20)\\d{2}/\\d{1,2}(/\\d{1,2})?(/|$)");
    private static final java.util.regex.Pattern CALENDAR_PARAM = java.util.regex.Pattern.compile(
            "(?i)ngay|thang|nam|tuan|date|day|month|year|week|d|m|y|dd|mm|yyyy|from|to|tungay|denngay");
    private static final java.util.regex.Pattern DATE_VALUE = java.util.regex.Pattern.compile(
            "(19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}(/|%2F)\\d{1,2}(/|%2F)(19|20)\\d{2}");

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
        if (!isDated(path, query)) {
            return Optional.empty(); // numbered articles (/tin/123.html, ?id=123) are not a trap however many
        }
        String shape = (url.getHost() + path.replaceAll("\\d+", "#") + "?" + (query == null ? "" : query.replaceAll("\\d+", "#")));
        if (shapes.merge(shape, 1, Integer::sum) > maxPerShape) {
            return Optional.of("quá " + maxPerShape + " địa chỉ cùng dạng ngày tháng " + shape);
        }
        return Optional.empty();
    }

    /** Whether a URL names a date (a calendar's day, month or year), in its query or as /yyyy/mm/ path. */
    static boolean isDated(String path, String query) {
        if (DATED_PATH.matcher(path).find()) {
            return true;
        }
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String[] nv = pair.split("=", 2);
            if (CALENDAR_PARAM.matcher(nv[0]).matches() || nv.length == 2 && DATE_VALUE.matcher(nv[1]).find()) {
                return true;
            }
        }
        return false;
    }
}
