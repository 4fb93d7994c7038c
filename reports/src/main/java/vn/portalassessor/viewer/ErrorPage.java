package vn.portalassessor.viewer;

/**
 * The viewer's answer when it refuses or cannot find something: a small HTML page in Vietnamese,
 * styled like the report, saying what happened, what to do, and with a link back to the national
 * page. Stateless.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    /** The page for {@code status} with {@code message} (plain text, escaped here). */
    static String html(int status, String message) {
        String title = switch (status) {
            case 401 -> "Cần mã truy cập";
            case 403 -> "Không có quyền xem";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            default -> "Lỗi " + status;
        };
        String hint = switch (status) {
            case 401 -> "Hãy mở đường liên kết có mã truy cập (?token=…) mà thanh tra viên đã gửi cho cơ quan.";
            case 403 -> "Mỗi cơ quan chỉ xem được trang, ảnh chụp, bản lưu và số liệu của chính mình cùng bảng xếp hạng chung.";
            case 404 -> "Địa chỉ có thể đã sai hoặc lần đánh giá không có tệp này.";
            default -> "";
        };
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status + " — " + title
                + "</title><style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",Arial,sans-serif;max-width:40rem;margin:3rem auto;"
                + "padding:0 1rem;color:#1d232a;line-height:1.5}h1{font-size:1.4rem;border-bottom:2px solid #a4262c;"
                + "padding-bottom:.25rem}a{color:#1c5ea8}.code{color:#4a5560}</style></head><body><main><h1>" + title
                + " <span class=\"code\">(" + status + ")</span></h1><p>" + escape(message) + "</p>"
                + (hint.isEmpty() ? "" : "<p>" + hint + "</p>")
                + (status == 401 ? "" : "<p><a href=\"/report/index.html\">← Về bảng xếp hạng chung</a></p>")
                + "</main></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
