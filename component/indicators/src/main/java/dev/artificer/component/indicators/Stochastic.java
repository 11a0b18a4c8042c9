package dev.artificer.component.indicators;

/**
 * Slow stochastic oscillator (TA-Lib STOCH): raw %K over {@code fastK} bars, smoothed into slow %K, and
 * slow %D, a moving average of slow %K.
 *
 * <p>Outputs, in order: slow %K (0), slow %D (1); both start at lookback
 * {@code (fastK - 1) + lookback(slowK) + lookback(slowD)} of the moving-average types. With the default
 * SMA smoothing one pass computes everything. TA-Lib's operations, bit for bit.
 */
public final class Stochastic extends KdLines implements Indicator {

    private final RawStochastic raw;
    private final SeriesIndicator slowK;
    private final SeriesIndicator slowD;

    /**
     * A streaming slow stochastic.
     *
     * @param fastK     the raw %K window, 1 to 100000 (TA-Lib's default 5)
     * @param slowK     the %K smoothing period, 1 to 100000 (default 3)
     * @param slowKType the %K smoothing average (default SMA)
     * @param slowD     the %D period, 1 to 100000 (default 3)
     * @param slowDType the %D average (default SMA)
     * @throws IllegalArgumentException when a period is out of range
     */
    public Stochastic(int fastK, int slowK, MovingAverageType slowKType, int slowD, MovingAverageType slowDType) {
        this.raw = new RawStochastic(Check.period("fastK", fastK, 1));
        this.slowK = slowKType.create(Check.period("slowK", slowK, 1));
        this.slowD = slowDType.create(Check.period("slowD", slowD, 1));
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param fastK     the raw %K window
     * @param slowK     the %K smoothing period
     * @param slowKType the %K smoothing average
     * @param slowD     the %D period
     * @param slowDType the %D average
     * @return the total lookback
     */
    public static int lookback(int fastK, int slowK, MovingAverageType slowKType, int slowD,
                               MovingAverageType slowDType) {
        return Check.period("fastK", fastK, 1) - 1 + slowKType.lookback(Check.period("slowK", slowK, 1))
                + slowDType.lookback(Check.period("slowD", slowD, 1));
    }

    /**
     * Computes the slow stochastic of a whole series.
     *
     * @param high      highs
     * @param low       lows
     * @param close     closes
     * @param fastK     the raw %K window
     * @param slowK     the %K smoothing period
     * @param slowKType the %K smoothing average
     * @param slowD     the %D period
     * @param slowDType the %D average
     * @return new arrays aligned with the inputs
     */
    public static StochasticLines compute(double[] high, double[] low, double[] close, int fastK, int slowK,
                                          MovingAverageType slowKType, int slowD, MovingAverageType slowDType) {
        StochasticLines lines = StochasticLines.ofLength(Check.length("high", high));
        compute(high, low, close, fastK, slowK, slowKType, slowD, slowDType, lines.k(), lines.d());
        return lines;
    }

    /**
     * Computes the slow stochastic of a whole series into caller-supplied arrays. With SMA smoothing of
     * periods 2 or more it uses one pass and two scratch arrays of the smoothing periods' size.
     *
     * @param high      highs
     * @param low       lows
     * @param close     closes
     * @param fastK     the raw %K window
     * @param slowK     the %K smoothing period
     * @param slowKType the %K smoothing average
     * @param slowD     the %D period
     * @param slowDType the %D average
     * @param outK      receives slow %K
     * @param outD      receives slow %D
     */
    public static void compute(double[] high, double[] low, double[] close, int fastK, int slowK,
                               MovingAverageType slowKType, int slowD, MovingAverageType slowDType,
                               double[] outK, double[] outD) {
        lookback(fastK, slowK, slowKType, slowD, slowDType);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("outK", outK, n);
        Check.output("outD", outD, n);
        if (slowKType == MovingAverageType.SMA && slowDType == MovingAverageType.SMA && slowK > 1 && slowD > 1) {
            double[] kRing = new double[slowK - 1];
            double[] dRing = new double[slowD - 1];
            int i = 0;
            while (i < n) {
                i = run(high, low, close, i, n, fastK, slowK, slowD, outK, outD, kRing, dRing) + 1;
            }
            return;
        }
        Stochastic stochastic = new Stochastic(fastK, slowK, slowKType, slowD, slowDType);
        for (int i = 0; i < n; i++) {
            stochastic.update(high[i], low[i], close[i]);
            outK[i] = stochastic.k();
            outD[i] = stochastic.d();
        }
    }

    /** One pass with SMA smoothing from {@code from} to the first gap; returns the gap index or {@code n}. */
    private static int run(double[] high, double[] low, double[] close, int from, int n, int fastK, int slowK,
                           int slowD, double[] outK, double[] outD, double[] kRing, double[] dRing) {
        int firstRaw = from + fastK - 1;
        int first = firstRaw + slowK - 1 + slowD - 1;
        int gap = Gaps.find(high, low, close, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(outK, outD, from, gap, n);
        }
        Gaps.nan(outK, from, first);
        Gaps.nan(outD, from, first);
        int highestIdx = -1;
        int lowestIdx = -1;
        double highest = 0;
        double lowest = 0;
        double diff = 0;
        double kSum = 0;
        double dSum = 0;
        int kCount = 0;
        int dCount = 0;
        int kSlot = 0;
        int dSlot = 0;
        for (int i = firstRaw; i < n; i++) {
            if (i > first && Gaps.isGap(high[i], low[i], close[i])) {
                outK[i] = Double.NaN;
                outD[i] = Double.NaN;
                return i;
            }
            int trailing = i - fastK + 1;
            boolean moved = false;
            if (lowestIdx < trailing) {
                lowestIdx = trailing;
                lowest = low[trailing];
                for (int j = trailing + 1; j <= i; j++) {
                    if (low[j] < lowest) {
                        lowestIdx = j;
                        lowest = low[j];
                    }
                }
                moved = true;
            } else if (low[i] <= lowest) {
                lowestIdx = i;
                lowest = low[i];
                moved = true;
            }
            if (highestIdx < trailing) {
                highestIdx = trailing;
                highest = high[trailing];
                for (int j = trailing + 1; j <= i; j++) {
                    if (high[j] > highest) {
                        highestIdx = j;
                        highest = high[j];
                    }
                }
                moved = true;
            } else if (high[i] >= highest) {
                highestIdx = i;
                highest = high[i];
                moved = true;
            }
            if (moved) {
                diff = RawStochastic.scale(highest, lowest);
            }
            double rawK = RawStochastic.of(diff, lowest, close[i]);
            kSum += rawK;
            if (kCount < slowK - 1) {
                kRing[kCount++] = rawK;
                continue;
            }
            double k = kSum / slowK;
            kSum -= kRing[kSlot];
            kRing[kSlot] = rawK;
            kSlot = kSlot + 1 == kRing.length ? 0 : kSlot + 1;
            dSum += k;
            if (dCount < slowD - 1) {
                dRing[dCount++] = k;
                continue;
            }
            double d = dSum / slowD;
            dSum -= dRing[dSlot];
            dRing[dSlot] = k;
            dSlot = dSlot + 1 == dRing.length ? 0 : dSlot + 1;
            outK[i] = k;
            outD[i] = d;
        }
        return n;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return slow %K, NaN during warm-up or at a gap
     */
    @Override
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return k();
        }
        double rawK = raw.update(high, low, close);
        double smoothK = Double.isNaN(rawK) ? Double.NaN : slowK.update(rawK);
        double smoothD = Double.isNaN(smoothK) ? Double.NaN : slowD.update(smoothK);
        return publish(Double.isNaN(smoothD) ? Double.NaN : smoothK, smoothD);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        raw.clear();
        slowK.reset();
        slowD.reset();
        publish(Double.NaN, Double.NaN);
    }
}
