package vn.portalassessor.crawl.frontier;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a pause between two requests to the same host, however many agencies' crawls share it
 * (a province and its departments often sit on one server). Thread-safe.
 */
public final class HostThrottle {

    private final Map<String, Long> nextAllowedNanos = new ConcurrentHashMap<>();

    /**
     * Blocks until a request to {@code authority} may be sent, then books the next slot
     * {@code delay} later.
     */
    public void await(String authority, Duration delay) throws InterruptedException {
        long delayNanos = delay.toNanos();
        while (true) {
            long now = System.nanoTime();
            long[] waitFor = new long[1];
            nextAllowedNanos.compute(authority, (host, next) -> {
                if (next == null || next - now <= 0) {
                    waitFor[0] = 0;
                    return now + delayNanos;
                }
                waitFor[0] = next - now;
                return next;
            });
            if (waitFor[0] == 0) {
                return;
            }
            Thread.sleep(Math.max(1, waitFor[0] / 1_000_000), (int) (waitFor[0] % 1_000_000 / 1000));
        }
    }

    /**
     * Holds every request to {@code authority} back until {@code wait} from now, as a busy server's
     * {@code Retry-After} asks: the next {@link #await} for that host, from any agency, waits.
     */
    public void defer(String authority, Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        nextAllowedNanos.merge(authority, until, (old, neu) -> neu - old > 0 ? neu : old);
    }
}
