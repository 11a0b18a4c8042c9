package dev.artificer.component.indicators;

/**
 * Exponential moving average (TA-Lib EMA, default compatibility): seeded with the SMA of the first
 * {@code period} values, then smoothed with {@code k = 2 / (period + 1)}.
 *
 * <p>Lookback {@code period - 1}; the first output is the seed. This class evaluates the recurrence as
 * {@code (1 - k) * previous + k * value} with one fused multiply-add, which shortens TA-Lib's
 * subtract-multiply-add dependency chain; it agrees with TA-Lib to a few units in the last place. Where an
 * EMA is a building block of another indicator (MACD, DEMA, TEMA, TRIX, ...), TA-Lib's exact operations are
 * used instead, so that differences of EMAs match TA-Lib bit for bit.
 */
public final class Ema implements SeriesIndicator {

    private final int period;
    private final boolean taLibRounding;
    private final double k;
    private final double decay;
    private int count;
    private double sum;
    private double value = Double.NaN;

    /**
     * A streaming EMA.
     *
     * @param period the smoothing period, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Ema(int period) {
        this(period, false);
    }

    /** A streaming EMA; {@code taLibRounding} repeats TA-Lib's operations exactly. */
    Ema(int period, boolean taLibRounding) {
        this.period = Check.period("period", period, 2);
        this.taLibRounding = taLibRounding;
        this.k = smoothing(period);
        this.decay = 1.0 - k;
    }

    /** TA-Lib's smoothing factor {@code 2 / (period + 1)}. */
    static double smoothing(int period) {
        return 2.0 / (period + 1);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 2 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2) - 1;
    }

    /**
     * Computes the EMA of a whole series.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[values.length];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the EMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the EMA at the input's indices; at least as long as {@code values}
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

    /** Fast kernel from {@code from} to the first gap; returns the gap index or {@code n}. */
    static int run(double[] in, int from, int n, int period, double[] out) {
        int first = from + period - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double k = smoothing(period);
        double decay = 1.0 - k;
        double ema = seed(in, from, period);
        out[first] = ema;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            ema = Math.fma(ema, decay, k * x);
            out[i] = ema;
        }
        return n;
    }

    /** TA-Lib's exact EMA with smoothing {@code k}, seeded with the SMA of {@code in[from, from + period)}. */
    static int runTaLib(double[] in, int from, int n, int period, double k, double[] out) {
        int first = from + period - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double ema = seed(in, from, period);
        out[first] = ema;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            ema = ((x - ema) * k) + ema;
            out[i] = ema;
        }
        return n;
    }

    /** TA-Lib's seed: the values summed one after another, divided by the period. */
    static double seed(double[] in, int from, int period) {
        double sum = 0;
        for (int i = from; i < from + period; i++) {
            sum += in[i];
        }
        return sum / period;
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (count < period) {
            sum += x;
            if (++count == period) {
                value = sum / period;
            }
            return value;
        }
        value = taLibRounding ? ((x - value) * k) + value : Math.fma(value, decay, k * x);
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
        sum = 0;
        value = Double.NaN;
    }
}
