package dev.artificer.system.algotrader.adapters.yahoo;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A stock split as Yahoo reports it: from the day {@code date} on, {@code denominator} old shares are
 * {@code numerator} new ones (a 4-for-1 split is 4:1, a 1-for-10 reverse split 1:10).
 *
 * @param date        the first trading day at the new share count (New York)
 * @param numerator   new shares
 * @param denominator old shares
 */
public record Split(LocalDate date, double numerator, double denominator) {

    /** Checks the ratio. */
    public Split {
        if (!(numerator > 0) || !(denominator > 0) || Double.isInfinite(numerator) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("split on " + date + " has no usable ratio " + numerator + ":" + denominator);
        }
    }

    /**
     * How many new shares one old share became.
     *
     * @return e.g. 4 for a 4:1 split, 0.1 for 1:10
     */
    public double ratio() {
        return numerator / denominator;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s:%s", date, number(numerator), number(denominator));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
