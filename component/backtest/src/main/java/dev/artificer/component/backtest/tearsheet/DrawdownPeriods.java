package dev.artificer.component.backtest.tearsheet;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits daily equity into its drawdowns: each one runs from a running peak (the initial cash is the first, dated
 * the first date) to the first date back at or above it, or to the last date.
 */
public final class DrawdownPeriods {

    private DrawdownPeriods() {
    }

    /**
     * The deepest drawdowns.
     *
     * @param daily       the equity per date
     * @param initialCash the equity before the first date
     * @param count       how many to keep
     * @return at most {@code count} drawdowns, deepest first (of equally deep ones the earlier)
     */
    public static List<DrawdownPeriod> deepest(DailyReturns daily, double initialCash, int count) {
        List<DrawdownPeriod> periods = new ArrayList<>();
        double peak = initialCash;
        int peakIndex = 0;
        int troughIndex = -1;
        double depth = 0;
        for (int index = 0; index < daily.size(); index++) {
            double equity = daily.equity(index);
            if (equity >= peak) {
                if (troughIndex >= 0) {
                    periods.add(period(daily, peakIndex, troughIndex, index, depth));
                }
                peak = equity;
                peakIndex = index;
                troughIndex = -1;
                depth = 0;
            } else if ((peak - equity) / peak > depth) {
                depth = (peak - equity) / peak;
                troughIndex = index;
            }
        }
        if (troughIndex >= 0) {
            periods.add(period(daily, peakIndex, troughIndex, -1, depth));
        }
        return periods.stream().sorted(Comparator.comparingDouble(DrawdownPeriod::depth).reversed()).limit(count)
                .toList();
    }

    private static DrawdownPeriod period(DailyReturns daily, int peak, int trough, int recovery, double depth) {
        int end = recovery < 0 ? daily.size() - 1 : recovery;
        return new DrawdownPeriod(daily.date(peak), daily.date(trough), recovery < 0 ? null : daily.date(recovery),
                depth, ChronoUnit.DAYS.between(daily.date(peak), daily.date(end)));
    }
}
