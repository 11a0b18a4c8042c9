package dev.artificer.component.indicators;

/**
 * Williams' %R (TA-Lib WILLR): {@code -100 * (highest high - close) / (highest high - lowest low)} over
 * {@code period} bars, from -100 to 0.
 *
 * <p>Lookback {@code period - 1}; 0 for a flat window, as in TA-Lib, bit for bit.
 */
public final class WilliamsR implements ScalarIndicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private double value = Double.NaN;

    /**
     * A streaming %R.
     *
     * @param period the window length, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public WilliamsR(int period) {
        Check.period("period", period, 2);
        this.highest = new RollingExtreme(period, true);
        this.lowest = new RollingExtreme(period, false);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 2 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2) - 1;
    }

    /**
     * Computes %R of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the window length, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[high.length];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes %R of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the window length, 2 to 100000
     * @param out    receives %R at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Batch.highLowClose(new WilliamsR(period)::update, high, low, close, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return %R, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        highest.add(high);
        lowest.add(low);
        if (highest.isFull()) {
            double diff = (highest.value() - lowest.value()) / (-100.0);
            value = diff != 0.0 ? (highest.value() - close) / diff : 0.0;
        }
        return value;
    }

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        highest.clear();
        lowest.clear();
        value = Double.NaN;
    }
}
