package dev.artificer.component.indicators;

/**
 * A streaming indicator: fed one bar at a time, it keeps only the state its formula needs.
 *
 * <p>{@link #update(long, double, double, double, double, double)} is O(1) (documented exceptions: CCI and
 * the linear regressions, which are O(period) as in TA-Lib) and allocates nothing after construction.
 * Feeding the bars of a series one by one gives exactly the values of the batch {@code compute} of the
 * same class. A bar with a NaN or infinite value in an input the indicator reads is a gap: it outputs NaN
 * and restarts the warm-up (see the package documentation).
 *
 * <p>Instances are not thread-safe: each strategy or series owns its own.
 */
public interface Indicator {

    /**
     * Feeds the next bar; each indicator reads only the fields it needs (most read the close).
     *
     * @param time   the bar's start in epoch milliseconds (only session-anchored indicators read it)
     * @param open   opening price
     * @param high   highest price
     * @param low    lowest price
     * @param close  closing price
     * @param volume traded volume
     */
    void update(long time, double open, double high, double low, double close, double volume);

    /**
     * Whether the warm-up is over, so that {@link #value(int)} returns numbers rather than NaN.
     *
     * @return true once the latest bar produced a value
     */
    boolean isReady();

    /**
     * The current value of one output.
     *
     * @param output the output's index, 0 for the primary one (see each class for the order)
     * @return the value after the latest bar, NaN before the warm-up is over or at a gap
     * @throws IllegalArgumentException when the index is not one of this indicator's outputs
     */
    double value(int output);

    /** Forgets every bar seen so far, as if newly constructed. */
    void reset();
}
