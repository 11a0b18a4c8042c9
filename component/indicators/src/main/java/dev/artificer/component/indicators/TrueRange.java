package dev.artificer.component.indicators;

/**
 * True range (TA-Lib TRANGE): the largest of {@code high - low}, {@code |previous close - high|} and
 * {@code |previous close - low|}.
 *
 * <p>Lookback 1: the first bar has no previous close.
 */
public final class TrueRange implements ScalarIndicator {

    private boolean started;
    private double previousClose;
    private double value = Double.NaN;

    /** A streaming true range. */
    public TrueRange() {
        // no parameters
    }

    /**
     * The number of leading NaN outputs.
     *
     * @return 1
     */
    public static int lookback() {
        return 1;
    }

    /**
     * Computes the true range of a whole series.
     *
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, out);
        return out;
    }

    /**
     * Computes the true range of a whole series into {@code out}.
     *
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @param out   receives the true range at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, double[] out) {
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = run(high, low, close, i, n, out) + 1;
        }
    }

    private static int run(double[] high, double[] low, double[] close, int from, int n, double[] out) {
        if (Gaps.isGap(high[from], low[from], close[from])) {
            out[from] = Double.NaN;
            return from;
        }
        out[from] = Double.NaN;
        for (int i = from + 1; i < n; i++) {
            if (Gaps.isGap(high[i], low[i], close[i])) {
                out[i] = Double.NaN;
                return i;
            }
            out[i] = of(high[i], low[i], close[i - 1]);
        }
        return n;
    }

    /** TA-Lib's true range of one bar, in TA-Lib's order of comparisons. */
    static double of(double high, double low, double previousClose) {
        double greatest = high - low;
        double toHigh = Math.abs(previousClose - high);
        if (toHigh > greatest) {
            greatest = toHigh;
        }
        double toLow = Math.abs(previousClose - low);
        if (toLow > greatest) {
            greatest = toLow;
        }
        return greatest;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the true range, NaN for the first bar and at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        value = started ? of(high, low, previousClose) : Double.NaN;
        started = true;
        previousClose = close;
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
        started = false;
        value = Double.NaN;
    }
}
