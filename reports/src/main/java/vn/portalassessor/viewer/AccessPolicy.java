package vn.portalassessor.viewer;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a viewer may read a request path, before any file is touched (contract §4). The
 * path is checked as it was spelled: encoded slashes or backslashes, {@code .} and {@code ..}
 * segments, empty segments and any character outside {@code [A-Za-z0-9._-]} are refused for
 * everyone, so no spelling reaches a file the rules did not name. An agency reads
 * {@code report/index.html}, {@code report/method.html}, the report's script,
 * {@code report/agency/<its id>.html}, {@code report/confirm/<its id>.html}, {@code evidence/<its id>/…},
 * {@code archive/<its id>/…} (archived copies) and its own rows of {@code results.csv} and
 * {@code services.csv}; the inspector reads everything under {@code report/}, {@code evidence/} and
 * {@code archive/}, and the run's data files ({@code results.json}, {@code results.csv},
 * {@code ranking.xlsx}, {@code services.csv}). Names are compared
 * exactly (case included). Stateless.
 */
final class AccessPolicy {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");
    /** The run's data files linked from the national page. */
    static final java.util.Set<String> DOWNLOADS = java.util.Set.of("results.json", "results.csv", "ranking.xlsx", "services.csv");
    private static final List<String> ENCODED_SEPARATORS = List.of("%2f", "%5c", "%00", "%25", "%2e");

    private AccessPolicy() {
    }

    /** What to do with a request. */
    enum Kind { ALLOW, FORBIDDEN, NOT_FOUND }

    /**
     * A decision.
     *
     * @param kind     allow, forbid or not found
     * @param path     the run-relative path to serve (ALLOW only), e.g. {@code evidence/bo-y-te/screenshots/a.png}
     * @param reason   why it was refused, for the access log
     */
    record Decision(Kind kind, String path, String reason) {

        static Decision allow(String path) {
            return new Decision(Kind.ALLOW, path, "");
        }

        static Decision forbidden(String reason) {
            return new Decision(Kind.FORBIDDEN, "", reason);
        }

        static Decision notFound(String reason) {
            return new Decision(Kind.NOT_FOUND, "", reason);
        }
    }

    static Decision decide(Viewer viewer, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Decision.forbidden("not an absolute path");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String encoded : ENCODED_SEPARATORS) {
            if (lower.contains(encoded)) {
                return Decision.forbidden("encoded separator or dot (" + encoded + ") in the path");
            }
        }
        if (rawPath.indexOf('\\') >= 0) {
            return Decision.forbidden("backslash in the path");
        }
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Decision.forbidden("malformed percent-encoding");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (String s : segments) {
            if (s.equals(".") || s.equals("..")) {
                return Decision.forbidden("'" + s + "' segment in the path");
            }
            if (!SEGMENT.matcher(s).matches()) {
                return Decision.forbidden(s.isEmpty() ? "empty segment in the path" : "unexpected characters in \"" + s + "\"");
            }
        }
        String relative = String.join("/", segments);
        boolean report = segments[0].equals("report");
        boolean evidence = segments[0].equals("evidence");
        boolean archive = segments[0].equals("archive");
        boolean download = segments.length == 1 && DOWNLOADS.contains(segments[0]);
        if (viewer.inspector()) {
            return report || evidence || archive || download ? Decision.allow(relative)
                    : Decision.notFound("only report/, evidence/, archive/ and the run's data files are served");
        }
        String own = viewer.agencyId();
        if (relative.equals("report/index.html") || relative.equals("report/method.html")
                || relative.equals("report/" + vn.portalassessor.report.html.HtmlReport.SCRIPT)
                || relative.equals("report/confirm/" + own + ".html")) {
            return Decision.allow(relative);
        }
        if (archive && segments.length == 3 && segments[1].equals(own)) {
            return Decision.allow(relative);
        }
        if (archive) {
            return Decision.forbidden("another agency's archived copy");
        }
        if (download && OwnRows.FILES.contains(segments[0])) {
            return Decision.allow(relative);
        }
        if (relative.equals("report/agency/" + own + ".html")) {
            return Decision.allow(relative);
        }
        if (evidence && segments.length >= 3 && segments[1].equals(own)) {
            return Decision.allow(relative);
        }
        if (report && segments.length == 3 && segments[1].equals("agency")) {
            return Decision.forbidden("another agency's evidence page");
        }
        if (evidence && segments.length >= 2) {
            return Decision.forbidden("another agency's evidence");
        }
        return Decision.forbidden("not the agency's own evidence nor the national ranking");
    }
}
