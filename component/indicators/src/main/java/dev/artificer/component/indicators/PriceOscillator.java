package dev.artificer.component.indicators;

/** The streaming part of APO and PPO: a fast and a slow moving average of the same values, combined. */
abstract class PriceOscillator implements SeriesIndicator {

    private final SeriesIndicator fastAverage;
    private final SeriesIndicator slowAverage;
    private double value = Double.NaN;

    PriceOscillator(int fast, int slow, MovingAverageType type) {
        check(fast, slow);
        this.fastAverage = type.create(Math.min(fast, slow));
        this.slowAverage = type.create(Math.max(fast, slow));
    }

    static void check(int fast, int slow) {
        Check.period("fast", fast, 2);
        Check.period("slow", slow, 2);
    }

    /** The output from the two averages of the current bar. */
    abstract double combine(double fast, double slow);

    /** Feeds the next value; returns the oscillator, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        double fastValue = fastAverage.update(x);
        double slowValue = slowAverage.update(x);
        value = Double.isNaN(slowValue) ? Double.NaN : combine(fastValue, slowValue);
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
        fastAverage.reset();
        slowAverage.reset();
        value = Double.NaN;
    }
}
