package vn.portalassessor.crawl.frontier;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts each host's failures in a row (no answer, or a server error) and stops a host that
 * reaches the limit, so a dead or collapsing server is not hammered for the rest of an agency's
 * crawl. One answer that is not a failure resets the count. Not thread-safe: one per agency crawl.
 */
public final class HostHealth {

    private final int limit;
    private final Map<String, Integer> streaks = new HashMap<>();
    private final Set<String> stopped = new LinkedHashSet<>();

    /** @param limit failures in a row that stop a host, at least 1 */
    public HostHealth(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the failure limit must be at least 1, is " + limit);
        }
        this.limit = limit;
    }

    /** Whether requests to this host ({@code host:port}) are no longer sent. */
    public boolean isStopped(String authority) {
        return stopped.contains(authority);
    }

    /** Records a failure; true when this one stopped the host. */
    public boolean failed(String authority) {
        int n = streaks.merge(authority, 1, Integer::sum);
        return n >= limit && stopped.add(authority);
    }

    /** Failures in a row of this host so far; 0 after an answer. */
    public int streak(String authority) {
        return streaks.getOrDefault(authority, 0);
    }

    /** Records an answer that was not a failure. */
    public void answered(String authority) {
        streaks.remove(authority);
    }

    /** The hosts stopped so far, in the order they were stopped. */
    public Set<String> stopped() {
        return Set.copyOf(stopped);
    }
}
