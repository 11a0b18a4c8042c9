package dev.artificer.component.indicators;

/**
 * Average directional movement rating (TA-Lib ADXR): the mean of today's ADX and the ADX of
 * {@code period - 1} bars ago.
 *
 * <p>Lookback {@code 3 * period - 2}.
 */
public final class Adxr implements ScalarIndicator {

    private final Adx adx;
    private final Window history;
    private double value = Double.NaN;

    /**
     * A streaming ADXR.
     *
     * @param period the ADX period, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Adxr(int period) {
        this.adx = new Adx(period);
        this.history = new Window(period - 1);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the ADX period, 2 to 100000
     * @return {@code 3 * period - 2}
     */
    public static int lookback(int period) {
        return Adx.lookback(period) + period - 1;
    }

    /**
     * Computes the ADXR of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the ADX period, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the ADXR of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the ADX period, 2 to 100000
     * @param out    receives the ADXR at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Batch.highLowClose(new Adxr(period)::update, high, low, close, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the ADXR, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        double current = adx.update(high, low, close);
        if (Double.isNaN(current)) {
            history.clear();
            value = Double.NaN;
            return value;
        }
        value = history.isFull() ? (current + history.oldest()) / 2.0 : Double.NaN;
        history.add(current);
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
        adx.reset();
        history.clear();
        value = Double.NaN;
    }
}
