package dev.artificer.component.indicators;

/**
 * Hull moving average: {@code WMA(2 * WMA(x, n / 2) - WMA(x, n), floor(sqrt(n)))}, a weighted average with
 * little lag (on a straight line it is the line itself).
 *
 * <p>Lookback {@code (n - 1) + (floor(sqrt(n)) - 1)}. The WMAs are {@link Wma}'s (a WMA of period 1 is the
 * value itself). Not a TA-Lib function.
 */
public final class Hma implements SeriesIndicator {

    private final SeriesIndicator half;
    private final SeriesIndicator full;
    private final SeriesIndicator smoothing;
    private double value = Double.NaN;

    /**
     * A streaming HMA.
     *
     * @param period the period n, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Hma(int period) {
        Check.period("period", period, 2);
        this.half = MovingAverageType.WMA.create(period / 2);
        this.full = MovingAverageType.WMA.create(period);
        this.smoothing = MovingAverageType.WMA.create(root(period));
    }

    private static int root(int period) {
        return (int) Math.floor(Math.sqrt(period));
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the period n, 2 to 100000
     * @return {@code (n - 1) + (floor(sqrt(n)) - 1)}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2) - 1 + root(period) - 1;
    }

    /**
     * Computes the HMA of a whole series.
     *
     * @param values the input series
     * @param period the period n, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the HMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the period n, 2 to 100000
     * @param out    receives the HMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Hma(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        double halfValue = half.update(x);
        double fullValue = full.update(x);
        if (Double.isNaN(fullValue)) {
            smoothing.reset();
            value = Double.NaN;
            return value;
        }
        value = smoothing.update(2.0 * halfValue - fullValue);
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
        half.reset();
        full.reset();
        smoothing.reset();
        value = Double.NaN;
    }
}
