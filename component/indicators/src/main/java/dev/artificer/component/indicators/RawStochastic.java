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
        return highest.isFull() ? of(highest.value(), lowest.value(), close) : Double.NaN;
    }

    /** {@code (close - lowest) / ((highest - lowest) / 100)}, 0 for a flat window, in TA-Lib's operations. */
    static double of(double highest, double lowest, double close) {
        double diff = (highest - lowest) / 100.0;
        return diff != 0.0 ? (close - lowest) / diff : 0.0;
    }

    void clear() {
        highest.clear();
        lowest.clear();
    }
}
