package dev.artificer.component.indicators;

/**
 * Plus directional indicator (TA-Lib PLUS_DI): Wilder-smoothed +DM over the smoothed true range, in percent.
 *
 * <p>Lookback {@code period}. 0 when the smoothed true range is 0. Wilder smoothings and zero tests as in ADX.
 */
public final class PlusDi extends DirectionalIndicator {

    /**
     * A streaming PLUS_DI.
     *
     * @param period the smoothing period, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public PlusDi(int period) {
        super(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return checkPeriod(period);
    }

    /**
     * Computes the PLUS_DI of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the PLUS_DI of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Batch.highLowClose(new PlusDi(period)::update, high, low, close, out);
    }

    @Override
    double next(Directional state, double previous) {
        return state.plusIndicator();
    }
}
