package dev.artificer.component.indicators;

/**
 * Momentum (TA-Lib MOM): the change over {@code period} bars, {@code x - x[period bars ago]}.
 *
 * <p>Lookback {@code period}; TA-Lib's operations, bit for bit.
 */
public final class Momentum extends LagComparison {

    /**
     * A streaming MOM.
     *
     * @param period how many bars back to compare with, 1 to 100000 (10 is TA-Lib's default)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Momentum(int period) {
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
     * Computes the MOM of a whole series.
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
     * Computes the MOM of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period how many bars back to compare with, 1 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Momentum(period), values, out);
    }

    @Override
    double compare(double x, double past) {
        return x - past;
    }
}
