package dev.artificer.component.indicators;

/**
 * Commodity channel index (TA-Lib CCI): {@code (tp - mean(tp)) / (0.015 * meanDeviation(tp))} of the typical
 * price {@code tp = (high + low + close) / 3.0} over {@code period} bars.
 *
 * <p>Lookback {@code period - 1}; 0 when the typical price equals its mean or the window is flat, as in
 * TA-Lib. The mean deviation has no O(1) update, so each bar costs O(period), as in TA-Lib, with TA-Lib's
 * order of additions, bit for bit. Batch computes four bars at a time so that their four chains of
 * additions run side by side instead of one after the other.
 */
public final class Cci implements ScalarIndicator {

    private static final int BLOCK = 4;

    private final int period;
    private final double[] ring;
    private int count;
    private int slot;
    private double value = Double.NaN;

    /**
     * A streaming CCI.
     *
     * @param period the window length, 2 to 100000 (14 is usual, 20 in many charting tools)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Cci(int period) {
        this.period = Check.period("period", period, 2);
        this.ring = new double[period];
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 2 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2) - 1;
    }

    /**
     * Computes the CCI of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the window length, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the CCI of a whole series into {@code out}; uses one scratch array of {@code period} values.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the window length, 2 to 100000
     * @param out    receives the CCI at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Check.period("period", period, 2);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        double[] ring = new double[period];
        int i = 0;
        while (i < n) {
            i = run(high, low, close, i, n, period, out, ring) + 1;
        }
    }

    /** Kernel from {@code from} to the first gap; returns the gap index or {@code n}. */
    private static int run(double[] high, double[] low, double[] close, int from, int n, int period, double[] out,
                           double[] ring) {
        int first = from + period - 1;
        int gap = Gaps.find(high, low, close, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        for (int i = from; i < first; i++) {
            ring[i - from] = (high[i] + low[i] + close[i]) / 3;
        }
        int slot = period - 1;
        int i = first;
        while (i < n) {
            if (period >= BLOCK && i + BLOCK <= n && Gaps.find(high, low, close, i, i + BLOCK) == i + BLOCK) {
                block(high, low, close, i, slot, out, ring);
                i += BLOCK;
                slot = (slot + BLOCK) % period;
                continue;
            }
            double h = high[i];
            double l = low[i];
            double c = close[i];
            if (Gaps.isGap(h, l, c)) {
                out[i] = Double.NaN;
                return i;
            }
            double typical = (h + l + c) / 3;
            ring[slot] = typical;
            out[i] = of(ring, typical);
            if (++slot == period) {
                slot = 0;
            }
            i++;
        }
        return n;
    }

    /**
     * Four consecutive bars at once, each summed exactly as {@link #of} sums it (same slots, same order), so
     * that the four independent chains of additions overlap instead of waiting for each other. The ring ends
     * in its state after the fourth bar; the values the later bars overwrote are kept for the earlier ones.
     */
    private static void block(double[] high, double[] low, double[] close, int i, int slot, double[] out,
                              double[] ring) {
        int period = ring.length;
        int s1 = (slot + 1) % period;
        int s2 = (slot + 2) % period;
        int s3 = (slot + 3) % period;
        double old1 = ring[s1];
        double old2 = ring[s2];
        double old3 = ring[s3];
        double t0 = (high[i] + low[i] + close[i]) / 3;
        double t1 = (high[i + 1] + low[i + 1] + close[i + 1]) / 3;
        double t2 = (high[i + 2] + low[i + 2] + close[i + 2]) / 3;
        double t3 = (high[i + 3] + low[i + 3] + close[i + 3]) / 3;
        ring[slot] = t0;
        ring[s1] = t1;
        ring[s2] = t2;
        ring[s3] = t3;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        for (int j = 0; j < period; j++) {
            double x3 = ring[j];
            double x2 = j == s3 ? old3 : x3;
            double x1 = j == s2 ? old2 : x2;
            double x0 = j == s1 ? old1 : x1;
            a0 += x0;
            a1 += x1;
            a2 += x2;
            a3 += x3;
        }
        double m0 = a0 / period;
        double m1 = a1 / period;
        double m2 = a2 / period;
        double m3 = a3 / period;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        for (int j = 0; j < period; j++) {
            double x3 = ring[j];
            double x2 = j == s3 ? old3 : x3;
            double x1 = j == s2 ? old2 : x2;
            double x0 = j == s1 ? old1 : x1;
            d0 += Math.abs(x0 - m0);
            d1 += Math.abs(x1 - m1);
            d2 += Math.abs(x2 - m2);
            d3 += Math.abs(x3 - m3);
        }
        out[i] = of(t0, m0, d0, period);
        out[i + 1] = of(t1, m1, d1, period);
        out[i + 2] = of(t2, m2, d2, period);
        out[i + 3] = of(t3, m3, d3, period);
    }

    /** CCI of the latest typical price, the ring holding the window in TA-Lib's circular-buffer order. */
    private static double of(double[] ring, double typical) {
        int period = ring.length;
        double sum = 0;
        for (double x : ring) {
            sum += x;
        }
        double mean = sum / period;
        double deviations = 0;
        for (double x : ring) {
            deviations += Math.abs(x - mean);
        }
        return of(typical, mean, deviations, period);
    }

    /** TA-Lib's CCI from the window's mean and summed absolute deviations: 0 when either part is 0. */
    private static double of(double typical, double mean, double deviations, int period) {
        double distance = typical - mean;
        return distance != 0.0 && deviations != 0.0 ? distance / (0.015 * (deviations / period)) : 0.0;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the CCI, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        double typical = (high + low + close) / 3.0;
        ring[slot] = typical;
        if (++slot == period) {
            slot = 0;
        }
        if (count < period - 1) {
            count++;
            return value;
        }
        value = of(ring, typical);
        return value;
    }

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        count = 0;
        slot = 0;
        value = Double.NaN;
    }
}
