package dev.artificer.component.indicators;

/**
 * Population variance over a rolling window (TA-Lib VAR): {@code E[x^2] - E[x]^2} from running sums, as in
 * TA-Lib.
 *
 * <p>Lookback {@code period - 1}. That formula cancels digits: on a flat window it leaves rounding noise
 * (possibly negative) of the size of a few units in the last place of {@code E[x^2]}. This class reports
 * such noise as 0: a variance at or below {@code 1e-13 * E[x^2]} is 0. TA-Lib's VAR returns the noise, and
 * its STDDEV/BBANDS instead zero every variance below the absolute {@code 1e-8}, which wipes out the
 * deviation of prices below about 1e-3 (see {@link StandardDeviation}).
 */
public final class Variance implements SeriesIndicator {

    /** Variances at or below this fraction of the mean square are rounding noise. */
    static final double NOISE = 1e-13;

    private final int period;
    private final Window window;
    private double sum;
    private double sumOfSquares;
    private double value = Double.NaN;

    /**
     * A streaming variance.
     *
     * @param period the window length, 1 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Variance(int period) {
        this.period = Check.period("period", period, 1);
        this.window = new Window(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 1 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 1) - 1;
    }

    /**
     * Computes the variance of a whole series.
     *
     * @param values the input series
     * @param period the window length, 1 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the variance of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 1 to 100000
     * @param out    receives the variance at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Variance(period), values, out);
    }

    /** {@code meanOfSquares - mean^2}, or 0 when that is rounding noise. */
    static double of(double meanOfSquares, double mean) {
        double variance = meanOfSquares - mean * mean;
        return variance > NOISE * meanOfSquares ? variance : 0.0;
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        window.add(x);
        sum += x;
        sumOfSquares += x * x;
        if (window.size() < period) {
            return value;
        }
        double mean = sum / period;
        double meanOfSquares = sumOfSquares / period;
        double leaving = window.oldest();
        sum -= leaving;
        sumOfSquares -= leaving * leaving;
        value = of(meanOfSquares, mean);
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
        sum = 0;
        sumOfSquares = 0;
        value = Double.NaN;
    }
}
