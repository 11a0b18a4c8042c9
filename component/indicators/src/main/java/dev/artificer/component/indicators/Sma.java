package dev.artificer.component.indicators;

/**
 * Simple moving average (TA-Lib SMA): the mean of the last {@code period} values.
 *
 * <p>Lookback {@code period - 1}. The window sum is a running sum updated with the differences of the
 * entering and leaving values, two bars at a time: the first bar of each pair outputs
 * {@code (sum + d1) / period}, the second moves the sum by {@code d1 + d2}. That quarters the dependency
 * chain of TA-Lib's add-then-subtract loop; results agree with TA-Lib to a few units in the last place.
 * Streaming pairs the bars the same way, so both give the same bits.
 */
public final class Sma implements SeriesIndicator {

    private final int period;
    private final boolean taLibRounding;
    private final double inverse;
    private final double[] window;
    private int count;
    private int head;
    private boolean firstOfPair = true;
    private double pending;
    private double sum;
    private double value = Double.NaN;

    /**
     * A streaming SMA.
     *
     * @param period the window length, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Sma(int period) {
        this(period, false);
    }

    /** A streaming SMA; {@code taLibRounding} repeats TA-Lib's operations exactly, as moving-average types do. */
    Sma(int period, boolean taLibRounding) {
        this.period = Check.period("period", period, 2);
        this.taLibRounding = taLibRounding;
        this.inverse = 1.0 / period;
        this.window = new double[taLibRounding ? period - 1 : period];
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
     * Computes the SMA of a whole series.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the SMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the SMA at the input's indices; at least as long as {@code values}
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
        double inverse = 1.0 / period;
        double sum = 0;
        for (int i = from; i <= first; i++) {
            sum += in[i];
        }
        out[first] = sum * inverse;
        int i = first + 1;
        for (; i + 1 < n; i += 2) {
            double x = in[i];
            double y = in[i + 1];
            if (!Double.isFinite(x + y) && (Gaps.isGap(x) || Gaps.isGap(y))) {
                return pairWithGap(in, i, period, sum, inverse, out);
            }
            double delta = x - in[i - period];
            out[i] = (sum + delta) * inverse;
            sum += delta + (y - in[i + 1 - period]);
            out[i + 1] = sum * inverse;
        }
        if (i < n) {
            if (Gaps.isGap(in[i])) {
                return gapAt(out, i);
            }
            out[i] = (sum + (in[i] - in[i - period])) * inverse;
        }
        return n;
    }

    /**
     * A pair of bars with a gap (one test covers both bars in the fast path): the first bar's output when
     * the gap is the second; returns the gap's index.
     */
    private static int pairWithGap(double[] in, int i, int period, double sum, double inverse, double[] out) {
        if (Gaps.isGap(in[i])) {
            return gapAt(out, i);
        }
        out[i] = (sum + (in[i] - in[i - period])) * inverse;
        return gapAt(out, i + 1);
    }

    private static int gapAt(double[] out, int i) {
        out[i] = Double.NaN;
        return i;
    }

    /** TA-Lib's exact operations (add, output, subtract), used where SMA is a building block. */
    static int runTaLib(double[] in, int from, int n, int period, double[] out) {
        int first = from + period - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double sum = 0;
        for (int i = from; i < first; i++) {
            sum += in[i];
        }
        for (int i = first; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            sum += x;
            out[i] = sum / period;
            sum -= in[i - period + 1];
        }
        return n;
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        return taLibRounding ? updateTaLib(x) : updateFast(x);
    }

    private double updateFast(double x) {
        if (count < period) {
            sum += x;
            window[count++] = x;
            value = count == period ? sum * inverse : Double.NaN;
            return value;
        }
        double delta = x - window[head];
        window[head] = x;
        head = head + 1 == period ? 0 : head + 1;
        if (firstOfPair) {
            pending = delta;
            value = (sum + delta) * inverse;
        } else {
            sum += pending + delta;
            value = sum * inverse;
        }
        firstOfPair = !firstOfPair;
        return value;
    }

    private double updateTaLib(double x) {
        if (count < period - 1) {
            sum += x;
            window[count++] = x;
            return value;
        }
        sum += x;
        value = sum / period;
        sum -= window[head];
        window[head] = x;
        head = head + 1 == window.length ? 0 : head + 1;
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
        head = 0;
        firstOfPair = true;
        sum = 0;
        value = Double.NaN;
    }
}
