package vn.portalassessor.viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The viewer's login sessions: a session cookie stands for a viewer after a token was presented once.
 * A session ends after {@link #IDLE} without a request and, however busy, {@link #ABSOLUTE} after it
 * began; ended sessions are removed whenever a session is opened, and at most {@link #MAX_SESSIONS}
 * live at once (the oldest goes first), so the map cannot grow without bound. Thread-safe.
 */
final class ViewerSessions {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(8);
    static final int MAX_SESSIONS = 10_000;

    private record Session(Viewer viewer, Instant started, Instant lastSeen) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    ViewerSessions(Clock clock) {
        this.clock = clock;
    }

    /** Opens a session for {@code viewer} and returns its id, a fresh {@link ViewerTokens#newToken()}. */
    String open(Viewer viewer) {
        prune();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.entrySet().stream().min(Map.Entry.comparingByValue(
                    java.util.Comparator.comparing(Session::started))).ifPresent(e -> sessions.remove(e.getKey()));
        }
        String id = ViewerTokens.newToken();
        Instant now = clock.instant();
        sessions.put(id, new Session(viewer, now, now));
        return id;
    }

    /** The viewer of a live session (and the session counts as used now); empty when unknown or ended. */
    Optional<Viewer> viewerOf(String id) {
        Session s = id == null ? null : sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (ended(s, now)) {
            sessions.remove(id, s);
            return Optional.empty();
        }
        sessions.replace(id, s, new Session(s.viewer(), s.started(), now));
        return Optional.of(s.viewer());
    }

    /** Live sessions, after removing ended ones. */
    int size() {
        prune();
        return sessions.size();
    }

    private void prune() {
        Instant now = clock.instant();
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            if (ended(it.next(), now)) {
                it.remove();
            }
        }
    }

    private static boolean ended(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.started().plus(ABSOLUTE));
    }
}
