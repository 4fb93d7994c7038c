package vn.portalassessor.viewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The viewer's tokens ({@code viewer-tokens.json}, contract §3): one for the inspector, one per agency.
 * Existing tokens are kept when the viewer starts again, so links already handed out keep working; an
 * agency new to the run gets a new token. Tokens are 32 random bytes, URL-safe base64, made here only
 * ({@code assessor serve} and {@code assessor confirm export} both come here). The file is written
 * owner-only ({@link OwnerOnlyFile}); a file readable by others, left by an older version, is
 * rewritten owner-only. Immutable.
 *
 * @param inspector the inspector's token
 * @param agencies  agency id → its token
 */
public record ViewerTokens(String inspector, Map<String, String> agencies) {

    public static final String FILE = "viewer-tokens.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();

    public ViewerTokens {
        agencies = Map.copyOf(agencies);
    }

    /**
     * Reads the run's tokens file, adds tokens for agencies that have none (and an inspector token
     * when missing) and writes it back readable by its owner only.
     */
    public static ViewerTokens loadOrCreate(Path runDir, Collection<String> agencyIds) throws IOException {
        Path file = runDir.resolve(FILE);
        String inspector = null;
        Map<String, String> agencies = new LinkedHashMap<>();
        if (Files.exists(file)) {
            ViewerTokens existing;
            try {
                existing = JSON.readValue(file.toFile(), ViewerTokens.class);
            } catch (IOException e) {
                throw new IOException(file + " is not a viewer tokens file ({\"inspector\": ..., \"agencies\": {...}}): "
                        + e.getMessage() + "; fix it or delete it to issue new tokens", e);
            }
            inspector = existing.inspector();
            agencies.putAll(existing.agencies());
        }
        boolean changed = inspector == null || inspector.isBlank();
        if (changed) {
            inspector = newToken();
        }
        for (String id : agencyIds) {
            if (!agencies.containsKey(id)) {
                agencies.put(id, newToken());
                changed = true;
            }
        }
        ViewerTokens tokens = new ViewerTokens(inspector, new java.util.TreeMap<>(agencies));
        if (changed || !Files.exists(file) || OwnerOnlyFile.readableByOthers(file)) {
            OwnerOnlyFile.write(file, JSON.writeValueAsBytes(tokens));
        }
        return tokens;
    }

    /** Who a presented token belongs to; empty for an unknown token. Compared in constant time. */
    public Optional<Viewer> viewerOf(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        if (same(token, inspector)) {
            return Optional.of(Viewer.INSPECTOR);
        }
        for (Map.Entry<String, String> e : agencies.entrySet()) {
            if (same(token, e.getValue())) {
                return Optional.of(Viewer.agency(e.getKey()));
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token: 32 random bytes, URL-safe base64 without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
