package dev.artificer.component.indicators;

/**
 * Fast stochastic oscillator (TA-Lib STOCHF): raw %K over {@code fastK} bars and %D, its moving average.
 *
 * <p>Outputs, in order: fast %K (0), fast %D (1); both start at lookback
 * {@code (fastK - 1) + lookback(fastD)} of the %D average type, as in TA-Lib. TA-Lib's operations, bit for
 * bit.
 */
public final class StochasticFast extends KdLines implements Indicator {

    private final RawStochastic raw;
    private final SeriesIndicator fastD;

    /**
     * A streaming fast stochastic.
     *
     * @param fastK     the raw %K window, 1 to 100000 (TA-Lib's default 5)
     * @param fastD     the %D period, 1 to 100000 (default 3)
     * @param fastDType the %D average (default SMA)
     * @throws IllegalArgumentException when a period is out of range
     */
    public StochasticFast(int fastK, int fastD, MovingAverageType fastDType) {
        this.raw = new RawStochastic(Check.period("fastK", fastK, 1));
        this.fastD = fastDType.create(Check.period("fastD", fastD, 1));
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param fastK     the raw %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @return the total lookback
     */
    public static int lookback(int fastK, int fastD, MovingAverageType fastDType) {
        return Check.period("fastK", fastK, 1) - 1 + fastDType.lookback(Check.period("fastD", fastD, 1));
    }

    /**
     * Computes the fast stochastic of a whole series.
     *
     * @param high      highs
     * @param low       lows
     * @param close     closes
     * @param fastK     the raw %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @return new arrays aligned with the inputs
     */
    public static StochasticLines compute(double[] high, double[] low, double[] close, int fastK, int fastD,
                                          MovingAverageType fastDType) {
        StochasticLines lines = StochasticLines.ofLength(Check.length("high", high));
        compute(high, low, close, fastK, fastD, fastDType, lines.k(), lines.d());
        return lines;
    }

    /**
     * Computes the fast stochastic of a whole series into caller-supplied arrays.
     *
     * @param high      highs
     * @param low       lows
     * @param close     closes
     * @param fastK     the raw %K window
     * @param fastD     the %D period
     * @param fastDType the %D average
     * @param outK      receives fast %K
     * @param outD      receives fast %D
     */
    public static void compute(double[] high, double[] low, double[] close, int fastK, int fastD,
                               MovingAverageType fastDType, double[] outK, double[] outD) {
        StochasticFast stochastic = new StochasticFast(fastK, fastD, fastDType);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("outK", outK, n);
        Check.output("outD", outD, n);
        for (int i = 0; i < n; i++) {
            stochastic.update(high[i], low[i], close[i]);
            outK[i] = stochastic.k();
            outD[i] = stochastic.d();
        }
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return fast %K, NaN during warm-up or at a gap
     */
    @Override
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return k();
        }
        double rawK = raw.update(high, low, close);
        double average = Double.isNaN(rawK) ? Double.NaN : fastD.update(rawK);
        return publish(Double.isNaN(average) ? Double.NaN : rawK, average);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        raw.clear();
        fastD.reset();
        publish(Double.NaN, Double.NaN);
    }
}
