package vn.portalassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.report.json.ResultsJson;

/**
 * {@code assessor run} evaluates an agency as soon as its crawl ends, while other agencies are still
 * crawled (issue 15): given Tỉnh Bắc Hà's portal that answers at once and Sở Y tế's portal that holds
 * its home page until Bắc Hà has been evaluated, Bắc Hà's evaluation is printed before Sở Y tế's crawl
 * ends; run one stage after another, Sở Y tế would wait for its timeout and the order would be reversed.
 */
class StagedRunTest {

    @TempDir
    Path dir;
    private final CountDownLatch bacHaEvaluated = new CountDownLatch(1);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private BacHaPortal bacHa;
    private HttpServer soYTe;

    @BeforeEach
    void start() throws Exception {
        oldOut = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                out.write(b);
                line.write(b);
                if (b == '\n') {
                    if (line.toString(StandardCharsets.UTF_8).contains("đã đánh giá tinh-bac-ha")) {
                        bacHaEvaluated.countDown();
                    }
                    line.reset();
                }
            }
        }, true, StandardCharsets.UTF_8));
        bacHa = new BacHaPortal();
        soYTe = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        soYTe.createContext("/", exchange -> {
            int status = 404;
            String body = "<html><body><h1>Không tìm thấy trang</h1></body></html>";
            if (exchange.getRequestURI().getPath().equals("/")) {
                try {
                    bacHaEvaluated.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
                body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Sở Y tế tỉnh Bắc Hà</title>"
                        + "</head><body><main><h1>Tin tức – Sự kiện</h1><p>Ngày 12/12/2016, Sở Y tế tỉnh Bắc Hà triển khai "
                        + "tiêm chủng mở rộng tại các trạm y tế xã.</p></main></body></html>";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        });
        soYTe.start();
    }

    @AfterEach
    void stop() {
        System.setOut(oldOut);
        bacHa.close();
        soYTe.stop(0);
    }

    @Test
    void anAgencyIsEvaluatedWhileAnotherIsStillCrawled() throws Exception {
        Path agencies = Files.writeString(dir.resolve("agencies.csv"), "id,name,group,portal_url,services_url\n"
                + "tinh-bac-ha,Tỉnh Bắc Hà,PROVINCE," + bacHa.home() + ",\n"
                + "so-y-te-bac-ha,Sở Y tế tỉnh Bắc Hà,PROVINCE,http://127.0.0.1:" + soYTe.getAddress().getPort() + "/,\n",
                StandardCharsets.UTF_8);

        int exit = AssessorCommand.execute("run", "--agencies", agencies.toString(), "--out", dir.resolve("run").toString(),
                "--allow-private-addresses", "--delay-ms", "0", "--screenshots", "off", "--assessment-date", "2016-12-31");

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(console).isZero();
        int bacHaDone = console.indexOf("đã đánh giá tinh-bac-ha");
        int soYTeCrawled = console.indexOf("] so-y-te-bac-ha: OK");
        assertThat(soYTeCrawled).as(console).isNotNegative();
        assertThat(bacHaDone).as(console).isNotNegative().isLessThan(soYTeCrawled);
        assertThat(console.indexOf("đã đánh giá so-y-te-bac-ha")).isGreaterThan(soYTeCrawled);
        assertThat(console).containsPattern("Thời gian các bước \\(tính từ lúc bắt đầu\\): thu thập xong [0-9.]+ s, "
                + "đánh giá xong [0-9.]+ s, chụp ảnh xong -\\.");

        Assessment assessment = ResultsJson.read(dir.resolve("run").resolve("results.json"));
        assertThat(assessment.agencies()).extracting(a -> a.id()).containsExactly("tinh-bac-ha", "so-y-te-bac-ha");
    }
}
