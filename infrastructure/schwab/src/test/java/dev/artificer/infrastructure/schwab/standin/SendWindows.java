package dev.artificer.infrastructure.schwab.standin;

import java.time.Duration;
import java.util.List;

/** Counts sends the way an outside observer of a rate limit does: the most that fall in any rolling window. */
public final class SendWindows {

    private SendWindows() {
    }

    /**
     * The largest number of sends inside one half-open window {@code [t, t + window)}, over every {@code t}.
     *
     * @param sortedNanos send instants in ascending order, on {@link System#nanoTime()}'s scale
     * @param window      the window's length
     * @return the maximum count
     */
    public static int busiestWindow(List<Long> sortedNanos, Duration window) {
        long length = window.toNanos();
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < sortedNanos.size(); last++) {
            while (sortedNanos.get(last) - sortedNanos.get(first) >= length) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }
}
