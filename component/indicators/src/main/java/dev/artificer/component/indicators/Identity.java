package dev.artificer.component.indicators;

/** The moving average of period 1: the input itself (NaN at a gap), as in TA-Lib. */
final class Identity implements SeriesIndicator {

    private double value = Double.NaN;

    @Override
    public double update(double x) {
        value = Gaps.isGap(x) ? Double.NaN : x;
        return value;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        value = Double.NaN;
    }
}
