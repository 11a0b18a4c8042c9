package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.MarketSession;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * Where each New York date ends among the distinct bar times of a history: every run of a search over that history
 * has one equity point per distinct time, so its returns per date ({@code DailyReturns}' definition: a date's equity
 * is its last point's, the first date measured from the initial cash) are read at these points in one pass over the
 * dates, without looking at the curve's times again. Intraday runs give one return per session, daily, weekly and
 * monthly runs one per bar.
 */
public final class SessionEnds {

    private static final ZoneRules NEW_YORK = MarketSession.NEW_YORK.zone().getRules();
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final int times;
    private final int[] lastPoints;

    private SessionEnds(int times, int[] lastPoints) {
        this.times = times;
        this.lastPoints = lastPoints;
    }

    /**
     * The date ends of a history.
     *
     * @param bars the bars in replay order (by start time)
     * @return the index of the last distinct time of each New York date
     */
    public static SessionEnds of(List<Bar> bars) {
        int[] ends = new int[Math.max(1, bars.size())];
        int count = 0;
        int times = 0;
        long previousTime = Long.MIN_VALUE;
        long previousDay = Long.MIN_VALUE;
        for (Bar bar : bars) {
            long time = bar.start().toEpochMilli();
            if (time == previousTime) {
                continue;
            }
            long day = Math.floorDiv(time + NEW_YORK.getOffset(bar.start()).getTotalSeconds() * 1000L, MILLIS_PER_DAY);
            if (day != previousDay) {
                count++;
            }
            ends[count - 1] = times++;
            previousTime = time;
            previousDay = day;
        }
        return new SessionEnds(times, Arrays.copyOf(ends, count));
    }

    /**
     * The number of dates.
     *
     * @return the count
     */
    public int dates() {
        return lastPoints.length;
    }

    /**
     * A run's returns per date.
     *
     * @param curve       the run's equity curve over this history (one point per distinct time)
     * @param initialCash the equity before the first point
     * @return one return per date
     * @throws IllegalArgumentException when the curve does not have one point per distinct time
     */
    public double[] returns(EquityCurve curve, double initialCash) {
        if (curve.size() != times) {
            throw new IllegalArgumentException("the equity curve has " + curve.size() + " points, the history "
                    + times + " bar times");
        }
        double[] returns = new double[lastPoints.length];
        double previous = initialCash;
        for (int date = 0; date < returns.length; date++) {
            double equity = curve.equity(lastPoints[date]);
            returns[date] = equity / previous - 1;
            previous = equity;
        }
        return returns;
    }
}
