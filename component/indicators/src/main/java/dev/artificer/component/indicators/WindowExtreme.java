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
