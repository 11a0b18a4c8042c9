package dev.artificer.component.indicators;

/**
 * Rate of change (TA-Lib ROC): the percent change over {@code period} bars, {@code (x / x[period bars ago] - 1) * 100}; 0 when the old value is 0.
 *
 * <p>Lookback {@code period}; TA-Lib's operations, bit for bit.
 */
public final class RateOfChange extends LagComparison {

    /**
     * A streaming ROC.
     *
     * @param period how many bars back to compare with, 1 to 100000 (10 is TA-Lib's default)
     * @throws IllegalArgumentException when the period is out of range
     */
    public RateOfChange(int period) {
        super(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period how many bars back to compare with, 1 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return checkPeriod(period);
    }

    /**
     * Computes the ROC of a whole series.
     *
     * @param values the input series
     * @param period how many bars back to compare with, 1 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the ROC of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period how many bars back to compare with, 1 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new RateOfChange(period), values, out);
    }

    @Override
    double compare(double x, double past) {
        return past != 0.0 ? ((x / past) - 1.0) * 100.0 : 0.0;
    }
}
