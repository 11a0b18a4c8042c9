package dev.artificer.component.indicators;

/**
 * Least-squares line through the last {@code period} values, in TA-Lib's operations: the x axis counts
 * bars back from the latest (the latest is x = 0), and each window is summed afresh, O(period) per bar.
 *
 * <p>TA-Lib 0.4.0 computes {@code sum of x^2} in 32-bit integers, which overflows above period 1290; this
 * class uses 64-bit integers, so both agree up to that period and only this one is right beyond it.
 */
final class Regression {

    private final int period;
    private final double sumX;
    private final double divisor;
    private final Window window;
    private double slope;
    private double sumY;

    Regression(int period) {
        this.period = period;
        this.sumX = period * (long) (period - 1) * 0.5;
        double sumXSquared = (double) (period * (long) (period - 1) * (2L * period - 1) / 6);
        this.divisor = sumX * sumX - period * sumXSquared;
        this.window = new Window(period);
    }

    /** Feeds a value (no gaps); returns true once the window is full and the line is fitted. */
    boolean update(double x) {
        window.add(x);
        if (!window.isFull()) {
            return false;
        }
        double sumXY = 0;
        sumY = 0;
        for (int age = period - 1; age >= 0; age--) {
            double y = window.ago(age);
            sumY += y;
            sumXY += (double) age * y;
        }
        slope = (period * sumXY - sumX * sumY) / divisor;
        return true;
    }

    /** The slope per bar of the fitted line. */
    double slope() {
        return slope;
    }

    /** The fitted line's value at the latest bar. */
    double end() {
        double intercept = (sumY - slope * sumX) / (double) period;
        return intercept + slope * (double) (period - 1);
    }

    void clear() {
        window.clear();
    }
}
