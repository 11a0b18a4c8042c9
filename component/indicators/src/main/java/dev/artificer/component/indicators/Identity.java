package dev.artificer.component.indicators;

/** The moving average of period 1: the input itself (NaN at a gap), as in TA-Lib. */
final class Identity implements SeriesIndicator {

    private double value = Double.NaN;

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        value = Gaps.isGap(x) ? Double.NaN : x;
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
        value = Double.NaN;
    }
}
