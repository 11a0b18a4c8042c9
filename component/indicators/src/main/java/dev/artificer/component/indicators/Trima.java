package dev.artificer.component.indicators;

/**
 * Triangular moving average (TA-Lib TRIMA): an SMA of an SMA, with weights rising to the middle of the
 * window and falling after it.
 *
 * <p>Lookback {@code period - 1}; TA-Lib's O(1) running-numerator operations, bit for bit.
 */
public final class Trima implements SeriesIndicator {

    private final int period;
    private final int half;
    private final boolean odd;
    private final double factor;
    private final Window window;
    private double numerator;
    private double numeratorSub;
    private double numeratorAdd;
    private double value = Double.NaN;

    /**
     * A streaming TRIMA.
     *
     * @param period the window length, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Trima(int period) {
        this.period = Check.period("period", period, 2);
        this.half = period >> 1;
        this.odd = period % 2 == 1;
        double weight = odd ? (half + 1) * (half + 1) : half * (half + 1);
        this.factor = 1.0 / weight;
        this.window = new Window(period);
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
     * Computes the TRIMA of a whole series.
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
     * Computes the TRIMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the window length, 2 to 100000
     * @param out    receives the TRIMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Trima(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (window.size() < period - 1) {
            window.add(x);
            return value;
        }
        if (window.isFull()) {
            step(x);
        } else {
            start(x);
        }
        window.add(x);
        value = numerator * factor;
        return value;
    }

    /** The first window: the window's values then {@code x} are the {@code period} values. */
    private void start(double x) {
        int split = odd ? half : half - 1;
        numerator = 0;
        numeratorSub = 0;
        for (int j = split; j >= 0; j--) {
            numeratorSub += window.fromOldest(j);
            numerator += numeratorSub;
        }
        numeratorAdd = 0;
        for (int j = split + 1; j < period; j++) {
            numeratorAdd += j == period - 1 ? x : window.fromOldest(j);
            numerator += numeratorAdd;
        }
    }

    /** One slide of the window, in TA-Lib's order of operations. */
    private void step(double x) {
        double middle = window.fromOldest(period - half);
        numerator -= numeratorSub;
        numeratorSub -= window.oldest();
        numeratorSub += middle;
        if (odd) {
            numerator += numeratorAdd;
            numeratorAdd -= middle;
        } else {
            numeratorAdd -= middle;
            numerator += numeratorAdd;
        }
        numeratorAdd += x;
        numerator += x;
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        window.clear();
        value = Double.NaN;
    }
}
