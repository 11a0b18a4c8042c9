package dev.artificer.component.backtest;

import java.time.Duration;
import java.time.Instant;

/**
 * The deepest fall of an equity curve from a running peak (the initial cash counts as the first peak), and how long
 * it lasted: from the peak to the first point back at or above it, or to the last point when equity never got back.
 * Of several equally deep drawdowns the first counts. A point's equity is taken at the end of its bar, the initial
 * cash at the start of the first bar.
 *
 * @param depth    the fall as a fraction of the peak; 0 when equity never fell
 * @param bars     points from the peak to the recovery (or the last point)
 * @param duration time from the peak to the recovery (or the end of the last bar)
 */
record Drawdown(double depth, int bars, Duration duration) {

    /** No drawdown. */
    static final Drawdown NONE = new Drawdown(0, 0, Duration.ZERO);

    /**
     * Measures the curve.
     *
     * @param curve       the equity curve
     * @param initialCash the equity before the first point
     * @param barLength   the length of one bar
     * @return the deepest drawdown
     */
    static Drawdown of(EquityCurve curve, double initialCash, Duration barLength) {
        int size = curve.size();
        double peak = initialCash;
        int peakIndex = -1;
        double worst = 0;
        int worstPeak = -1;
        int worstEnd = -1;
        for (int index = 0; index < size; index++) {
            double equity = curve.equity(index);
            if (equity >= peak) {
                if (worstEnd < 0 && worstPeak == peakIndex && worst > 0) {
                    worstEnd = index;
                }
                peak = equity;
                peakIndex = index;
            } else if ((peak - equity) / peak > worst) {
                worst = (peak - equity) / peak;
                worstPeak = peakIndex;
                worstEnd = -1;
            }
        }
        if (worst == 0) {
            return NONE;
        }
        int end = worstEnd < 0 ? size - 1 : worstEnd;
        return new Drawdown(worst, end - worstPeak,
                Duration.between(endOf(curve, worstPeak, barLength), endOf(curve, end, barLength)));
    }

    private static Instant endOf(EquityCurve curve, int index, Duration barLength) {
        return index < 0 ? curve.time(0) : curve.time(index).plus(barLength);
    }
}
