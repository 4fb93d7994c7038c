package vn.portalassessor.crawl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.crawl.scope.AddressGuard;

/** Runs axe-core in Debian's headless chromium for real (C3.29); the test command installs chromium. */
class AccessibilityScannerIT {

    private static final String INACCESSIBLE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Đài Truyền thanh Quốc gia</title></head>
            <body><h1>Trang chủ</h1><img src="/logo.png"><h4>Tin mới</h4>
            <form action="/tim-kiem"><input type="text" name="q"><input type="submit" value="Tìm"></form></body></html>""";
    private static final String ACCESSIBLE = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tỉnh Sơn Lâm</title></head>
            <body><main><h1>Trang chủ</h1><img src="/logo.png" alt="Biểu trưng tỉnh Sơn Lâm">
            <form action="/tim-kiem"><label for="q">Tìm kiếm</label><input id="q" type="text" name="q">
            <button type="submit">Tìm</button></form></main></body></html>""";

    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String huge = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Sở Thử Nghiệm</title></head><body>"
                + "<a href=\"/tin/1\">Tin số 1</a> ".repeat(AccessibilityScanner.MAX_ELEMENTS + 1) + "</body></html>";
        for (String[] page : new String[][] {{"/khong-tiep-can", INACCESSIBLE}, {"/tiep-can", ACCESSIBLE}, {"/qua-lon", huge}}) {
            server.createContext(page[0], ex -> HtmlAnswer.send(ex, page[1]));
        }
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void reportsMissingLangAltAndLabelsByWcagRule(@TempDir Path run) throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
             AccessibilityScanner scanner = new AccessibilityScanner(pool)) {
            AccessibilityScanner.Report bad = scanner.scan(base.resolve("/khong-tiep-can"));
            AccessibilityScanner.Report good = scanner.scan(base.resolve("/tiep-can"));

            assertThat(bad.violations()).extracting(AccessibilityScanner.Violation::rule)
                    .contains("html-has-lang", "image-alt", "label");
            assertThat(bad.violations()).filteredOn(v -> v.rule().equals("image-alt"))
                    .singleElement().satisfies(v -> {
                        assertThat(v.levelA()).isTrue();
                        assertThat(v.targets()).containsExactly("img");
                    });
            assertThat(good.violations()).noneMatch(v -> v.levelA() && List.of("critical", "serious").contains(v.impact()));

            Path file = AccessibilityScanner.reportFile(run, "dai-truyen-thanh-quoc-gia");
            AccessibilityScanner.save(file, List.of(bad, good));
            assertThat(AccessibilityScanner.load(file)).containsExactly(bad, good);
        }
    }

    @Test
    void aPageOfMoreElementsThanTheBoundIsRefusedBeforeAxeCoreRuns() throws Exception {
        try (BrowserPool pool = new BrowserPool(BrowserSettings.local().withBrowsers(1), new AddressGuard(true));
             AccessibilityScanner scanner = new AccessibilityScanner(pool)) {

            assertThatThrownBy(() -> scanner.scan(base.resolve("/qua-lon")))
                    .isInstanceOf(IOException.class).hasMessageContaining("more than 20000 elements");
            assertThat(scanner.tryScan(base.resolve("/qua-lon"))).isEmpty();
            assertThat(scanner.scan(base.resolve("/tiep-can")).violations())
                    .as("the browser is still usable after the refusal")
                    .noneMatch(v -> v.levelA() && List.of("critical", "serious").contains(v.impact()));
        }
    }
}
