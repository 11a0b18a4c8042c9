package dev.artificer.component.indicators;

/**
 * Balance of power (TA-Lib BOP): {@code (close - open) / (high - low)} of each bar; 0 for a bar without
 * range.
 *
 * <p>Lookback 0. Deliberate difference from TA-Lib 0.4.0: TA-Lib outputs 0 whenever the range is below the
 * absolute {@code 1e-8}, which hides most bars of prices around 1e-6; here only a range of exactly 0 (or
 * less) gives 0.
 */
public final class BalanceOfPower implements ScalarIndicator {

    private double value = Double.NaN;

    /** A streaming balance of power. */
    public BalanceOfPower() {
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
     * Computes the balance of power of a whole series.
     *
     * @param open  opens
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] open, double[] high, double[] low, double[] close) {
        double[] out = new double[Check.length("open", open)];
        compute(open, high, low, close, out);
        return out;
    }

    /**
     * Computes the balance of power of a whole series into {@code out}.
     *
     * @param open  opens
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @param out   receives the values at the input's indices
     */
    public static void compute(double[] open, double[] high, double[] low, double[] close, double[] out) {
        int n = Check.inputs("open, high, low and close", open, high, low, close);
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = of(open[i], high[i], low[i], close[i]);
        }
    }

    private static double of(double open, double high, double low, double close) {
        if (Gaps.isGap(open, high, low, close)) {
            return Double.NaN;
        }
        double range = high - low;
        return range > 0 ? (close - open) / range : 0.0;
    }

    /**
     * Feeds the next bar.
     *
     * @param open  the bar's open
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the balance of power, NaN at a gap
     */
    public double update(double open, double high, double low, double close) {
        value = of(open, high, low, close);
        return value;
    }

    /**
     * Feeds the bar's open, high, low and close to {@link #update(double, double, double, double)}; the other
     * fields are not read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(open, high, low, close);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        value = Double.NaN;
    }
}
