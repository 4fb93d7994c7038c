package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive of a gzip-encoded answer read by an independent reader, webrecorder's {@code warcio}
 * from the npm registry (the library pywb's tooling shares its format handling with): the response's
 * raw payload is gzip under {@code Content-Encoding: gzip}, its decoded content the page, and the
 * request record carries the {@code Accept-Encoding} sent (issue 14, row 10). Needs node and npm:
 * fails, never skips, without them.
 */
class CompressedAnswerWarcioIT {

    @TempDir
    Path run;
    @TempDir
    Path npm;

    private static final String READER = """
            import { WARCParser } from 'warcio';
            import fs from 'node:fs';
            const parser = new WARCParser(fs.createReadStream(process.argv[2]));
            for await (const record of parser) {
              const type = record.warcType;
              if (type === 'response') {
                const raw = await record.readFully(false);
                const text = await record.contentText();
                console.log(JSON.stringify({type, encoding: record.httpHeaders.headers.get('content-encoding'),
                    rawGzip: raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b, rawLength: raw.length, text}));
              } else if (type === 'request') {
                console.log(JSON.stringify({type, acceptEncoding: record.httpHeaders.headers.get('accept-encoding')}));
              }
            }
            """;

    @Test
    void warcioReadsTheEncodedBodyUnderItsContentEncodingAndDecodesItToThePage() throws Exception {
        byte[] encoded = CompressedAnswerArchiveTest.gzip(CompressedAnswerArchiveTest.HOME);
        try (RawHttpServer server = CompressedAnswerArchiveTest.crawlGzippedPortal(run, encoded)) {
            assertThat(server.requests()).isNotEmpty();
        }
        run(npm, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "warcio");
        Files.writeString(npm.resolve("read.mjs"), READER);

        String out = run(npm, "node", "read.mjs", CompressedAnswerArchiveTest.warcFile(run).toString());

        String home = out.lines().filter(l -> l.contains("\"type\":\"response\"") && l.contains("Sở Tư pháp tỉnh"))
                .findFirst().orElseThrow(() -> new AssertionError("warcio found no decoded home page in:\n" + out));
        assertThat(home).contains("\"encoding\":\"gzip\"", "\"rawGzip\":true", "\"rawLength\":" + encoded.length);
        assertThat(home).contains(CompressedAnswerArchiveTest.HOME.replace("\"", "\\\""));
        assertThat(out.lines().filter(l -> l.contains("\"type\":\"request\"")))
                .allMatch(l -> l.contains("\"acceptEncoding\":\"gzip, deflate\""));
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finishes").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + " failed:\n" + out).isZero();
        return out;
    }
}
