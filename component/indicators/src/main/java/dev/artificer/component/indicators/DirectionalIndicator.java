package dev.artificer.component.indicators;

/** The streaming skeleton of +DI, -DI and DX: a {@link Directional} state and one value derived from it. */
abstract class DirectionalIndicator implements ScalarIndicator {

    private final Directional directional;
    private double value = Double.NaN;

    DirectionalIndicator(int period) {
        this.directional = new Directional(checkPeriod(period));
    }

    static int checkPeriod(int period) {
        return Check.period("period", period, 2);
    }

    /** The value for the current bar, given the state and the previous value (NaN on the first). */
    abstract double next(Directional state, double previous);

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the value, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        if (directional.update(high, low, close)) {
            value = next(directional, value);
        }
        return value;
    }

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        directional.clear();
        value = Double.NaN;
    }
}
