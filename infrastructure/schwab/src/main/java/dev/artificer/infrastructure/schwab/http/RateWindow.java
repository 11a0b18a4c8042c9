package dev.artificer.infrastructure.schwab.http;

import java.time.Duration;

/**
 * The log of recent sends behind a sliding-window rate limit: a permit is granted only while fewer than the limit
 * were granted in the last window, so no rolling window ever holds more. {@link SchwabHttp} keeps one in the process
 * by default; pass a shared one (e.g. a Redis sorted set) to hold the limit across every process of the Schwab
 * application. Implementations must be thread-safe and atomic: check and record are one step.
 */
@FunctionalInterface
public interface RateWindow {

    /**
     * Takes a permit if fewer than {@code limit} were taken within the last {@code window}.
     *
     * @param limit  permits per window, 1 or more
     * @param window the window's length
     * @return {@link Duration#ZERO} when the permit was taken; otherwise how long until the oldest permit leaves the
     *         window (positive), the earliest moment another attempt can succeed
     */
    Duration tryAcquire(int limit, Duration window);
}
