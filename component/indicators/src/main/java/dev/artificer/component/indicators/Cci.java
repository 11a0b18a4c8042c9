package dev.artificer.component.indicators;

/**
 * Commodity channel index (TA-Lib CCI): {@code (tp - mean(tp)) / (0.015 * meanDeviation(tp))} of the typical
 * price {@code tp = (high + low + close) / 3.0} over {@code period} bars.
 *
 * <p>Lookback {@code period - 1}; 0 when the typical price equals its mean or the window is flat, as in
 * TA-Lib. The mean deviation has no O(1) update, so each bar costs O(period), as in TA-Lib; the mean is
 * summed in TA-Lib's order (bit for bit) and the deviations with four independent accumulators, which
 * shortens the dependency chain and changes the result by a few units in the last place.
 */
public final class Cci implements ScalarIndicator {

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
        double[] out = new double[high.length];
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
            ring[i - from] = (high[i] + low[i] + close[i]) / 3.0;
        }
        int slot = period - 1;
        for (int i = first; i < n; i++) {
            double h = high[i];
            double l = low[i];
            double c = close[i];
            if (Gaps.isGap(h, l, c)) {
                out[i] = Double.NaN;
                return i;
            }
            double typical = (h + l + c) / 3.0;
            ring[slot] = typical;
            out[i] = of(ring, typical);
            if (++slot == period) {
                slot = 0;
            }
        }
        return n;
    }

    /**
     * CCI of the latest typical price, the ring holding the window in TA-Lib's circular-buffer order: the
     * mean summed slot by slot as TA-Lib does, the deviations with four accumulators.
     */
    private static double of(double[] ring, double typical) {
        int period = ring.length;
        double sum = 0;
        for (double x : ring) {
            sum += x;
        }
        double mean = sum / period;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        int j = 0;
        for (; j + 3 < period; j += 4) {
            d0 += Math.abs(ring[j] - mean);
            d1 += Math.abs(ring[j + 1] - mean);
            d2 += Math.abs(ring[j + 2] - mean);
            d3 += Math.abs(ring[j + 3] - mean);
        }
        for (; j < period; j++) {
            d0 += Math.abs(ring[j] - mean);
        }
        double deviations = (d0 + d1) + (d2 + d3);
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

    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        count = 0;
        slot = 0;
        value = Double.NaN;
    }
}
