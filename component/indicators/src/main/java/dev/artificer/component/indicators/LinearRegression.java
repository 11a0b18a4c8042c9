package dev.artificer.component.indicators;

/**
 * Linear regression (TA-Lib LINEARREG): the value at the latest bar of the least-squares line through the
 * last {@code period} values.
 *
 * <p>Lookback {@code period - 1}. O(period) per bar, batch and streaming alike, as in TA-Lib (a running-sum
 * update would drift from TA-Lib's freshly summed windows); TA-Lib's operations, bit for bit.
 */
public final class LinearRegression extends RegressionIndicator {

    /**
     * A streaming LINEARREG.
     *
     * @param period the window length, 2 to 100000 (TA-Lib's default 14)
     * @throws IllegalArgumentException when the period is out of range
     */
    public LinearRegression(int period) {
        super(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 2 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return checkPeriod(period) - 1;
    }

    /**
     * Computes the LINEARREG of a whole series.
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
     * Computes the LINEARREG of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new LinearRegression(period), values, out);
    }

    @Override
    double read(Regression line) {
        return line.end();
    }
}
