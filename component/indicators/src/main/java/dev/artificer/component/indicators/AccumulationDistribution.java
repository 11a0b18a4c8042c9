package dev.artificer.component.indicators;

/**
 * Chaikin accumulation/distribution line (TA-Lib AD): the running total of
 * {@code ((close - low) - (high - close)) / (high - low) * volume}; bars without range add nothing.
 *
 * <p>Lookback 0. After a gap the total starts again from 0.
 */
public final class AccumulationDistribution implements ScalarIndicator {

    private boolean started;
    private double value = Double.NaN;

    /** A streaming A/D line. */
    public AccumulationDistribution() {
        // no parameters
    }

    /**
     * The number of leading NaN outputs.
     *
     * @return 0
     */
    public static int lookback() {
        return 0;
    }

    /**
     * Computes the A/D line of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, volume, out);
        return out;
    }

    /**
     * Computes the A/D line of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param out    receives the A/D line at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, double[] out) {
        Batch.highLowCloseVolume(new AccumulationDistribution()::update, high, low, close, volume, out);
    }

    /** TA-Lib's money flow volume of one bar: 0 when the bar has no range. */
    static double flow(double high, double low, double close, double volume) {
        double range = high - low;
        return range > 0.0 ? (((close - low) - (high - close)) / range) * volume : 0.0;
    }

    /**
     * Feeds the next bar.
     *
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the A/D line, NaN at a gap
     */
    public double update(double high, double low, double close, double volume) {
        if (Gaps.isGap(high, low, close, volume)) {
            reset();
            return value;
        }
        double range = high - low;
        if (!started) {
            started = true;
            value = 0.0;
        }
        if (range > 0.0) {
            value += flow(high, low, close, volume);
        }
        return value;
    }

    /**
     * Feeds the bar's high, low, close and volume to {@link #update(double, double, double, double)}; the other
     * fields are not read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        started = false;
        value = Double.NaN;
    }
}
