package vn.portalassessor.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.fetch.FetchFailure;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.warc.ArchivedRecord;
import vn.portalassessor.crawl.warc.WarcArchive;

/**
 * What an agency's crawl leaves behind: each answer written to its WARC, then a line in its capture
 * index (in that order, so an indexed page is always readable), the counts of its summary, and the
 * notes a reader must see, also kept in the agency's crawl log. One thread at a time.
 */
final class EvidenceLog implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceLog.class);
    private static final int MAX_NOTES = 200;

    private final String agencyId;
    private final long maxResponseBytes;
    private final WarcArchive archive;
    private final CaptureIndex index;
    private final Path crawlLog;
    private final List<String> notes = new ArrayList<>();
    private final java.util.Set<String> charsetFallbacks = new java.util.HashSet<>();
    private final java.util.Set<String> legacyTlsHosts = new java.util.HashSet<>();
    private int fetched;
    /** Answers 2xx: what the page budget counts. Dead links, redirects and failures do not. */
    private int pages;
    /** Requests sent, answered or not: what the request cap counts. */
    private int requests;
    private int errors;
    private int documents;
    private Capture last;

    /**
     * @param alreadyFetched  answers an earlier run archived
     * @param alreadyPages    of those, pages (2xx) that count toward the page budget
     * @param alreadyRequests requests an earlier run sent, answered or not
     */
    EvidenceLog(String agencyId, Path runDir, long maxResponseBytes, int alreadyFetched, int alreadyPages,
                int alreadyRequests) {
        this.agencyId = agencyId;
        this.maxResponseBytes = maxResponseBytes;
        this.archive = new WarcArchive(RunLayout.evidenceDir(runDir, agencyId), agencyId, WarcArchive.DEFAULT_ROTATE_BYTES);
        this.index = CaptureIndex.openForAppend(RunLayout.captureIndex(runDir, agencyId));
        this.crawlLog = RunLayout.crawlStateDir(runDir, agencyId).resolve("crawl.log");
        this.fetched = alreadyFetched;
        this.pages = alreadyPages;
        this.requests = alreadyRequests;
    }

    /** Archives an answer and indexes it; {@code detail} notes something about it (a TLS problem). */
    Capture answered(FetchedResponse response, int depth, String detail) {
        ArchivedRecord where;
        try {
            where = archive.write(response);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence archive of " + agencyId, e);
        }
        fetched++;
        requests++;
        if (isPage(response.status())) {
            pages++;
        }
        if (response.status() >= 400) {
            errors++;
        }
        if (response.truncated()) {
            note("nội dung bị cắt ở " + maxResponseBytes + " byte: " + response.url());
        }
        String fact = detail;
        if (response.status() < 300 && response.isHtml()) {
            String fallback = vn.portalassessor.crawl.fetch.PageDecoder.charsetOf(response.body(),
                    response.header("Content-Type").orElse(null)).fallback();
            if (!fallback.isEmpty()) {
                fact = fact.isEmpty() ? fallback : fact + "; " + fallback;
                if (charsetFallbacks.add(fallback)) {
                    note(fallback + ": " + response.url());
                }
            }
        }
        if (vn.portalassessor.crawl.fetch.LegacyTls.isLegacy(response.tlsProtocol())) {
            String only = "chỉ hỗ trợ " + vn.portalassessor.crawl.fetch.LegacyTls.label(response.tlsProtocol());
            fact = (fact.isEmpty() ? "" : fact + "; ") + "máy chủ " + only;
            String host = response.url().getHost() + ":" + response.url().getPort();
            if (legacyTlsHosts.add(host)) {
                note("máy chủ " + response.url().getHost() + " " + only + " (giao thức cũ, không an toàn): thu thập nhờ --legacy-tls");
            }
        }
        if (!response.tlsProblem().isEmpty()) {
            fact = (fact.isEmpty() ? "" : fact + "; ") + "TLS: " + response.tlsProblem() + "; trang vẫn được tải, không xác minh chứng thư";
            note("chứng thư TLS không hợp lệ tại " + response.url() + ": " + response.tlsProblem());
        }
        Capture capture = new Capture(response.url(), depth, response.fetchedAt(), response.status(),
                response.header("Content-Type").orElse(""), response.body().length, response.truncated(),
                response.header("Location").orElse(""), where.file(), where.offset(), where.recordId(),
                response.remoteAddress(), "", fact);
        if (capture.documentType().isPresent()) {
            documents++;
        }
        record(capture);
        LOG.debug("{} {} {}", agencyId, response.status(), response.url());
        return capture;
    }

    /** Indexes a capture recovered from the archive after a crash; it is already counted. */
    void recovered(Capture capture) {
        record(capture);
    }

    /** Indexes a request that got no answer. */
    void failed(FetchFailure failure, int depth) {
        errors++;
        if (wasRequested(failure.kind().name())) {
            requests++;
        }
        record(new Capture(failure.url(), depth, failure.fetchedAt(), 0, "", 0, false, "", "", 0, "", "",
                failure.kind().name(), failure.message()));
    }

    /** Indexes a URL we did not ask for, and why ({@code ROBOTS_DISALLOWED}, {@code HOST_STOPPED}). */
    void skipped(URI url, int depth, String reason, String detail) {
        record(new Capture(url, depth, Instant.now(), 0, "", 0, false, "", "", 0, "", "", reason, detail));
    }

    /**
     * Adds a note to the summary (the first {@value #MAX_NOTES}), to the agency's
     * {@code crawl-state/<id>/crawl.log} and to the application log.
     */
    void note(String note) {
        LOG.info("{}: {}", agencyId, note);
        try {
            java.nio.file.Files.writeString(crawlLog, Instant.now() + " " + note + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the crawl log " + crawlLog, e);
        }
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        } else if (notes.size() == MAX_NOTES) {
            notes.add("… (các ghi chú tiếp theo chỉ có trong nhật ký)");
        }
    }

    /** The last line indexed, or null. */
    Capture last() {
        return last;
    }

    /** Whether an answer of this status is a page the budget counts (2xx). */
    static boolean isPage(int status) {
        return status >= 200 && status < 300;
    }

    /** Whether a capture that got no answer was a request sent (not one refused before sending). */
    static boolean wasRequested(String failure) {
        return failure != null && !failure.isEmpty() && !failure.equals(FetchFailure.Kind.ADDRESS_REFUSED.name())
                && java.util.Arrays.stream(FetchFailure.Kind.values()).anyMatch(k -> k.name().equals(failure));
    }

    /** Pages (2xx answers) so far, earlier runs included. */
    int pages() {
        return pages;
    }

    /** Requests sent so far, answered or not, earlier runs included. */
    int requests() {
        return requests;
    }

    int fetched() {
        return fetched;
    }

    int errors() {
        return errors;
    }

    int documents() {
        return documents;
    }

    List<String> notes() {
        return notes;
    }

    private void record(Capture capture) {
        last = capture;
        index.append(capture);
    }

    @Override
    public void close() throws IOException {
        archive.close();
        index.close();
    }
}
