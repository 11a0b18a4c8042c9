package dev.artificer.component.indicators;

/**
 * Midpoint price over a window (TA-Lib MIDPRICE): {@code (highest high + lowest low) / 2} of the last
 * {@code period} bars.
 *
 * <p>Lookback {@code period - 1}.
 */
public final class MidPrice implements ScalarIndicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private double value = Double.NaN;

    /**
     * A streaming midpoint price.
     *
     * @param period the window length, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public MidPrice(int period) {
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
     * Computes the midpoint price of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param period the window length, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, period, out);
        return out;
    }

    /**
     * Computes the midpoint price of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param period the window length, 2 to 100000
     * @param out    receives the midpoint price at the input's indices
     */
    public static void compute(double[] high, double[] low, int period, double[] out) {
        Batch.highLow(new MidPrice(period)::update, high, low, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high the bar's high
     * @param low  the bar's low
     * @return the midpoint price, NaN during warm-up or at a gap
     */
    public double update(double high, double low) {
        if (Gaps.isGap(high, low)) {
            reset();
            return value;
        }
        highest.add(high);
        lowest.add(low);
        value = highest.isFull() ? (highest.value() + lowest.value()) / 2.0 : Double.NaN;
        return value;
    }

    /** Feeds the bar's high and low to {@link #update(double, double)}; the other fields are not read. */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low);
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
