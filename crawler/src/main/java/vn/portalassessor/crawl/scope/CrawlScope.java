package vn.portalassessor.crawl.scope;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The sites an agency's crawl may fetch from: the hosts (with port) of its seeds, plus any the
 * crawl is told to add (an online-service site discovered from the portal's menus). Skips files that
 * cannot be evidence of a criterion (images, styles, scripts, media). Thread-safe.
 */
public final class CrawlScope {

    private static final Pattern SKIPPED = Pattern.compile(
            "(?i).*\\.(png|jpe?g|gif|bmp|ico|svg|webp|css|js|mjs|woff2?|ttf|eot|mp3|mp4|avi|wmv|flv|mov|zip|rar|7z|exe|iso)$");

    private final Set<String> authorities = ConcurrentHashMap.newKeySet();

    public CrawlScope(Collection<URI> seeds) {
        seeds.forEach(this::add);
    }

    /** Puts another site in scope. */
    public void add(URI site) {
        authorities.add(authority(site));
    }

    /** Whether a (canonical) URL belongs to this crawl. */
    public boolean contains(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getHost() != null && authorities.contains(authority(url)) && !SKIPPED.matcher(path).matches();
    }

    /** host:port of a URL, lower case, with the default port made explicit. */
    public static String authority(URI url) {
        int port = url.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        }
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
