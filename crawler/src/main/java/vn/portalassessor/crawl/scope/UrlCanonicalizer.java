package vn.portalassessor.crawl.scope;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One canonical form per page, so that the same portal page reached through the noise that Vietnamese
 * portals' CMSs add to links is fetched and judged once: session ids ({@code jsessionid},
 * {@code ASP.NET_SessionId}, {@code PHPSESSID}), Oracle WebCenter state ({@code _afrLoop},
 * {@code _adf.ctrl-state}), Liferay portlet parameters ({@code p_p_*}), {@code ?redirect=} back-links
 * and tracking parameters. Scheme and host are lower-cased, default ports, fragments and dot-segments
 * dropped, and non-ASCII characters percent-encoded (crawler-commons' {@link BasicURLNormalizer}).
 * An IPv6 literal host ({@code http://[::1]:8080/}) is kept as written, lower-cased.
 * Immutable; safe to share.
 */
public final class UrlCanonicalizer {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)(jsessionid|phpsessid|sid|sessionid|asp\\.net_sessionid|aspsessionid\\w*|_afrloop|_afrwindowmode"
                    + "|_afrwindowid|_adf\\.ctrl-state|p_p_\\w+|redirect|utm_\\w+|fbclid)");
    /** {@code scheme://[userinfo@][v6 literal]}: group 1 up to the bracket, group 2 the address. */
    private static final Pattern IPV6_AUTHORITY = Pattern.compile("(?i)^(https?://(?:[^/?#@\\[\\]]*@)?)\\[([0-9a-f:.]+(?:%[0-9a-z._~-]+)?)\\]");
    private static final String IPV6_STAND_IN = "ipv6-literal.invalid";
    private static final Pattern PATH_SESSION = Pattern.compile("(?i);jsessionid=[^/?#]*");

    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    /**
     * The canonical form of an absolute http(s) URL, or empty when it is not one we can fetch
     * ({@code javascript:}, {@code mailto:}, malformed).
     */
    public Optional<URI> canonical(String absoluteUrl) {
        if (absoluteUrl == null || absoluteUrl.isBlank()) {
            return Optional.empty();
        }
        String lower = absoluteUrl.trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String trimmed = PATH_SESSION.matcher(absoluteUrl.trim()).replaceAll("");
        Matcher literal = IPV6_AUTHORITY.matcher(trimmed);
        String ipv6 = null;
        if (literal.find()) {
            // crawler-commons' normalizer refuses bracketed hosts: normalise with a stand-in name, put the literal back
            ipv6 = literal.group(2).toLowerCase(Locale.ROOT);
            trimmed = literal.group(1) + IPV6_STAND_IN + trimmed.substring(literal.end(2) + 1);
        }
        String normal = normalizer.filter(trimmed);
        if (normal == null) {
            return Optional.empty();
        }
        if (ipv6 != null) {
            int at = normal.indexOf(IPV6_STAND_IN);
            if (at < 0) {
                return Optional.empty();
            }
            normal = normal.substring(0, at) + "[" + ipv6 + "]" + normal.substring(at + IPV6_STAND_IN.length());
        }
        try {
            URI uri = new URI(normal);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String query = stripNoise(uri.getRawQuery());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            StringBuilder s = new StringBuilder()
                    .append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                    .append(uri.getRawAuthority().toLowerCase(Locale.ROOT))
                    .append(path);
            if (query != null) {
                s.append('?').append(query);
            }
            return Optional.of(new URI(s.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The canonical form of a URI we already hold. */
    public Optional<URI> canonical(URI uri) {
        return canonical(uri.toString());
    }

    private static String stripNoise(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!NOISE.matcher(name).matches()) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
