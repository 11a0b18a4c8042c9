package dev.artificer.component.indicators;

/**
 * Population standard deviation over a rolling window times a factor (TA-Lib STDDEV):
 * {@code sqrt(VAR) * deviations}.
 *
 * <p>Lookback {@code period - 1}. Deliberate difference from TA-Lib 0.4.0: TA-Lib outputs 0 whenever the
 * variance is below the absolute {@code 1e-8}, so for prices below about 1e-3 (low-priced coins, tokens)
 * its deviation is always 0. Here only variances that are rounding noise relative to the prices are 0 (see
 * {@link Variance}); at ordinary prices both agree.
 */
public final class StandardDeviation implements SeriesIndicator {

    private final Variance variance;
    private final double deviations;
    private double value = Double.NaN;

    /**
     * A streaming standard deviation.
     *
     * @param period     the window length, 2 to 100000
     * @param deviations the factor applied, between -3e37 and 3e37 (1 for the plain deviation)
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public StandardDeviation(int period, double deviations) {
        this.variance = new Variance(Check.period("period", period, 2));
        this.deviations = Check.real("deviations", deviations, -3e37, 3e37);
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
     * Computes the standard deviation of a whole series.
     *
     * @param values     the input series
     * @param period     the window length, 2 to 100000
     * @param deviations the factor applied
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period, double deviations) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, deviations, out);
        return out;
    }

    /**
     * Computes the standard deviation of a whole series into {@code out}.
     *
     * @param values     the input series
     * @param period     the window length, 2 to 100000
     * @param deviations the factor applied
     * @param out        receives the deviation at the input's indices
     */
    public static void compute(double[] values, int period, double deviations, double[] out) {
        Batch.series(new StandardDeviation(period, deviations), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        double v = variance.update(x);
        value = Double.isNaN(v) ? Double.NaN : Math.sqrt(v) * deviations;
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
        variance.reset();
        value = Double.NaN;
    }
}
