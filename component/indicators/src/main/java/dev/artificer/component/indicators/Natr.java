package dev.artificer.component.indicators;

/**
 * Normalized average true range (TA-Lib NATR): {@code 100 * ATR / close}.
 *
 * <p>Lookback {@code period}; the ATR is {@link Atr}'s. A close of exactly 0 gives 0 (TA-Lib uses an
 * absolute {@code 1e-8} test there). TA-Lib 0.4.0 returns the plain, unnormalized true range for period 1;
 * this class normalizes for every period.
 */
public final class Natr implements ScalarIndicator {

    private final Atr atr;
    private double value = Double.NaN;

    /**
     * A streaming NATR.
     *
     * @param period the ATR period, 1 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Natr(int period) {
        this.atr = new Atr(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the ATR period, 1 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Atr.lookback(period);
    }

    /**
     * Computes the NATR of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the ATR period, 1 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the NATR of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the ATR period, 1 to 100000
     * @param out    receives the NATR at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Atr.compute(high, low, close, period, out);
        for (int i = 0; i < out.length && i < close.length; i++) {
            out[i] = of(out[i], close[i]);
        }
    }

    private static double of(double atr, double close) {
        return Double.isNaN(atr) ? Double.NaN : close != 0.0 ? (atr / close) * 100.0 : 0.0;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the NATR, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        value = of(atr.update(high, low, close), close);
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
        atr.reset();
        value = Double.NaN;
    }
}
