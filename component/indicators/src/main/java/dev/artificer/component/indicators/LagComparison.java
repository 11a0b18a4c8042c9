package dev.artificer.component.indicators;

/** The streaming part of MOM and ROC: each value compared with the one {@code period} bars before. */
abstract class LagComparison implements SeriesIndicator {

    private final Window window;
    private double value = Double.NaN;

    LagComparison(int period) {
        this.window = new Window(checkPeriod(period));
    }

    static int checkPeriod(int period) {
        return Check.period("period", period, 1);
    }

    /** The output for the latest value {@code x} and the value {@code period} bars before it. */
    abstract double compare(double x, double past);

    /** Feeds the next value; returns the comparison, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (window.isFull()) {
            value = compare(x, window.oldest());
        }
        window.add(x);
        return value;
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every value seen so far, as if newly constructed. */
    @Override
    public void reset() {
        window.clear();
        value = Double.NaN;
    }
}
