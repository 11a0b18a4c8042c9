package dev.artificer.component.indicators;

/**
 * Average true range (TA-Lib ATR): Wilder's smoothing of the {@link TrueRange true range}, seeded with the
 * mean of the first {@code period} true ranges.
 *
 * <p>Lookback {@code period}; period 1 gives the true range itself. The smoothing
 * {@code (atr * (n - 1) + tr) / n} is evaluated as one fused multiply-add
 * {@code atr * ((n - 1) / n) + tr / n}, which agrees with TA-Lib to a few units in the last place.
 */
public final class Atr implements ScalarIndicator {

    private final int period;
    private final double keep;
    private final double inverse;
    private int count;
    private double previousClose;
    private double sum;
    private double value = Double.NaN;

    /**
     * A streaming ATR.
     *
     * @param period the smoothing period, 1 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Atr(int period) {
        this.period = Check.period("period", period, 1);
        this.keep = (period - 1) / (double) period;
        this.inverse = 1.0 / period;
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 1 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 1);
    }

    /**
     * Computes the ATR of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 1 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the ATR of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 1 to 100000
     * @param out    receives the ATR at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Check.period("period", period, 1);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = run(high, low, close, i, n, period, out) + 1;
        }
    }

    /** Kernel from {@code from} to the first gap; returns the gap index or {@code n}. */
    static int run(double[] high, double[] low, double[] close, int from, int n, int period, double[] out) {
        int first = from + period;
        int gap = Gaps.find(high, low, close, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double sum = 0;
        for (int i = from + 1; i <= first; i++) {
            sum += TrueRange.of(high[i], low[i], close[i - 1]);
        }
        double atr = sum / period;
        out[first] = atr;
        double keep = (period - 1) / (double) period;
        double inverse = 1.0 / period;
        for (int i = first + 1; i < n; i++) {
            double h = high[i];
            double l = low[i];
            double c = close[i];
            if (Gaps.isGap(h, l, c)) {
                out[i] = Double.NaN;
                return i;
            }
            atr = Math.fma(atr, keep, TrueRange.of(h, l, close[i - 1]) * inverse);
            out[i] = atr;
        }
        return n;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the ATR, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        if (count == 0) {
            previousClose = close;
            count = 1;
            return value;
        }
        double range = TrueRange.of(high, low, previousClose);
        previousClose = close;
        if (count <= period) {
            sum += range;
            if (++count > period) {
                value = sum / period;
            }
            return value;
        }
        value = Math.fma(value, keep, range * inverse);
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
        count = 0;
        sum = 0;
        value = Double.NaN;
    }
}
