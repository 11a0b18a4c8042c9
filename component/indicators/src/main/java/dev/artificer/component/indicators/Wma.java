package dev.artificer.component.indicators;

/**
 * Weighted moving average (TA-Lib WMA): weights 1 to {@code period}, the latest value weighing most.
 *
 * <p>Lookback {@code period - 1}; TA-Lib's running-sum operations, bit for bit.
 */
public final class Wma implements SeriesIndicator {

    private final int period;
    private final double divider;
    private final Window window;
    private double periodSum;
    private double periodSub;
    private double trailing;
    private double value = Double.NaN;

    /**
     * A streaming WMA.
     *
     * @param period the window length, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Wma(int period) {
        this.period = Check.period("period", period, 2);
        this.divider = (period * (period + 1)) >> 1;
        this.window = new Window(period - 1);
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
     * Computes the WMA of a whole series.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the WMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the WMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Wma(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (!window.isFull()) {
            periodSub += x;
            periodSum += x * (window.size() + 1);
            window.add(x);
            return value;
        }
        periodSub += x;
        periodSub -= trailing;
        periodSum += x * period;
        trailing = window.oldest();
        window.add(x);
        value = periodSum / divider;
        periodSum -= periodSub;
        return value;
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        window.clear();
        periodSum = 0;
        periodSub = 0;
        trailing = 0;
        value = Double.NaN;
    }
}
