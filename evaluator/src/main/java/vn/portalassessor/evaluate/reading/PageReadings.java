package vn.portalassessor.evaluate.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.RunLayout;

/**
 * An agency's page readings kept in the run folder: read back when their key is the one the agency's
 * archive gives now, written after an evaluation that had to read the pages itself. Parsing and
 * working out every archived page is what a re-score spends its time on; what does not depend on the
 * criteria is read once and kept. A file that is missing, unreadable, of another format or of another
 * key is not trusted: the pages are read afresh and the file written again. Not thread-safe; one per
 * agency.
 */
public final class PageReadings {

    /** Raised whenever what is kept changes: older files are then ignored. */
    public static final int FORMAT = 3;
    /** The file's name in the agency's {@code crawl-state} folder. */
    public static final String FILE_NAME = "page-readings.json.gz";

    private static final Logger LOG = LoggerFactory.getLogger(PageReadings.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The file's content. */
    record Kept(int format, String key, ChromeReading chrome, List<PageReading> pages) {
    }

    private final Path file;
    private final String key;
    private final ChromeReading chrome;
    private final Map<URI, PageReading> read;

    private PageReadings(Path file, String key, ChromeReading chrome, Map<URI, PageReading> read) {
        this.file = file;
        this.key = key;
        this.chrome = chrome;
        this.read = read;
    }

    /** No readings kept and none written: every page is read afresh (tests, a site without a run folder). */
    public static PageReadings none() {
        return new PageReadings(null, "", null, Map.of());
    }

    /** The readings of an agency of a run, trusted when kept under {@code key}; written there when not. */
    public static PageReadings of(Path runDir, String agencyId, String key) {
        return open(RunLayout.crawlStateDir(runDir, agencyId).resolve(FILE_NAME), key);
    }

    /** The readings kept in {@code file}, trusted only when kept under {@code key} in this format. */
    public static PageReadings open(Path file, String key) {
        Map<URI, PageReading> read = new HashMap<>();
        Kept kept;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            kept = JSON.readValue(in, Kept.class);
            if (kept.format() != FORMAT || !key.equals(kept.key()) || kept.pages() == null || kept.chrome() == null) {
                LOG.debug("{} is of another archive or format; the pages are read afresh", file);
                return new PageReadings(file, key, null, Map.of());
            }
            for (PageReading p : kept.pages()) {
                if (p == null || p.url() == null || read.put(URI.create(p.url()), p) != null) {
                    throw new IOException("a page is missing its address or is given twice");
                }
            }
        } catch (NoSuchFileException e) {
            return new PageReadings(file, key, null, Map.of());
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read ({}); the pages are read afresh and it is written again", file, e.getMessage());
            return new PageReadings(file, key, null, Map.of());
        }
        return new PageReadings(file, key, kept.chrome(), Map.copyOf(read));
    }

    /**
     * The key of an agency's readings: the format, the code that reads pages ({@code code}: a
     * fingerprint of the classes that work readings out, so a changed way of reading a page never
     * meets readings of the old one), the portal's address (which pages are the portal's),
     * the placeholder phrases, and every capture's address, record, place in the archive, length,
     * status, type and redirect. Any page re-captured, added or dropped gives another key, so readings of
     * another archive are never trusted, and a page's own text (which depends on the chrome the whole
     * site repeats) is kept only for the very pages it was worked out from.
     */
    public static String key(String code, String portalUrl, List<String> placeholders, List<Capture> captures) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder().append(FORMAT).append('\n').append(code).append('\n').append(portalUrl).append('\n');
            placeholders.forEach(p -> s.append(p).append('\u0001'));
            s.append('\n');
            sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
            for (Capture c : captures) {
                String line = c.url() + "\u0001" + c.recordId() + "\u0001" + c.warcFile() + "\u0001" + c.offset()
                        + "\u0001" + c.length() + "\u0001" + c.status() + "\u0001" + c.contentType() + "\u0001" + c.truncated() + "\u0001" + c.location() + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A fingerprint of the code that reads pages: the bytes of {@code classes} and of their anonymous
     * classes as loaded, and the HTML parser's version. Computed once per run by the caller.
     */
    public static String codeOf(List<Class<?>> classes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : classes) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("the class file of " + c.getName() + " cannot be read");
                    }
                    sha.update(in.readAllBytes());
                }
                // its anonymous classes too (a node visitor's body is compiled apart from its class)
                for (int n = 1; ; n++) {
                    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + "$" + n + ".class")) {
                        if (in == null) {
                            break;
                        }
                        sha.update(in.readAllBytes());
                    }
                }
            }
            sha.update(String.valueOf(org.jsoup.Jsoup.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluator's classes", e);
        }
    }

    /** Whether readings were kept for this archive: then every page has one, and the portal's chrome is there. */
    public boolean kept() {
        return chrome != null;
    }

    /** The portal's chrome as learnt from these pages, if kept. */
    public Optional<ChromeReading> chrome() {
        return Optional.ofNullable(chrome);
    }

    /** The kept reading of a page, if any. */
    public Optional<PageReading> of(URI url) {
        return Optional.ofNullable(read.get(url));
    }

    /**
     * Writes {@code readings} under this key, replacing the file whole (never half-written), unless they
     * are already kept or there is no run folder to keep them in.
     */
    public void keep(ChromeReading chrome, List<PageReading> readings) {
        if (file == null || kept()) {
            return;
        }
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                JSON.writeValue(out, new Kept(FORMAT, key, chrome, readings));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page readings cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep page readings in " + file, e);
        }
    }
}
