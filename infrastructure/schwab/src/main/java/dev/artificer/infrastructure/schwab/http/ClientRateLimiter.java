package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.failsafe.RateLimiter;
import java.time.Duration;

/** Hands out request permits, a fixed number per period (bursty), waiting a bounded time when none is left. */
final class ClientRateLimiter {

    private final RateLimiter<Object> limiter;
    private final Duration maxWait;
    private final String limit;

    ClientRateLimiter(int requestsPerPeriod, Duration period, Duration maxWait) {
        this.limiter = RateLimiter.burstyBuilder(requestsPerPeriod, period).build();
        this.maxWait = maxWait;
        this.limit = requestsPerPeriod + " requests per " + period;
    }

    /**
     * Takes one permit, waiting up to the maximum wait for the next period.
     *
     * @param what the request, for the message
     * @throws RateLimitedException     when no permit came in time
     * @throws SchwabTransportException when the thread was interrupted while waiting
     */
    void acquire(String what) {
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
