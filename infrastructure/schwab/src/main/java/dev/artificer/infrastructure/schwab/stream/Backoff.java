package dev.artificer.infrastructure.schwab.stream;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Jittered exponential delays between reconnect attempts: the n-th delay is {@code min(max, initial * 2^n)},
 * spread by plus or minus the jitter share. Reset after a successful login. Not thread-safe.
 */
final class Backoff {

    private final long initialNanos;
    private final long maxNanos;
    private final double jitter;
    private final DoubleSupplier random;
    private int attempts;

    /**
     * Creates the backoff.
     *
     * @param initial the first delay
     * @param max     the longest delay before jitter
     * @param jitter  the spread, 0 to below 1
     * @param random  uniform numbers in [0, 1)
     */
    Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * The delay before the next attempt; counts the attempt.
     *
     * @return the delay
     */
    Duration next() {
        double base = Math.min((double) maxNanos, initialNanos * Math.pow(2, Math.min(attempts, 62)));
        attempts++;
        return Duration.ofNanos((long) (base * (1 + jitter * (2 * random.getAsDouble() - 1))));
    }

    /**
     * How many delays were handed out since the last reset.
     *
     * @return the count
     */
    int attempts() {
        return attempts;
    }

    /** Starts over from the initial delay. */
    void reset() {
        attempts = 0;
    }
}
