package vn.portalassessor.crawl.scope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stops a crawl from wandering through one page under ever-new names. IBM WebSphere Portal encodes
 * navigation state in opaque URLs ({@code /wps/portal/.../!ut/p/z1/04_Sj9CP...}), so each visit of
 * the same page links to it under a new name that canonicalisation cannot fold. For such URLs the
 * page's visible text is hashed; a page whose text was already seen under another opaque URL is a
 * duplicate, and its links are not followed. Other URLs are never judged duplicates here. Not
 * thread-safe: one per agency crawl.
 */
public final class DuplicateContentFilter {

    private static final Pattern OPAQUE = Pattern.compile("(?i).*/wps/(my)?portal/.*!ut/p/.*");

    private final Set<String> digests = new HashSet<>();

    /** Whether the URL is one whose name says nothing about its content. */
    public static boolean isOpaque(String url) {
        return OPAQUE.matcher(url).matches();
    }

    /**
     * Whether the page at {@code url} with this visible text is new; false for an opaque URL whose
     * text was already seen under another opaque URL.
     */
    public boolean isNew(String url, String visibleText) {
        if (!isOpaque(url)) {
            return true;
        }
        return digests.add(sha1(visibleText.strip()));
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
