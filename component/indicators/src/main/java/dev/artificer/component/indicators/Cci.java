package dev.artificer.component.indicators;

/**
 * Commodity channel index (TA-Lib CCI): {@code (tp - mean(tp)) / (0.015 * meanDeviation(tp))} of the typical
 * price {@code tp = (high + low + close) / 3} over {@code period} bars.
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
        Batch.highLowClose(new Cci(period)::update, high, low, close, out);
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
        double typical = (high + low + close) / 3;
        ring[slot] = typical;
        slot = slot + 1 == period ? 0 : slot + 1;
        if (count < period - 1) {
            count++;
            return value;
        }
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
        value = distance != 0.0 && deviations != 0.0 ? distance / (0.015 * (deviations / period)) : 0.0;
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
