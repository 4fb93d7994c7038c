package vn.portalassessor.samples;

import java.util.List;
import java.util.Map;

/**
 * One bundled site, loaded into memory: its {@code site.json} settings and its files by path.
 *
 * @param id         site id (the folder name)
 * @param kind       {@code PORTAL}, {@code SERVICES} or {@code DOWN} (listed, but nothing answers)
 * @param cms        the CMS style it imitates
 * @param search     its search endpoint, or null when it has none
 * @param files      root-relative path ({@code /Pages/GioiThieu.aspx}) → bytes
 * @param queryKeys  query parameters that select a page (CMSs that serve every page from one script:
 *                   {@code index.php?view=article&id=12}, {@code Default.aspx?tabid=53}); the page for such a
 *                   request is the file {@code <path>@<key>-<value>...} (keys in this order, only those present)
 */
public record SampleSite(String id, String kind, String cms, Search search, Map<String, byte[]> files,
                         List<String> queryKeys) {

    /** The kind of a site that is listed but never answers: its URL points at a loopback port where nothing listens. */
    public static final String DOWN = "DOWN";

    public SampleSite {
        files = Map.copyOf(files);
        queryKeys = List.copyOf(queryKeys);
    }

    /** A site without query-routed pages. */
    public SampleSite(String id, String kind, String cms, Search search, Map<String, byte[]> files) {
        this(id, kind, cms, search, files, List.of());
    }

    /** Whether the site is listed but unreachable (connections refused). */
    public boolean down() {
        return DOWN.equals(kind);
    }

    /**
     * A site's search endpoint.
     *
     * @param path  the form's action path
     * @param param the query parameter
     * @param mode  {@code WORKING} (real results) or {@code EMPTY} (never finds anything)
     */
    public record Search(String path, String param, String mode) {
    }
}
