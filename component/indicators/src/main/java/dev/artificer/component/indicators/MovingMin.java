package dev.artificer.component.indicators;

/**
 * Lowest value over a rolling window (TA-Lib MIN).
 *
 * <p>Lookback {@code period - 1}; amortized O(1) per bar with a monotonic queue (TA-Lib rescans the window
 * when its extreme leaves it). Extremes are exact, so the values equal TA-Lib's.
 */
public final class MovingMin implements SeriesIndicator {

    private final RollingExtreme extreme;
    private double value = Double.NaN;

    /**
     * A streaming MIN.
     *
     * @param period the window length, 2 to 100000 (TA-Lib's default 30)
     * @throws IllegalArgumentException when the period is out of range
     */
    public MovingMin(int period) {
        this.extreme = new RollingExtreme(Check.period("period", period, 2), false);
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
     * Computes the MIN of a whole series.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[values.length];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the MIN of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new MovingMin(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        extreme.add(x);
        value = extreme.isFull() ? extreme.value() : Double.NaN;
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
        extreme.clear();
        value = Double.NaN;
    }
}
