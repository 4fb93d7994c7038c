package vn.portalassessor.crawl.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The politeness clock of one host: request starts at least the delay apart however long the
 * answers take, at most the host's connections in flight, and the run's cap taken only to start.
 */
class HostThrottleTest {

    private final HostThrottle throttle = new HostThrottle();

    /** Starts {@code requests} requests from {@code threads} threads, each held for {@code hold}; start times in order. */
    private List<Long> startAll(String host, Duration delay, int perHost, Semaphore run, int threads, int requests,
                                java.util.function.IntFunction<Duration> hold, AtomicInteger peak) throws Exception {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    int n;
                    while ((n = next.getAndIncrement()) < requests) {
                        try (HostThrottle.Permit p = throttle.start(host, delay, perHost, run)) {
                            starts.add(System.nanoTime());
                            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                            Thread.sleep(hold.apply(n).toMillis());
                            inFlight.decrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        return sorted;
    }

    @Test
    void startsStayTheDelayApartWhileASlowAnswerHoldsOneOfTwoConnections() throws Exception {
        Duration delay = Duration.ofMillis(100);
        AtomicInteger peak = new AtomicInteger();
        long begin = System.nanoTime();
        // the first request takes 1.5 s; the other 9 take 10 ms
        List<Long> starts = startAll("sotuphap.example.gov.vn:443", delay, 2, new Semaphore(64), 4, 10,
                n -> n == 0 ? Duration.ofMillis(1500) : Duration.ofMillis(10), peak);

        assertThat(starts).hasSize(10);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1))).as("gap before start " + i)
                    .isGreaterThanOrEqualTo(delay);
        }
        assertThat(peak.get()).as("in flight at once").isEqualTo(2);
        // one connection at a time would need 1.5 s + 9 × 100 ms; the second connection goes on meanwhile
        assertThat(Duration.ofNanos(starts.get(9) - begin)).as("the tenth start").isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void theRunsCapIsHeldOnlyWhileARequestIsInFlight() throws Exception {
        Semaphore run = new Semaphore(1);
        AtomicInteger peak = new AtomicInteger();
        // a host waiting out its 300 ms delay must not keep the only connection from the other host
        Thread slowHost = new Thread(() -> {
            try {
                startAll("chinhphu.example.vn:443", Duration.ofMillis(300), 2, run, 1, 3, n -> Duration.ZERO, new AtomicInteger());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slowHost.start();
        long begin = System.nanoTime();
        List<Long> other = startAll("dichvucong.example.vn:443", Duration.ZERO, 2, run, 2, 20, n -> Duration.ofMillis(5), peak);
        slowHost.join();

        assertThat(other).hasSize(20);
        assertThat(peak.get()).as("the cap of one").isEqualTo(1);
        assertThat(Duration.ofNanos(other.get(19) - begin)).as("20 × 5 ms requests beside a host at 300 ms")
                .isLessThan(Duration.ofMillis(500));
        assertThat(run.availablePermits()).as("every permit given back").isEqualTo(1);
    }
}
