package dev.artificer.component.indicators;

/** The streaming part of MIN and MAX: the extreme of the last {@code period} values. */
abstract class WindowExtreme implements SeriesIndicator {

    private final RollingExtreme extreme;
    private double value = Double.NaN;

    WindowExtreme(int period, boolean maximum) {
        this.extreme = new RollingExtreme(checkPeriod(period), maximum);
    }

    static int checkPeriod(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * The batch form: the rescanning kernel of {@link TrackedExtreme} for short windows, else the streaming
     * form (its monotonic queue) bar by bar. Both give the same values.
     */
    static void compute(double[] values, int period, boolean maximum, double[] out, WindowExtreme streaming) {
        if (!TrackedExtreme.isShort(period)) {
            Batch.series(streaming, values, out);
            return;
        }
        int n = Check.inputs("values", values);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = TrackedExtreme.run(values, i, n, period, maximum, out) + 1;
        }
    }

    /** Feeds the next value; returns the extreme of the window, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        extreme.add(x);
        value = extreme.isFull() ? extreme.value() : Double.NaN;
        return value;
    }

    /** The current extreme: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every value seen so far, as if newly constructed. */
    @Override
    public void reset() {
        extreme.clear();
        value = Double.NaN;
    }
}
