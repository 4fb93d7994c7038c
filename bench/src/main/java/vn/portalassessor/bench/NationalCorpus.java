package vn.portalassessor.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generated national corpus on 127.0.0.1: {@code agencies} agencies, each with a portal and an
 * online-service site on hosts of their own (one JDK HttpServer, one port, per host). Every host
 * answers after its own latency (10–150 ms, fixed by the agency's number); every 12th agency's
 * portal is large (three times the pages); every 9th agency's portal has one slow page (4 s). Page
 * {@code i} links to pages {@code 10i+1..10i+10}, the home page and five menu pages, with ~11 KB of
 * Vietnamese text; a service site's home links "Dịch vụ công trực tuyến" pages the same way.
 * robots.txt and sitemap.xml answer 404. Each host counts the requests it served, which gives the
 * run's politeness floor. Thread-safe.
 */
final class NationalCorpus implements Closeable {

    static final Duration SLOW_PAGE = Duration.ofSeconds(4);

    /** One host of the corpus. */
    record Host(String agencyId, String kind, int pages, Duration latency, HttpServer server, AtomicLong requests) {
        URI home() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }
    }

    private final List<Host> hosts = new ArrayList<>();
    private final Map<String, byte[]> pageCache = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "national-corpus");
        t.setDaemon(true);
        return t;
    });

    NationalCorpus(int agencies, int portalPages) throws IOException {
        for (int a = 0; a < agencies; a++) {
            String id = String.format(java.util.Locale.ROOT, "co-quan-%03d", a + 1);
            int pages = a % 12 == 5 ? 3 * portalPages : portalPages;
            hosts.add(host(id, "portal", pages, Duration.ofMillis(10 + (a * 37L) % 141), a % 9 == 4));
            hosts.add(host(id, "services", Math.max(5, portalPages / 4), Duration.ofMillis(10 + (a * 53L + 17) % 141), false));
        }
    }

    private Host host(String agencyId, String kind, int pages, Duration latency, boolean slowPage) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicLong requests = new AtomicLong();
        server.createContext("/", ex -> handle(ex, kind, pages, latency, slowPage, requests));
        server.setExecutor(executor);
        server.start();
        return new Host(agencyId, kind, pages, latency, server, requests);
    }

    List<Host> hosts() {
        return hosts;
    }

    /** The agencies file of the contract (CSV), portal and service site of each. */
    void writeAgencies(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("id,name,group,portal_url,services_url\n");
        for (int i = 0; i < hosts.size(); i += 2) {
            Host portal = hosts.get(i);
            Host services = hosts.get(i + 1);
            int n = i / 2 + 1;
            String group = n % 5 == 0 ? "MINISTRY" : n % 5 == 1 ? "GOV_AGENCY" : "PROVINCE";
            csv.append(portal.agencyId()).append(",Cơ quan số ").append(n).append(',').append(group).append(',')
                    .append(portal.home()).append(',').append(services.home()).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** Requests the busiest host served: times the delay, the least time a polite crawl can take. */
    long busiestHostRequests() {
        return hosts.stream().mapToLong(h -> h.requests().get()).max().orElse(0);
    }

    long requests() {
        return hosts.stream().mapToLong(h -> h.requests().get()).sum();
    }

    private void handle(HttpExchange ex, String kind, int pages, Duration latency, boolean slowPage, AtomicLong requests)
            throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        int index = -1;
        if (path.equals("/")) {
            index = 0;
        } else if (path.startsWith("/tin/") && path.endsWith(".html")) {
            try {
                index = Integer.parseInt(path.substring(5, path.length() - 5));
            } catch (NumberFormatException e) {
                index = -1;
            }
        }
        try {
            Thread.sleep(slowPage && index == 7 ? SLOW_PAGE.toMillis() : latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body;
        int status;
        if (index >= 0 && index < pages) {
            int i = index;
            body = pageCache.computeIfAbsent(kind + ":" + pages + ":" + i,
                    k -> page(kind, pages, i).getBytes(StandardCharsets.UTF_8));
            status = 200;
        } else {
            body = "<html><body>Không tìm thấy trang</body></html>".getBytes(StandardCharsets.UTF_8);
            status = 404;
        }
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static String page(String kind, int pages, int i) {
        boolean services = kind.equals("services");
        String section = services ? "Dịch vụ công trực tuyến" : "Tin hoạt động";
        StringBuilder html = new StringBuilder(12_000)
                .append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(section)
                .append(' ').append(i).append(" | Cổng thông tin điện tử</title></head><body><div id=\"menu\"><a href=\"/\">Trang chủ</a>");
        for (int m = 1; m <= Math.min(5, pages - 1); m++) {
            html.append(" <a href=\"/tin/").append(m).append(".html\">").append(section).append(' ').append(m).append("</a>");
        }
        html.append("</div><h1>").append(services
                ? "Thủ tục cấp giấy phép xây dựng, mức độ 3, số " : "Hội nghị tổng kết công tác năm 2016, bài ").append(i).append("</h1>");
        for (int p = 0; p < 28; p++) {
            html.append(services
                    ? "<p>Hồ sơ gồm đơn đề nghị cấp giấy phép theo mẫu, bản sao giấy tờ về quyền sử dụng đất; thời hạn giải quyết 15 ngày làm việc; đoạn "
                    : "<p>Ngày 28/12/2016, Ủy ban nhân dân tổ chức hội nghị tổng kết công tác cải cách hành chính và ứng dụng công nghệ thông tin; đoạn ")
                    .append(p).append(".</p>");
        }
        html.append("<ul class=\"lien-quan\">");
        for (int k = 10 * i + 1; k <= Math.min(pages - 1, 10 * i + 10); k++) {
            html.append("<li><a href=\"/tin/").append(k).append(".html\">").append(section).append(' ').append(k).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    @Override
    public void close() {
        hosts.forEach(h -> h.server().stop(0));
        executor.shutdownNow();
    }
}
