package dev.artificer.component.indicators;

/** TA-Lib's raw %K of one bar: where the close sits between the lowest low and highest high of a window. */
final class RawStochastic {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    RawStochastic(int period) {
        this.highest = new RollingExtreme(period, true);
        this.lowest = new RollingExtreme(period, false);
    }

    /** Feeds a bar (no gaps): the raw %K, NaN until the window is full. */
    double update(double high, double low, double close) {
        highest.add(high);
        lowest.add(low);
        return highest.isFull() ? of(scale(highest.value(), lowest.value()), lowest.value(), close) : Double.NaN;
    }

    /** TA-Lib's divisor of %K: one percent of the window's range. */
    static double scale(double highest, double lowest) {
        return (highest - lowest) / 100.0;
    }

    /** {@code (close - lowest) / scale}, 0 for a flat window, in TA-Lib's operations. */
    static double of(double scale, double lowest, double close) {
        return scale != 0.0 ? (close - lowest) / scale : 0.0;
    }

    void clear() {
        highest.clear();
        lowest.clear();
    }
}
