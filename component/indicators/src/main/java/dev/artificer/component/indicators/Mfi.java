package dev.artificer.component.indicators;

/**
 * Money flow index (TA-Lib MFI): {@code 100 * positive / (positive + negative)} money flow over
 * {@code period} bars, money flow being typical price times volume, positive when the typical price rose.
 *
 * <p>Lookback {@code period}. As in TA-Lib, the output is 0 while the total money flow of the window is
 * below 1.0 (TA-Lib's guard against a running sum's rounding residue; it makes MFI 0 for very small prices
 * times volumes). The window sums are updated with the difference of the entering and leaving flows, which
 * halves their dependency chain; results agree with TA-Lib to a few units in the last place. A bar is a gap
 * when its money flow is not a finite number (a NaN or infinite input, or an overflowing flow).
 */
public final class Mfi implements ScalarIndicator {

    private static final int BLOCK = 1024;

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
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, volume, period, out);
        return out;
    }

    /**
     * Computes the MFI of a whole series into {@code out}; uses scratch arrays of {@code period} and 1024 values.
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
        Scratch scratch = new Scratch(period);
        int i = 0;
        while (i < n) {
            i = run(high, low, close, volume, i, n, period, out, scratch) + 1;
        }
    }

    /** The per-call working arrays of the batch kernel: the window's flows and one block of bars. */
    private record Scratch(double[] positives, double[] negatives, double[] typicals, double[] flows) {

        Scratch(int period) {
            this(new double[period], new double[period], new double[BLOCK], new double[BLOCK]);
        }
    }

    /** Typical price {@code (high + low + close) / 3}, as TA-Lib computes it. */
    private static double typical(double high, double low, double close) {
        return (high + low + close) / 3.0;
    }

    /**
     * Whether a bar is a gap: its money flow is not a finite number, which is the case whenever one of its
     * four values is NaN or infinite (and when the flow overflows).
     */
    private static boolean isGap(double typical, double volume) {
        return !Double.isFinite(typical * volume);
    }

    /**
     * Kernel from {@code from} to the first gap; returns the gap index or {@code n}. Bars are taken in
     * blocks: a first, branch-free loop computes the block's typical prices and flows (its divisions and
     * loads overlap freely), a second one runs the window sums, with their data-dependent branch, over that
     * small, cache-resident block.
     */
    private static int run(double[] high, double[] low, double[] close, double[] volume, int from, int n,
                           int period, double[] out, Scratch scratch) {
        int first = from + period;
        for (int i = from; i <= first; i++) {
            if (i == n || isGap(typical(high[i], low[i], close[i]), volume[i])) {
                return Gaps.stop(out, from, i, n);
            }
        }
        Gaps.nan(out, from, first);
        double[] positives = scratch.positives();
        double[] negatives = scratch.negatives();
        double previous = typical(high[from], low[from], close[from]);
        double positive = 0;
        double negative = 0;
        for (int i = from + 1, slot = 0; i <= first; i++, slot++) {
            double typical = typical(high[i], low[i], close[i]);
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
        double[] typicals = scratch.typicals();
        double[] flows = scratch.flows();
        int slot = 0;
        for (int start = first + 1; start < n; start += BLOCK) {
            int size = Math.min(BLOCK, n - start);
            for (int k = 0; k < size; k++) {
                int i = start + k;
                double typical = typical(high[i], low[i], close[i]);
                typicals[k] = typical;
                flows[k] = typical * volume[i];
            }
            for (int k = 0; k < size; k++) {
                double flow = flows[k];
                if (!Double.isFinite(flow)) {
                    out[start + k] = Double.NaN;
                    return start + k;
                }
                double typical = typicals[k];
                double change = typical - previous;
                previous = typical;
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
                out[start + k] = of(positive, negative);
                if (++slot == period) {
                    slot = 0;
                }
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
        double typical = typical(high, low, close);
        if (isGap(typical, volume)) {
            reset();
            return value;
        }
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
