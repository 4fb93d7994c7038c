package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.SiteEvidence;

/**
 * Where a link on a service page really leads: the answer the crawl captured for it (redirects followed
 * through the captures), or, when the crawl did not fetch it, the answer of the agency's probe source
 * (live during a run, the archive when re-scoring). Not thread-safe.
 */
final class LinkReach {

    private static final int MAX_HOPS = 5;

    /**
     * What a link came to.
     *
     * @param url         the last URL reached (after redirects)
     * @param status      its HTTP status, 0 when nothing answered
     * @param contentType the Content-Type, lower case, or empty
     * @param length      body bytes
     * @param page        the answer with its body, when there was one
     */
    record Reached(URI url, int status, String contentType, long length, Optional<StoredPage> page) {

        static Reached nothing(URI url) {
            return new Reached(url, 0, "", 0, Optional.empty());
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean html() {
            return ok() && (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml"));
        }

        /** A document a citizen can open: a 200 answer with a document type and a body. */
        boolean document() {
            if (!ok() || length <= 0) {
                return false;
            }
            String type = contentType;
            String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
            return type.startsWith("application/pdf") || type.startsWith("application/msword")
                    || type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.ms-")
                    || type.startsWith("application/vnd.oasis.opendocument") || type.startsWith("application/rtf")
                    || type.startsWith("text/rtf") || type.startsWith("application/zip")
                    || type.startsWith("application/x-rar") || type.startsWith("application/octet-stream")
                    && ServicePageReader.DOCUMENT.matcher(path).find();
        }

        /** How a report says it: "HTTP 404", "không phản hồi". */
        String describe() {
            return status == 0 ? "không phản hồi" : "HTTP " + status + (contentType.isEmpty() ? "" : ", " + contentType);
        }
    }

    private final SiteEvidence site;

    LinkReach(SiteEvidence site) {
        this.site = site;
    }

    Reached reach(URI link) {
        Optional<URI> canonical = site.canonical(link.toString());
        if (canonical.isEmpty()) {
            return Reached.nothing(link);
        }
        URI current = canonical.get();
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            Optional<Capture> capture = site.store().capture(current);
            if (capture.isEmpty()) {
                return probe(current);
            }
            Capture c = capture.get();
            if (!c.answered()) {
                return new Reached(current, 0, "", 0, Optional.empty());
            }
            if (c.status() >= 300 && c.status() < 400 && !c.location().isBlank()) {
                Optional<URI> next = site.canonical(current.resolve(c.location().strip()).toString());
                if (next.isEmpty() || next.get().equals(current)) {
                    return of(c, site.store().page(current));
                }
                current = next.get();
                continue;
            }
            return of(c, site.store().page(current));
        }
        return Reached.nothing(current);
    }

    private Reached probe(URI url) {
        Optional<StoredPage> page;
        try {
            page = site.probes().page(url);
        } catch (RuntimeException e) {
            return Reached.nothing(url);
        }
        return page.map(p -> of(p.capture(), Optional.of(p))).orElse(Reached.nothing(url));
    }

    private static Reached of(Capture c, Optional<StoredPage> page) {
        return new Reached(c.url(), c.status(), c.contentType().toLowerCase(Locale.ROOT), c.length(), page);
    }
}
