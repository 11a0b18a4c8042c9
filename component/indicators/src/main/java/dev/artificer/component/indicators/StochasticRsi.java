package dev.artificer.component.indicators;

/**
 * Stochastic RSI (TA-Lib STOCHRSI): the fast stochastic of the RSI, with the RSI as high, low and close.
 *
 * <p>Outputs, in order: fast %K (0), fast %D (1); both start at lookback
 * {@code period + (fastK - 1) + lookback(fastD)}. The RSI repeats TA-Lib's smoothing operations exactly (the
 * stochastic of RSI values amplifies their last-place differences), with {@link Rsi}'s zero test, so it is
 * not collapsed to 0 on prices around 1e-6 as TA-Lib 0.4.0 is. One more deliberate difference: a bar without
 * change keeps the RSI value unchanged (its exact value: both averages shrink by the same factor), so in a
 * flat run the %K window holds equal values and %K is 0 (a window without range) once the window is all
 * flat bars. TA-Lib's RSI there differs by rounding noise from bar to bar, which its %K amplifies to
 * anywhere in [0, 100] (even slightly above 100), until about 250 flat bars at period 14 and prices around
 * 100, where its absolute {@code 1e-8} zero test turns the RSI, and so %K, into 0.
 */
public final class StochasticRsi implements SeriesIndicator {

    private final Rsi rsi;
    private final StochasticFast stochastic;

    /**
     * A streaming stochastic RSI.
     *
     * @param period    the RSI period, 2 to 100000 (TA-Lib's default 14)
     * @param fastK     the %K window over RSI values, 1 to 100000 (default 5)
     * @param fastD     the %D period, 1 to 100000 (default 3)
     * @param fastDType the %D average (default SMA)
     * @throws IllegalArgumentException when a period is out of range
     */
    public StochasticRsi(int period, int fastK, int fastD, MovingAverageType fastDType) {
        this.rsi = new Rsi(period, true);
        this.stochastic = new StochasticFast(fastK, fastD, fastDType);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period    the RSI period
     * @param fastK     the %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @return the total lookback
     */
    public static int lookback(int period, int fastK, int fastD, MovingAverageType fastDType) {
        return Rsi.lookback(period) + StochasticFast.lookback(fastK, fastD, fastDType);
    }

    /**
     * Computes the stochastic RSI of a whole series.
     *
     * @param values    the input series, usually closes
     * @param period    the RSI period
     * @param fastK     the %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @return new arrays aligned with {@code values}
     */
    public static StochasticLines compute(double[] values, int period, int fastK, int fastD,
                                          MovingAverageType fastDType) {
        StochasticLines lines = StochasticLines.ofLength(Check.length("values", values));
        compute(values, period, fastK, fastD, fastDType, lines.k(), lines.d());
        return lines;
    }

    /**
     * Computes the stochastic RSI of a whole series into caller-supplied arrays.
     *
     * @param values    the input series, usually closes
     * @param period    the RSI period
     * @param fastK     the %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @param outK      receives fast %K
     * @param outD      receives fast %D
     */
    public static void compute(double[] values, int period, int fastK, int fastD, MovingAverageType fastDType,
                               double[] outK, double[] outD) {
        StochasticRsi stochasticRsi = new StochasticRsi(period, fastK, fastD, fastDType);
        int n = Check.inputs("values", values);
        Check.output("outK", outK, n);
        Check.output("outD", outD, n);
        for (int i = 0; i < n; i++) {
            outK[i] = stochasticRsi.update(values[i]);
            outD[i] = stochasticRsi.d();
        }
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        double value = rsi.update(x);
        if (Double.isNaN(value)) {
            stochastic.reset();
            return Double.NaN;
        }
        return stochastic.update(value, value, value);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return stochastic.k();
    }

    /**
     * The current fast %D.
     *
     * @return fast %D, NaN during warm-up or at a gap
     */
    public double d() {
        return stochastic.d();
    }

    /** Outputs: 0 fast %K, 1 fast %D. */
    @Override
    public double value(int output) {
        return stochastic.value(output);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        rsi.reset();
        stochastic.reset();
    }
}
