package vn.portalassessor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's options ({@code run.json} → {@code options}) in Vietnamese words for the report's header
 * and method page, instead of {@code allow-private-addresses=true, delay-ms=20}. An option this class
 * does not know is printed as {@code name=value}, so nothing is hidden. Stateless.
 */
public final class RunOptionsText {

    private RunOptionsText() {
    }

    /** Each option as one Vietnamese phrase, in the map's order. */
    public static List<String> phrases(Map<String, String> options) {
        List<String> out = new ArrayList<>();
        options.forEach((k, v) -> out.add(phrase(k, v)));
        return out;
    }

    /** The phrases joined with "; ". */
    public static String vietnamese(Map<String, String> options) {
        return String.join("; ", phrases(options));
    }

    static String phrase(String key, String value) {
        return switch (key) {
            case "max-pages-per-site" -> "tối đa " + value + " trang mỗi trang web";
            case "max-depth" -> "đi sâu tối đa " + value + " liên kết từ trang chủ";
            case "delay-ms" -> "nghỉ " + value + " ms giữa hai yêu cầu tới cùng máy chủ";
            case "concurrency" -> value + " cơ quan được thu thập cùng lúc";
            case "screenshots" -> "on".equals(value) ? "có chụp ảnh bằng chứng" : "không chụp ảnh bằng chứng";
            case "allow-private-addresses" -> "true".equals(value)
                    ? "cho phép địa chỉ nội bộ (chỉ dùng khi chạy thử trên máy)" : "chặn địa chỉ nội bộ";
            case "user-agent" -> "tên trình thu thập: " + value;
            case "assessment-date" -> "ngày đánh giá " + value;
            default -> key + "=" + value;
        };
    }
}
