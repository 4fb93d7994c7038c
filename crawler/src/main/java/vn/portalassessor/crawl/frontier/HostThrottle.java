package vn.portalassessor.crawl.frontier;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Each host's politeness clock, shared by every agency's crawl (a province and its departments
 * often sit on one server): the delay is kept between two request <em>starts</em> on a host, and at
 * most a given number of requests are in flight to it, so one slow page holds one connection, not
 * the host. A run-wide cap on requests in flight ({@link #start}'s {@code run} semaphore) is taken
 * only at the moment a request starts, never while waiting for a host's turn, so hosts waiting out
 * their delay do not hold connections others could use. Thread-safe.
 */
public final class HostThrottle {

    /** One host's clock: when its next request may start, and how many are in flight. */
    private static final class Host {
        long nextStartNanos;
        boolean booked;
        int inFlight;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A started request: closing it frees its host's connection and the run's. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private Host host(String authority) {
        return hosts.computeIfAbsent(authority, a -> new Host());
    }

    /**
     * Blocks until a request to {@code authority} may be sent, then books the next slot
     * {@code delay} later. For requests that do not count against the host's connections (a
     * browser's page load, an accessibility scan).
     */
    public void await(String authority, Duration delay) throws InterruptedException {
        Host h = host(authority);
        while (true) {
            long waitNanos;
            synchronized (h) {
                long now = System.nanoTime();
                waitNanos = h.booked ? h.nextStartNanos - now : 0;
                if (waitNanos <= 0) {
                    h.booked = true;
                    h.nextStartNanos = now + delay.toNanos();
                    return;
                }
            }
            sleepNanos(waitNanos);
        }
    }

    /**
     * Blocks until a request to {@code authority} may start: its delay since the host's last start
     * has passed, fewer than {@code perHost} requests are in flight to it, and {@code run} has a
     * permit. Books the host's next start {@code delay} later. Close the permit when the answer is in.
     */
    public Permit start(String authority, Duration delay, int perHost, Semaphore run) throws InterruptedException {
        Host h = host(authority);
        while (true) {
            long waitNanos;
            synchronized (h) {
                while (h.inFlight >= perHost) {
                    h.wait();
                }
                waitNanos = h.booked ? h.nextStartNanos - System.nanoTime() : 0;
            }
            if (waitNanos > 0) {
                sleepNanos(waitNanos);
                continue;
            }
            run.acquire();
            synchronized (h) {
                long now = System.nanoTime();
                if (h.inFlight < perHost && (!h.booked || h.nextStartNanos - now <= 0)) {
                    h.booked = true;
                    h.nextStartNanos = now + delay.toNanos();
                    h.inFlight++;
                    return new Permit() {
                        private boolean closed;

                        @Override
                        public void close() {
                            synchronized (h) {
                                if (closed) {
                                    return;
                                }
                                closed = true;
                                h.inFlight--;
                                h.notifyAll();
                            }
                            run.release();
                        }
                    };
                }
            }
            run.release(); // another request took the host's turn meanwhile: wait for the next one
        }
    }

    /**
     * Holds every request to {@code authority} back until {@code wait} from now, as a busy server's
     * {@code Retry-After} asks: the next {@link #await} or {@link #start} for that host, from any
     * agency, waits.
     */
    public void defer(String authority, Duration wait) {
        Host h = host(authority);
        synchronized (h) {
            long until = System.nanoTime() + wait.toNanos();
            if (!h.booked || until - h.nextStartNanos > 0) {
                h.booked = true;
                h.nextStartNanos = until;
            }
        }
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(Math.max(1, (nanos + 999_999) / 1_000_000));
    }
}
