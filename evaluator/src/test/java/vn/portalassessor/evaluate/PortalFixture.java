package vn.portalassessor.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.crawl.ArchivedPageSource;
import vn.portalassessor.crawl.CrawlSummary;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.crawl.SiteStatus;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.CaptureIndex;
import vn.portalassessor.crawl.store.PageStore;
import vn.portalassessor.crawl.store.RunLayout;
import vn.portalassessor.crawl.warc.ArchivedRecord;
import vn.portalassessor.crawl.warc.WarcArchive;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.MethodologyLoader;

/**
 * A small portal written into a run directory the way the crawler writes one (WARC records and a
 * capture index), so checks are tested on the evidence they see in production. Pages given as a
 * fragment are wrapped in a Vietnamese HTML page with {@code lang="vi"} and a UTF-8 charset.
 */
public final class PortalFixture {

    public static final Methodology METHODOLOGY = MethodologyLoader.loadDefault();
    public static final URI PORTAL = URI.create("https://tinhthunghiem.gov.vn/");
    public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2016, 12, 31);

    private record Page(String path, String contentType, byte[] body) {
    }

    /** A URL the crawl asked for and got no answer from (DNS, REFUSED, TIMEOUT...). */
    private record Unanswered(String url, String failure, String detail) {
    }

    private final Path runDir;
    private final List<Page> pages = new ArrayList<>();
    private URI portal = PORTAL;
    private SiteStatus status = SiteStatus.OK;
    private final List<Unanswered> unanswered = new ArrayList<>();
    private final List<Map.Entry<String, String>> redirects = new ArrayList<>();
    private URI services;
    private Group group = Group.PROVINCE;
    private String name = "Tỉnh Thử Nghiệm";
    private String id = "tinh-thu-nghiem";
    private final List<Page> probed = new ArrayList<>();

    private PortalFixture(Path runDir) {
        this.runDir = runDir;
    }

    /** A portal whose run directory is {@code runDir} (a JUnit {@code @TempDir}). */
    public static PortalFixture in(Path runDir) {
        return new PortalFixture(runDir);
    }

    /** The criterion of the shipped methodology. */
    public static Criterion criterion(String id) {
        return METHODOLOGY.criterion(id).orElseThrow(() -> new IllegalArgumentException("no criterion " + id));
    }

    /** Serves the portal from another base URL (e.g. a loopback address). */
    public PortalFixture at(URI base) {
        this.portal = base;
        return this;
    }

    /** The crawl's outcome (default OK). */
    public PortalFixture status(SiteStatus s) {
        this.status = s;
        return this;
    }

    /** The agency's declared online-service site (default none: found from the portal's links, if at all). */
    public PortalFixture services(URI url) {
        this.services = url;
        return this;
    }

    /** The agency's group and name (default a province, "Tỉnh Thử Nghiệm"). */
    public PortalFixture agency(Group g, String agencyName) {
        this.group = g;
        this.name = agencyName;
        return this;
    }

    /** The agency's id (default {@code tinh-thu-nghiem}): several agencies may share one run directory. */
    public PortalFixture id(String agencyId) {
        this.id = agencyId;
        return this;
    }

    /**
     * An HTML page a check's probe fetched after the crawl had ended (the result page of the site's
     * search, C3.22): archived and indexed like the others, a minute after the crawl's end.
     */
    public PortalFixture probed(String path, String html) {
        int before = pages.size();
        page(path, html);
        probed.add(pages.remove(before));
        return this;
    }

    /** A URL the crawl got no answer from, recorded as the crawler records it ({@code failure}: DNS, REFUSED...). */
    public PortalFixture unanswered(String url, String failure, String detail) {
        unanswered.add(new Unanswered(url, failure, detail));
        return this;
    }

    /** An HTML page; a fragment is wrapped in {@code <html lang="vi">} with the first heading as title. */
    public PortalFixture page(String path, String html) {
        String full = html.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("<!doctype")
                || html.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("<html")
                ? html
                : "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title(html)
                + "</title></head><body>" + html + "</body></html>";
        pages.add(new Page(path, "text/html; charset=utf-8", full.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** A permanent redirect the crawl recorded ({@code http://tinh.gov.vn/} → {@code https://www.tinh.gov.vn/}). */
    public PortalFixture redirect(String from, String to) {
        redirects.add(Map.entry(from, to));
        return this;
    }

    /** Any other file (a feed, a sitemap). */
    public PortalFixture file(String path, String contentType, String body) {
        pages.add(new Page(path, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Writes the archive and opens the agency's evidence, answering probes from the archive. */
    public SiteEvidence build() {
        return build(null);
    }

    /** As {@link #build()}, with probes answered by {@code probes} (null: the archive). */
    public SiteEvidence build(PageSource probes) {
        Agency agency = agency();
        CrawlSummary summary = write(agency);
        PageStore store = PageStore.open(runDir, agency.id());
        return new SiteEvidence(agency, Optional.of(summary), store,
                probes == null ? new ArchivedPageSource(store) : probes, ASSESSMENT_DATE, METHODOLOGY);
    }

    /**
     * Writes the archive and the crawl's summary as a finished crawl leaves them in the run directory,
     * for {@link Evaluator#evaluate}; the agency.
     */
    public Agency writeRun() {
        Agency agency = agency();
        CrawlSummary summary = write(agency);
        Path file = RunLayout.summary(runDir, agency.id());
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()
                    .writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return agency;
    }

    private Agency agency() {
        return new Agency(id, name, group, portal, services);
    }

    private CrawlSummary write(Agency agency) {
        Instant now = Instant.parse("2016-12-31T02:00:00Z");
        try (WarcArchive warc = new WarcArchive(RunLayout.evidenceDir(runDir, agency.id()), agency.id(), WarcArchive.DEFAULT_ROTATE_BYTES);
             CaptureIndex index = CaptureIndex.openForAppend(RunLayout.captureIndex(runDir, agency.id()))) {
            for (Page p : pages) {
                archive(warc, index, p, now);
            }
            for (Map.Entry<String, String> r : redirects) {
                index.append(new Capture(portal.resolve(r.getKey()), 0, now, 301, "text/html", 0, false, r.getValue(),
                        "", 0, "", "127.0.0.1", "", ""));
            }
            for (Unanswered u : unanswered) {
                index.append(new Capture(URI.create(u.url()), 0, now, 0, "", 0, false, "", "", 0, "", "", u.failure(), u.detail()));
            }
            for (Page p : probed) {
                archive(warc, index, p, now.plusSeconds(60));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrawlSummary(agency.id(), status, pages.size(), 0, List.of(), now, now);
    }

    private void archive(WarcArchive warc, CaptureIndex index, Page p, Instant at) throws IOException {
        URI url = portal.resolve(p.path());
        FetchedResponse response = new FetchedResponse(url, at, 200, "OK", "HTTP/1.1",
                List.of(Map.entry("Content-Type", p.contentType())), List.of(Map.entry("User-Agent", "test")),
                p.body(), false, "127.0.0.1", "");
        ArchivedRecord where = warc.write(response);
        index.append(new Capture(url, p.path().equals("/") ? 0 : 1, at, 200, p.contentType(), p.body().length,
                false, "", where.file(), where.offset(), where.recordId(), "127.0.0.1", "", ""));
    }

    private static String title(String html) {
        var m = java.util.regex.Pattern.compile("<h1[^>]*>(.*?)</h1>", java.util.regex.Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "") : "Cổng thông tin điện tử tỉnh Thử Nghiệm";
    }
}
