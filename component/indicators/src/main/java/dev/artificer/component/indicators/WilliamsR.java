package dev.artificer.component.indicators;

/**
 * Williams' %R (TA-Lib WILLR): {@code -100 * (highest high - close) / (highest high - lowest low)} over
 * {@code period} bars, from -100 to 0.
 *
 * <p>Lookback {@code period - 1}; 0 for a flat window, as in TA-Lib, bit for bit. Streaming keeps the extremes
 * in monotonic queues; the batch form, for periods up to 32, tracks them as TA-Lib does and rescans the
 * window when one leaves it (faster there; see {@link TrackedExtreme}).
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
        double[] out = new double[Check.length("high", high)];
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
        if (!TrackedExtreme.isShort(Check.period("period", period, 2))) {
            Batch.highLowClose(new WilliamsR(period)::update, high, low, close, out);
            return;
        }
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = run(high, low, close, i, n, period, out) + 1;
        }
    }

    /** The short-window kernel ({@link TrackedExtreme#nextMax}) from {@code from} to the first gap; returns its index. */
    private static int run(double[] high, double[] low, double[] close, int from, int n, int period, double[] out) {
        int first = from + period - 1;
        int gap = Gaps.find(high, low, close, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double highest = high[TrackedExtreme.latestMax(high, from, first)];
        double lowest = low[TrackedExtreme.latestMin(low, from, first)];
        out[first] = of(scale(highest, lowest), highest, close[first]);
        for (int i = first + 1; i < n; i++) {
            double h = high[i];
            double l = low[i];
            double c = close[i];
            if (Gaps.isGap(h, l, c)) {
                out[i] = Double.NaN;
                return i;
            }
            int trailing = i - period + 1;
            highest = TrackedExtreme.nextMax(high, trailing, i, highest);
            lowest = TrackedExtreme.nextMin(low, trailing, i, lowest);
            out[i] = of(scale(highest, lowest), highest, c);
        }
        return n;
    }

    /** TA-Lib's divisor of %R: minus one percent of the window's range. */
    private static double scale(double highest, double lowest) {
        return (highest - lowest) / (-100.0);
    }

    /** TA-Lib's %R from its divisor and the window's highest high: 0 for a flat window. */
    private static double of(double diff, double highest, double close) {
        return diff != 0.0 ? (highest - close) / diff : 0.0;
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
            value = of(scale(highest.value(), lowest.value()), highest.value(), close);
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
