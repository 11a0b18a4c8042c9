package dev.artificer.component.indicators;

/**
 * Midpoint over a window (TA-Lib MIDPOINT): {@code (highest + lowest) / 2} of the last {@code period}
 * values.
 *
 * <p>Lookback {@code period - 1}.
 */
public final class MidPoint implements SeriesIndicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private double value = Double.NaN;

    /**
     * A streaming midpoint.
     *
     * @param period the window length, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public MidPoint(int period) {
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
     * Computes the midpoint of a whole series.
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
     * Computes the midpoint of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the midpoint at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new MidPoint(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        highest.add(x);
        lowest.add(x);
        value = highest.isFull() ? (highest.value() + lowest.value()) / 2.0 : Double.NaN;
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
        highest.clear();
        lowest.clear();
        value = Double.NaN;
    }
}
