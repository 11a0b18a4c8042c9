package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import java.time.Duration;

/**
 * Hands out request permits under a sliding window: at most a number of permits in any rolling period, counted in a
 * {@link RateWindow}. A caller without a permit sleeps until the oldest permit leaves the window, but gives up at
 * once when that is beyond its maximum wait. A limit of 0 permits refuses every request at once. Waits are reported
 * to the {@link RateLimitListener}.
 */
final class ClientRateLimiter {

    private final RateWindow window;
    private final int permits;
    private final Duration period;
    private final Duration maxWait;
    private final String limit;
    private final RateLimitListener listener;

    /**
     * Creates the limiter.
     *
     * @param window            where granted permits are counted
     * @param requestsPerPeriod permits per rolling period, 0 for none
     * @param period            the period
     * @param maxWait           how long a caller may wait for a permit
     * @param unit              what is counted, for messages, e.g. {@code order requests of an account}
     * @param listener          hears about every wait
     */
    ClientRateLimiter(RateWindow window, int requestsPerPeriod, Duration period, Duration maxWait, String unit,
                      RateLimitListener listener) {
        this.window = window;
        this.permits = requestsPerPeriod;
        this.period = period;
        this.maxWait = maxWait;
        this.limit = requestsPerPeriod + " " + unit + " per " + period;
        this.listener = listener;
    }

    /**
     * Takes one permit, waiting up to the maximum wait for the oldest permit to leave the window.
     *
     * @param what the request, for the message
     * @throws RateLimitedException     when no permit came in time, or the limit is 0
     * @throws SchwabTransportException when the thread was interrupted while waiting
     */
    void acquire(String what) {
        if (permits == 0) {
            throw new RateLimitedException(what + ": refused by the client-side rate limit of " + limit);
        }
        long started = System.nanoTime();
        boolean slept = false;
        try {
            while (true) {
                Duration untilFree = window.tryAcquire(permits, period);
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (!untilFree.isPositive()) {
                    report(what, slept, waited, true);
                    return;
                }
                if (untilFree.compareTo(maxWait.minus(waited)) > 0) {
                    report(what, slept, waited, false);
                    throw new RateLimitedException(what + ": no permit within " + maxWait
                            + " from the client-side rate limit of " + limit);
                }
                Thread.sleep(untilFree);
                slept = true;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            report(what, slept, Duration.ofNanos(System.nanoTime() - started), false);
            throw new SchwabTransportException(what + ": interrupted while waiting for a rate-limit permit", interrupted);
        }
    }

    private void report(String what, boolean slept, Duration waited, boolean granted) {
        if (slept) {
            listener.waited(what, waited, granted);
        }
    }
}
