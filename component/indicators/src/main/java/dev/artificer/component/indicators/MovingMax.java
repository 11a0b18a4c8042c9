package dev.artificer.component.indicators;

/**
 * Highest value over a rolling window (TA-Lib MAX).
 *
 * <p>Lookback {@code period - 1}. Streaming is amortized O(1) per bar with a monotonic queue; the batch form
 * does the same for periods above 32 and, for shorter ones, TA-Lib's tracking of the extreme with a rescan of
 * the window when it leaves (faster there; see {@link TrackedExtreme}). Extremes are exact, so the values
 * equal TA-Lib's.
 */
public final class MovingMax extends WindowExtreme {

    /**
     * A streaming MAX.
     *
     * @param period the window length, 2 to 100000 (TA-Lib's default 30)
     * @throws IllegalArgumentException when the period is out of range
     */
    public MovingMax(int period) {
        super(period, true);
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
     * Computes the MAX of a whole series.
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
     * Computes the MAX of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        compute(values, checkPeriod(period), true, out, new MovingMax(period));
    }
}
