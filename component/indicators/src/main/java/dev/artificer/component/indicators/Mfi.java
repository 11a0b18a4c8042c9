package dev.artificer.component.indicators;

/**
 * Money flow index (TA-Lib MFI): {@code 100 * positive / (positive + negative)} money flow over
 * {@code period} bars, money flow being typical price times volume, positive when the typical price rose.
 *
 * <p>Lookback {@code period}. As in TA-Lib, the output is 0 while the total money flow of the window is
 * below 1.0 (TA-Lib's guard against a running sum's rounding residue; it makes MFI 0 for very small prices
 * times volumes). The window sums are updated with the difference of the entering and leaving flows, which
 * halves their dependency chain; results agree with TA-Lib to a few units in the last place.
 */
public final class Mfi implements ScalarIndicator {

    private final int period;
    private final double[] positiveRing;
    private final double[] negativeRing;
    private int count;
    private int slot;
    private double previousTypical;
    private double positive;
    private double negative;
    private double value = Double.NaN;

    /**
     * A streaming MFI.
     *
     * @param period the window length, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Mfi(int period) {
        this.period = Check.period("period", period, 2);
        this.positiveRing = new double[period];
        this.negativeRing = new double[period];
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * Computes the MFI of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param period the window length, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume, int period) {
        double[] out = new double[high.length];
        compute(high, low, close, volume, period, out);
        return out;
    }

    /**
     * Computes the MFI of a whole series into {@code out}; uses two scratch arrays of {@code period} values.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param period the window length, 2 to 100000
     * @param out    receives the MFI at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int period,
                               double[] out) {
        Check.period("period", period, 2);
        int n = Check.inputs("high, low, close and volume", high, low, close, volume);
        Check.output("out", out, n);
        double[] positives = new double[period];
        double[] negatives = new double[period];
        int i = 0;
        while (i < n) {
            i = run(high, low, close, volume, i, n, period, out, positives, negatives) + 1;
        }
    }

    private static int run(double[] high, double[] low, double[] close, double[] volume, int from, int n,
                           int period, double[] out, double[] positives, double[] negatives) {
        int first = from + period;
        int gap = Gaps.find(high, low, close, volume, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double previous = (high[from] + low[from] + close[from]) / 3.0;
        double positive = 0;
        double negative = 0;
        for (int i = from + 1, slot = 0; i <= first; i++, slot++) {
            double typical = (high[i] + low[i] + close[i]) / 3.0;
            double change = typical - previous;
            previous = typical;
            double flow = typical * volume[i];
            double up = change > 0 ? flow : 0.0;
            double down = change < 0 ? flow : 0.0;
            positives[slot] = up;
            negatives[slot] = down;
            positive += up;
            negative += down;
        }
        out[first] = of(positive, negative);
        int slot = 0;
        for (int i = first + 1; i < n; i++) {
            double h = high[i];
            double l = low[i];
            double c = close[i];
            double v = volume[i];
            if (Gaps.isGap(h, l, c, v)) {
                out[i] = Double.NaN;
                return i;
            }
            double typical = (h + l + c) / 3.0;
            double change = typical - previous;
            previous = typical;
            double flow = typical * v;
            double up = 0.0;
            double down = 0.0;
            if (change > 0) {
                up = flow;
            } else if (change < 0) {
                down = flow;
            }
            positive += up - positives[slot];
            negative += down - negatives[slot];
            positives[slot] = up;
            negatives[slot] = down;
            out[i] = of(positive, negative);
            if (++slot == period) {
                slot = 0;
            }
        }
        return n;
    }

    /** TA-Lib's MFI from the window's sums: 0 below a total of 1.0. */
    private static double of(double positive, double negative) {
        double total = positive + negative;
        return total < 1.0 ? 0.0 : 100.0 * (positive / total);
    }

    /**
     * Feeds the next bar.
     *
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the MFI, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close, double volume) {
        if (Gaps.isGap(high, low, close, volume)) {
            reset();
            return value;
        }
        double typical = (high + low + close) / 3.0;
        if (count == 0) {
            previousTypical = typical;
            count = 1;
            return value;
        }
        double change = typical - previousTypical;
        previousTypical = typical;
        double flow = typical * volume;
        double up = 0.0;
        double down = 0.0;
        if (change > 0) {
            up = flow;
        } else if (change < 0) {
            down = flow;
        }
        if (count > period) {
            positive += up - positiveRing[slot];
            negative += down - negativeRing[slot];
        } else {
            positive += up;
            negative += down;
        }
        positiveRing[slot] = up;
        negativeRing[slot] = down;
        if (++slot == period) {
            slot = 0;
        }
        if (count <= period) {
            count++;
        }
        value = count > period ? of(positive, negative) : Double.NaN;
        return value;
    }

    /**
     * Feeds the bar's high, low, close and volume to {@link #update(double, double, double, double)}; the other
     * fields are not read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
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
        positive = 0;
        negative = 0;
        value = Double.NaN;
    }
}
