package dev.artificer.component.indicators;

/**
 * A streaming single-output indicator of one input series, usually the close.
 *
 * <p>Fed through the bar-level {@link #update(long, double, double, double, double, double)}, it reads the
 * close.
 */
public interface SeriesIndicator extends ScalarIndicator {

    /**
     * Feeds the next value of the series.
     *
     * @param value the next input value
     * @return the output after this value, NaN during warm-up or at a gap
     */
    double update(double value);

    /** Feeds the bar's close to {@link #update(double)}. */
    @Override
    default void update(long time, double open, double high, double low, double close, double volume) {
        update(close);
    }
}
