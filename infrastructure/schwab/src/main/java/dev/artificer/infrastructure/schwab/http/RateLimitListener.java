package dev.artificer.infrastructure.schwab.http;

import java.time.Duration;

/**
 * Hears about every wait for a client-side rate-limit permit (non-order or order), e.g. to record it as a metric.
 * Called on the waiting thread once the wait is over, whether a permit came or not; requests that got a permit at
 * once are not reported. Must be quick and must not throw.
 */
@FunctionalInterface
public interface RateLimitListener {

    /** A listener that ignores every wait. */
    RateLimitListener NONE = (request, waited, granted) -> { };

    /**
     * A request waited for a permit.
     *
     * @param request the request's method and path, see {@link SchwabHttp#describe}
     * @param waited  how long it waited
     * @param granted whether it got the permit (false: it gave up after the maximum wait)
     */
    void waited(String request, Duration waited, boolean granted);
}
