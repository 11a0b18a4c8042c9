package dev.artificer.component.indicators;

/**
 * Directional movement index (TA-Lib DX): {@code 100 * abs(+DI - -DI) / (+DI + -DI)}.
 *
 * <p>Lookback {@code period}. As in TA-Lib, a bar with no range or no directional movement repeats the previous DX (0 on the first bar). Wilder smoothings and zero tests as in ADX.
 */
public final class Dx extends DirectionalIndicator {

    /**
     * A streaming DX.
     *
     * @param period the smoothing period, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Dx(int period) {
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
     * Computes the DX of a whole series.
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
     * Computes the DX of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Batch.highLowClose(new Dx(period)::update, high, low, close, out);
    }

    @Override
    double next(Directional state, double previous) {
        return state.hasIndex() ? state.index() : (Double.isNaN(previous) ? 0.0 : previous);
    }
}
