package dev.artificer.infrastructure.schwab.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * A {@link RateWindow} inside this process: the instants of the permits granted within the last window, oldest
 * first. A permit granted at {@code t} counts until {@code t + window}.
 */
final class LocalRateWindow implements RateWindow {

    private final Deque<Long> granted = new ArrayDeque<>();
    private final LongSupplier nanoTime;

    /** Creates a window on {@link System#nanoTime()}. */
    LocalRateWindow() {
        this(System::nanoTime);
    }

    /**
     * Creates a window on a caller's ticker, e.g. a simulated one in tests.
     *
     * @param nanoTime monotonic time in nanoseconds
     */
    LocalRateWindow(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized Duration tryAcquire(int limit, Duration window) {
        long now = nanoTime.getAsLong();
        long length = window.toNanos();
        while (!granted.isEmpty() && now - granted.peekFirst() >= length) {
            granted.pollFirst();
        }
        if (granted.size() < limit) {
            granted.addLast(now);
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1, granted.peekFirst() + length - now));
    }
}
