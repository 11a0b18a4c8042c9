package dev.artificer.component.indicators;

/**
 * Exponential moving average (TA-Lib EMA, default compatibility): seeded with the SMA of the first
 * {@code period} values, then smoothed with {@code k = 2 / (period + 1)}.
 *
 * <p>Lookback {@code period - 1}; the first output is the seed. This class evaluates the recurrence as
 * {@code (1 - k) * previous + k * value} with fused multiply-adds, two bars per step of the dependency
 * chain: the first bar of each pair is {@code fma(e, 1 - k, k * x1)}, the second
 * {@code fma(e, (1 - k)^2, fma(k * x1, 1 - k, k * x2))}, both from the EMA before the pair. That quarters
 * TA-Lib's subtract-multiply-add chain; results agree with TA-Lib to a few units in the last place, and
 * streaming pairs the bars the same way, so both give the same bits. Where an
 * EMA is a building block of another indicator (MACD, DEMA, TEMA, TRIX, ...), TA-Lib's exact operations are
 * used instead, so that differences of EMAs match TA-Lib bit for bit.
 */
public final class Ema implements SeriesIndicator {

    private final int period;
    private final boolean taLibRounding;
    private final double k;
    private final double decay;
    private final double decaySquared;
    private int count;
    private double sum;
    private boolean firstOfPair = true;
    private double pending;
    private double base;
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
        this.decaySquared = decay * decay;
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
        double[] out = new double[Check.length("values", values)];
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
        double decaySquared = decay * decay;
        double ema = seed(in, from, period);
        out[first] = ema;
        int i = first + 1;
        for (; i + 1 < n; i += 2) {
            double x = in[i];
            double y = in[i + 1];
            if (!Double.isFinite(x + y) && (Gaps.isGap(x) || Gaps.isGap(y))) {
                if (Gaps.isGap(x)) {
                    out[i] = Double.NaN;
                    return i;
                }
                out[i] = Math.fma(ema, decay, k * x);
                out[i + 1] = Double.NaN;
                return i + 1;
            }
            double kx = k * x;
            out[i] = Math.fma(ema, decay, kx);
            ema = Math.fma(ema, decaySquared, Math.fma(kx, decay, k * y));
            out[i + 1] = ema;
        }
        if (i < n) {
            double x = in[i];
            out[i] = Gaps.isGap(x) ? Double.NaN : Math.fma(ema, decay, k * x);
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
                base = value;
            }
            return value;
        }
        if (taLibRounding) {
            value = ((x - value) * k) + value;
        } else if (firstOfPair) {
            pending = k * x;
            value = Math.fma(base, decay, pending);
            firstOfPair = false;
        } else {
            base = Math.fma(base, decaySquared, Math.fma(pending, decay, k * x));
            value = base;
            firstOfPair = true;
        }
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
        firstOfPair = true;
        value = Double.NaN;
    }
}
