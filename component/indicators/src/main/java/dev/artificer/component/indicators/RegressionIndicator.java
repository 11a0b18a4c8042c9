package dev.artificer.component.indicators;

/** The streaming part of LINEARREG and LINEARREG_SLOPE: a least-squares line refitted at every value. */
abstract class RegressionIndicator implements SeriesIndicator {

    private final Regression regression;
    private double value = Double.NaN;

    RegressionIndicator(int period) {
        this.regression = new Regression(checkPeriod(period));
    }

    static int checkPeriod(int period) {
        return Check.period("period", period, 2);
    }

    /** The output read from the line fitted to the current window. */
    abstract double read(Regression line);

    /** Feeds the next value; returns the output, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (regression.update(x)) {
            value = read(regression);
        }
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
        regression.clear();
        value = Double.NaN;
    }
}
