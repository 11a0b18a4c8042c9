package dev.artificer.component.indicators;

/**
 * Relative strength index (TA-Lib RSI): {@code 100 * gain / (gain + loss)} of Wilder-smoothed average
 * gains and losses, seeded with their simple means over the first {@code period} changes.
 *
 * <p>Lookback {@code period}. Output is in [0, 100]; when there was no change at all ({@code gain + loss}
 * is 0) it is 0, as in TA-Lib. Two deliberate differences from TA-Lib 0.4.0: the smoothing
 * {@code (avg * (n - 1) + x) / n} is evaluated as one fused multiply-add {@code avg * ((n - 1) / n) + x / n}
 * (a few units in the last place; a shorter dependency chain), and the zero test is not TA-Lib's absolute
 * {@code 1e-8}: {@code gain + loss} counts as 0 only below {@link Double#MIN_NORMAL} (0 or subnormal, where
 * its digits are rounding residue). So RSI of prices around 1e-6 is not collapsed to 0, and in a flat run
 * both averages shrink by the same factor and the RSI holds its last value (to a few units in the last
 * place) where TA-Lib drops to 0 once {@code gain + loss < 1e-8} (about 250 flat bars at period 14 and
 * prices around 100); it reaches 0 only when the averages underflow (about 9,500 flat bars there).
 */
public final class Rsi implements SeriesIndicator {

    private final int period;
    private final boolean stochasticInput;
    private final double keep;
    private final double inverse;
    private int count;
    private double previous;
    private double gain;
    private double loss;
    private double value = Double.NaN;

    /**
     * A streaming RSI.
     *
     * @param period the smoothing period, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Rsi(int period) {
        this(period, false);
    }

    /**
     * A streaming RSI; {@code stochasticInput} (the RSI inside STOCHRSI) repeats TA-Lib's multiply-add-divide
     * smoothing exactly and keeps the value unchanged on a bar without change (both averages then shrink by
     * the same factor, so the exact ratio is unchanged), so that a flat run gives equal RSI values rather
     * than rounding noise that the stochastic would amplify to anywhere between 0 and 100.
     */
    Rsi(int period, boolean stochasticInput) {
        this.period = Check.period("period", period, 2);
        this.stochasticInput = stochasticInput;
        this.keep = (period - 1) / (double) period;
        this.inverse = 1.0 / period;
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * Computes the RSI of a whole series.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the RSI of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the RSI at the input's indices; at least as long as {@code values}
     */
    public static void compute(double[] values, int period, double[] out) {
        Check.period("period", period, 2);
        int n = Check.inputs("values", values);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = run(values, i, n, period, out) + 1;
        }
    }

    /** Kernel from {@code from} to the first gap; returns the gap index or {@code n}. */
    static int run(double[] in, int from, int n, int period, double[] out) {
        int first = from + period;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double gain = 0;
        double loss = 0;
        for (int i = from + 1; i <= first; i++) {
            double change = in[i] - in[i - 1];
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
        }
        gain /= period;
        loss /= period;
        out[first] = of(gain, loss);
        double keep = (period - 1) / (double) period;
        double inverse = 1.0 / period;
        double previous = in[first];
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            double change = x - previous;
            previous = x;
            gain = Math.fma(gain, keep, Math.max(change, 0.0) * inverse);
            loss = Math.fma(loss, keep, Math.max(-change, 0.0) * inverse);
            out[i] = of(gain, loss);
        }
        return n;
    }

    /** RSI from average gain and loss, 0 when their sum is 0 or subnormal (rounding residue). */
    static double of(double gain, double loss) {
        double total = gain + loss;
        return total < Double.MIN_NORMAL ? 0.0 : 100.0 * (gain / total);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (count == 0) {
            previous = x;
            count = 1;
            return value;
        }
        double change = x - previous;
        previous = x;
        if (count <= period) {
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
            if (++count > period) {
                gain /= period;
                loss /= period;
                value = of(gain, loss);
            }
            return value;
        }
        if (stochasticInput) {
            loss *= period - 1;
            gain *= period - 1;
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
            loss /= period;
            gain /= period;
            if (change == 0) {
                return value;
            }
        } else {
            gain = Math.fma(gain, keep, Math.max(change, 0.0) * inverse);
            loss = Math.fma(loss, keep, Math.max(-change, 0.0) * inverse);
        }
        value = of(gain, loss);
        return value;
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
        gain = 0;
        loss = 0;
        value = Double.NaN;
    }
}
