package vn.portalassessor.crawl.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Recognises an answer that is a wall instead of the portal: a bot challenge (JavaScript or CAPTCHA)
 * or a blanket "access denied" page. Judged from the content, not only the status, because such
 * walls answer 200 as often as 403 or 503. A site behind a wall is BLOCKED, never judged NOT_MET.
 */
public final class ChallengeDetector {

    /** Markers of an interstitial challenge: conclusive on any status. */
    private static final List<String> CHALLENGE = List.of(
            "cf-challenge", "cf_chl_", "challenge-platform", "checking your browser", "just a moment...",
            "please enable javascript and cookies", "ddos protection by", "verify you are human");
    /** Markers of a wall: conclusive only on a refusing status (a feedback form may carry a CAPTCHA). */
    private static final List<String> WALL = List.of(
            "g-recaptcha", "h-captcha", "captcha", "access denied", "request blocked", "forbidden",
            "truy cập bị từ chối", "bạn không có quyền truy cập");

    private ChallengeDetector() {
    }

    /** Whether the response is a challenge or an access wall. */
    public static boolean isWall(FetchedResponse r) {
        if (r.status() >= 300 && r.status() < 400) {
            return false;
        }
        String head = head(r);
        if (CHALLENGE.stream().anyMatch(head::contains)) {
            return true;
        }
        boolean refusing = r.status() == 403 || r.status() == 429 || r.status() == 503;
        return refusing && (WALL.stream().anyMatch(head::contains) || r.body().length < 2048);
    }

    /**
     * Whether the response is an interstitial bot challenge (any status): asking again after a
     * {@code Retry-After} will not get past it.
     */
    public static boolean isChallenge(FetchedResponse r) {
        String head = head(r);
        return CHALLENGE.stream().anyMatch(head::contains);
    }

    private static String head(FetchedResponse r) {
        return new String(r.body(), 0, Math.min(r.body().length, 16 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }
}
