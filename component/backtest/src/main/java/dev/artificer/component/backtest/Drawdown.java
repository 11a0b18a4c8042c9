package dev.artificer.component.backtest;

import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The drawdowns of an equity curve: falls from a running peak (the initial cash counts as the first peak) until the
 * first point back at or above it, or until the last point when equity never got back. It reports the deepest one
 * (of equally deep ones the first) with its length, and the longest time under water (of equally long ones the
 * first). A point's equity is taken at the end of its bar, the initial cash at the start of the first bar. Lengths
 * of daily, weekly and monthly runs are whole New York calendar days between those ends, so a change of daylight
 * saving time does not show; intraday runs count elapsed time, in days.
 *
 * @param depth        the deepest fall as a fraction of its peak; 0 when equity never fell
 * @param bars         points from that fall's peak to its recovery (or the last point)
 * @param days         days from that fall's peak to its recovery (or the end of the last bar)
 * @param longestBars  points of the longest time under water
 * @param longestDays  days of the longest time under water
 */
record Drawdown(double depth, int bars, double days, int longestBars, double longestDays) {

    /** No drawdown. */
    static final Drawdown NONE = new Drawdown(0, 0, 0, 0, 0);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    /**
     * Measures the curve.
     *
     * @param curve       the equity curve
     * @param initialCash the equity before the first point
     * @param timeframe   the bar size
     * @return the deepest and the longest drawdown
     */
    static Drawdown of(EquityCurve curve, double initialCash, Timeframe timeframe) {
        int size = curve.size();
        double peak = initialCash;
        int peakIndex = -1;
        boolean under = false;
        double worst = 0;
        int worstPeak = -1;
        int worstEnd = -1;
        int longestPeak = -1;
        int longestEnd = -1;
        double longest = 0;
        for (int index = 0; index < size; index++) {
            double equity = curve.equity(index);
            if (equity >= peak) {
                if (under) {
                    double length = days(curve, peakIndex, index, timeframe);
                    if (length > longest) {
                        longest = length;
                        longestPeak = peakIndex;
                        longestEnd = index;
                    }
                }
                if (worstEnd < 0 && worstPeak == peakIndex && worst > 0) {
                    worstEnd = index;
                }
                peak = equity;
                peakIndex = index;
                under = false;
            } else {
                under = true;
                if ((peak - equity) / peak > worst) {
                    worst = (peak - equity) / peak;
                    worstPeak = peakIndex;
                    worstEnd = -1;
                }
            }
        }
        if (worst == 0) {
            return NONE;
        }
        if (under && days(curve, peakIndex, size - 1, timeframe) > longest) {
            longestPeak = peakIndex;
            longestEnd = size - 1;
        }
        int end = worstEnd < 0 ? size - 1 : worstEnd;
        return new Drawdown(worst, end - worstPeak, days(curve, worstPeak, end, timeframe), longestEnd - longestPeak,
                days(curve, longestPeak, longestEnd, timeframe));
    }

    /** The length from the end of point {@code from} (-1: the start of the first bar) to the end of point {@code to}. */
    private static double days(EquityCurve curve, int from, int to, Timeframe timeframe) {
        if (timeframe.intraday()) {
            Duration bar = timeframe.nominalLength();
            Instant start = from < 0 ? curve.time(0) : curve.time(from).plus(bar);
            return Duration.between(start, curve.time(to).plus(bar)).toMillis() / MILLIS_PER_DAY;
        }
        LocalDate start = from < 0 ? day(curve, 0).minus(barPeriod(timeframe)) : day(curve, from);
        return ChronoUnit.DAYS.between(start, day(curve, to));
    }

    private static LocalDate day(EquityCurve curve, int index) {
        return curve.time(index).atZone(NEW_YORK).toLocalDate();
    }

    private static Period barPeriod(Timeframe timeframe) {
        return switch (timeframe) {
            case WEEKLY -> Period.ofWeeks(1);
            case MONTHLY -> Period.ofMonths(1);
            default -> Period.ofDays(1);
        };
    }
}
