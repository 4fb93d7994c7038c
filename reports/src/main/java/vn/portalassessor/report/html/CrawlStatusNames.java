package vn.portalassessor.report.html;

import java.util.Map;

/**
 * The crawl outcome of an agency ({@code crawl.status} of results.json) as the report prints it, in
 * Vietnamese. An unknown code is printed as written. Stateless.
 */
public final class CrawlStatusNames {

    private static final Map<String, String> NAMES = Map.of(
            "OK", "Đã thu thập",
            "PARTIAL", "Thu thập một phần",
            "UNREACHABLE", "Không truy cập được",
            "BLOCKED", "Bị chặn (tường chống bot hoặc 403)",
            "NOT_CRAWLED", "Chưa thu thập");

    private CrawlStatusNames() {
    }

    /** {@code OK → "Đã thu thập"}. */
    public static String vietnamese(String code) {
        return code == null ? "—" : NAMES.getOrDefault(code, code);
    }
}
