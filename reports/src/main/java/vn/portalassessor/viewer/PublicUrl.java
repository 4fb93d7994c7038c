package vn.portalassessor.viewer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The address agencies reach the viewer at ({@code assessor serve --public-url}), kept in the run
 * directory as {@code viewer-url.txt} so that the access links written later (the confirmation
 * workbooks and {@code <id>-truy-cap.txt}) are complete URLs, not bare paths. The viewer may listen on
 * 127.0.0.1 behind a reverse proxy, so this is not the address it binds. Stateless.
 */
public final class PublicUrl {

    /** The file in the run directory. */
    public static final String FILE = "viewer-url.txt";

    private PublicUrl() {
    }

    /**
     * Checks an address as typed: http or https, a host, no query or fragment; returns it with a
     * trailing slash.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static URI parse(String text) {
        URI url;
        try {
            url = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("\"" + text + "\" must start with http:// or https://");
        }
        if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("\"" + text + "\" must be a host and an optional path, without ?query or #fragment,"
                    + " e.g. https://danhgia.example.gov.vn/");
        }
        return url.toString().endsWith("/") ? url : URI.create(url + "/");
    }

    /** Records the address in the run directory. */
    public static void save(Path runDir, URI url) throws IOException {
        Files.writeString(runDir.resolve(FILE), url + "\n", StandardCharsets.UTF_8);
    }

    /** The recorded address, empty when the viewer was never served with one (or the file is not a URL). */
    public static Optional<URI> read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A viewer link, {@code <public url><path>?token=<token>}, or the bare path and token when no address is recorded. */
    public static String link(Path runDir, String path, String token) {
        return read(runDir).map(u -> u.resolve(path) + "?token=" + token)
                .orElse("/" + path + "?token=" + token);
    }
}
