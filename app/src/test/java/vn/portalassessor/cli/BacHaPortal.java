package vn.portalassessor.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portal of the fictional Tỉnh Bắc Hà on 127.0.0.1: a home page whose menu links twelve sections
 * but not the "Sơ đồ cổng" page, which exists at {@code /so-do-cong} and lists every section. A crawl
 * from the home page never finds it (C3.23 NOT_MET); the agency points to it in its answer and a
 * re-check fetches it.
 */
final class BacHaPortal implements Closeable {

    private static final String[][] SECTIONS = {
            {"gioi-thieu", "Giới thiệu"}, {"tin-tuc", "Tin tức – Sự kiện"}, {"lanh-dao", "Lãnh đạo tỉnh"},
            {"van-ban", "Văn bản pháp luật"}, {"lich-cong-tac", "Lịch công tác"}, {"hoi-dap", "Hỏi đáp"},
            {"du-an", "Dự án – Đấu thầu"}, {"quy-hoach", "Quy hoạch – Kế hoạch"}, {"thong-ke", "Thông tin thống kê"},
            {"gop-y", "Góp ý dự thảo"}, {"danh-ba", "Danh bạ"}, {"lien-he", "Liên hệ"}};

    private final HttpServer server;
    private final Map<String, String> pages = new LinkedHashMap<>();

    BacHaPortal() throws IOException {
        StringBuilder menu = new StringBuilder("<nav><ul>");
        StringBuilder list = new StringBuilder("<ul>");
        for (String[] s : SECTIONS) {
            menu.append("<li><a href=\"/").append(s[0]).append("\">").append(s[1]).append("</a></li>");
            list.append("<li><a href=\"/").append(s[0]).append("\">").append(s[1]).append("</a></li>");
            pages.put("/" + s[0], page(s[1], menu + "</ul></nav>", "<h1>" + s[1] + "</h1><p>Nội dung chuyên mục "
                    + s[1] + " của Ủy ban nhân dân tỉnh Bắc Hà, cập nhật ngày 12/12/2016.</p>"));
        }
        pages.put("/", page("Cổng thông tin điện tử tỉnh Bắc Hà", menu + "</ul></nav>",
                "<h2>Tin nổi bật</h2><p>Thứ Hai, 12/12/2016: Chủ tịch UBND tỉnh Bắc Hà họp bàn kế hoạch phát triển "
                        + "kinh tế - xã hội năm 2017 với các sở, ban, ngành.</p>"));
        pages.put("/so-do-cong", page("Sơ đồ cổng", menu + "</ul></nav>", "<h1>Sơ đồ cổng</h1><p>Toàn bộ chuyên mục "
                + "của Cổng thông tin điện tử tỉnh Bắc Hà:</p>" + list + "</ul>"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "<html><body><h1>Không tìm thấy trang</h1></body></html>" : body)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    private static String page(String title, String menu, String main) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                + " - Tỉnh Bắc Hà</title></head><body><header>" + menu + "</header><main>" + main
                + "</main><footer>Ủy ban nhân dân tỉnh Bắc Hà · Số 1 đường Trần Phú · ĐT: 0219 3822 000 · "
                + "Email: ubnd@bacha.gov.vn</footer></body></html>";
    }

    URI home() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI sitemapPage() {
        return home().resolve("/so-do-cong");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
