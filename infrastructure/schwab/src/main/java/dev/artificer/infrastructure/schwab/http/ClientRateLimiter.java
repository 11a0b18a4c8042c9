package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.failsafe.RateLimiter;
import java.time.Duration;

/**
 * Hands out request permits, a fixed number per period (bursty), waiting a bounded time when none is left. A limit
 * of 0 permits refuses every request at once.
 */
final class ClientRateLimiter {

    private final RateLimiter<Object> limiter;
    private final Duration maxWait;
    private final String limit;

    ClientRateLimiter(int requestsPerPeriod, Duration period, Duration maxWait) {
        this(requestsPerPeriod, period, maxWait, "requests");
    }

    /**
     * Creates the limiter.
     *
     * @param requestsPerPeriod permits per period, 0 for none
     * @param period            the period
     * @param maxWait           how long a caller may wait for a permit
     * @param unit              what is counted, for messages, e.g. {@code order requests for this account}
     */
    ClientRateLimiter(int requestsPerPeriod, Duration period, Duration maxWait, String unit) {
        this.limiter = requestsPerPeriod == 0 ? null : RateLimiter.burstyBuilder(requestsPerPeriod, period).build();
        this.maxWait = maxWait;
        this.limit = requestsPerPeriod + " " + unit + " per " + period;
    }

    /**
     * Takes one permit, waiting up to the maximum wait for the next period.
     *
     * @param what the request, for the message
     * @throws RateLimitedException     when no permit came in time, or the limit is 0
     * @throws SchwabTransportException when the thread was interrupted while waiting
     */
    void acquire(String what) {
        if (limiter == null) {
            throw new RateLimitedException(what + ": refused by the client-side rate limit of " + limit);
        }
        try {
            if (!limiter.tryAcquirePermit(maxWait)) {
                throw new RateLimitedException(what + ": no permit within " + maxWait
                        + " from the client-side rate limit of " + limit);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SchwabTransportException(what + ": interrupted while waiting for a rate-limit permit", interrupted);
        }
    }
}
