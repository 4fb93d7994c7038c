package vn.portalassessor.samples;

import java.util.Map;

/**
 * One bundled site, loaded into memory: its {@code site.json} settings and its files by path.
 *
 * @param id         site id (the folder name)
 * @param kind       {@code PORTAL} or {@code SERVICES}
 * @param cms        the CMS style it imitates
 * @param search     its search endpoint, or null when it has none
 * @param files      root-relative path ({@code /Pages/GioiThieu.aspx}) → bytes
 */
public record SampleSite(String id, String kind, String cms, Search search, Map<String, byte[]> files) {

    public SampleSite {
        files = Map.copyOf(files);
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
