package dev.artificer.component.backtest.tearsheet;

import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.market.MarketSession;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * An equity curve's returns per New York calendar date: the equity at a date is that of its last point (the bar
 * starting last on that date), and each date's return is measured from the previous date's equity, the first from
 * the initial cash. Intraday runs give one return per session; weekly and monthly runs one per bar. Months and
 * years compound the dates they hold.
 */
public final class DailyReturns {

    private static final ZoneId NEW_YORK = MarketSession.NEW_YORK.zone();

    private final LocalDate[] dates;
    private final double[] equity;
    private final double[] returns;

    private DailyReturns(LocalDate[] dates, double[] equity, double[] returns) {
        this.dates = dates;
        this.equity = equity;
        this.returns = returns;
    }

    /**
     * The returns of a curve.
     *
     * @param curve       the equity curve, times ascending
     * @param initialCash the equity before its first point
     * @return one return per New York date that has a point
     */
    public static DailyReturns of(EquityCurve curve, double initialCash) {
        List<LocalDate> days = new ArrayList<>();
        List<Double> closing = new ArrayList<>();
        for (int index = 0; index < curve.size(); index++) {
            LocalDate day = curve.time(index).atZone(NEW_YORK).toLocalDate();
            if (!days.isEmpty() && days.getLast().equals(day)) {
                closing.set(closing.size() - 1, curve.equity(index));
            } else {
                days.add(day);
                closing.add(curve.equity(index));
            }
        }
        double[] equity = closing.stream().mapToDouble(Double::doubleValue).toArray();
        double[] returns = new double[equity.length];
        double previous = initialCash;
        for (int index = 0; index < equity.length; index++) {
            returns[index] = equity[index] / previous - 1;
            previous = equity[index];
        }
        return new DailyReturns(days.toArray(LocalDate[]::new), equity, returns);
    }

    /**
     * The number of dates.
     *
     * @return the count
     */
    public int size() {
        return returns.length;
    }

    /**
     * A date.
     *
     * @param index the position
     * @return the New York date
     */
    public LocalDate date(int index) {
        return dates[index];
    }

    /**
     * The return of a date.
     *
     * @param index the position
     * @return e.g. 0.01 for +1 %
     */
    public double value(int index) {
        return returns[index];
    }

    /**
     * The equity at the end of a date.
     *
     * @param index the position
     * @return dollars
     */
    public double equity(int index) {
        return equity[index];
    }

    /**
     * The returns, in date order.
     *
     * @return a copy
     */
    public double[] values() {
        return returns.clone();
    }

    /**
     * The returns of the dates both series have, this series' values first.
     *
     * @param other another series, e.g. the benchmark's
     * @return two arrays of equal length: [this, other]
     */
    public double[][] alignedWith(DailyReturns other) {
        List<double[]> pairs = new ArrayList<>();
        int at = 0;
        for (int index = 0; index < dates.length; index++) {
            while (at < other.dates.length && other.dates[at].isBefore(dates[index])) {
                at++;
            }
            if (at < other.dates.length && other.dates[at].equals(dates[index])) {
                pairs.add(new double[] {returns[index], other.returns[at]});
            }
        }
        return new double[][] {pairs.stream().mapToDouble(pair -> pair[0]).toArray(),
                pairs.stream().mapToDouble(pair -> pair[1]).toArray()};
    }

    /**
     * The compounded return of each calendar month.
     *
     * @return by month, ascending
     */
    public SortedMap<YearMonth, Double> monthly() {
        return compounded(YearMonth::from);
    }

    /**
     * The compounded return of each calendar year.
     *
     * @return by year, ascending
     */
    public SortedMap<Year, Double> yearly() {
        return compounded(Year::from);
    }

    /**
     * The annualised sample standard deviation over a trailing window of dates, at every date the window is full.
     *
     * @param window         dates per window, at least two
     * @param periodsPerYear for annualising, e.g. 252
     * @return one value per date; NaN until the first full window
     */
    public double[] rollingVolatility(int window, double periodsPerYear) {
        return rolling(window, values -> ReturnStatistics.standardDeviation(values) * Math.sqrt(periodsPerYear));
    }

    /**
     * The annualised Sharpe ratio over a trailing window of dates, at every date the window is full.
     *
     * @param window         dates per window, at least two
     * @param riskFree       the risk-free return per date
     * @param periodsPerYear for annualising, e.g. 252
     * @return one value per date; NaN until the first full window and where the window has no spread
     */
    public double[] rollingSharpe(int window, double riskFree, double periodsPerYear) {
        return rolling(window, values -> {
            double deviation = ReturnStatistics.standardDeviation(values);
            return deviation > 0 ? (ReturnStatistics.mean(values) - riskFree) / deviation * Math.sqrt(periodsPerYear)
                    : Double.NaN;
        });
    }

    private double[] rolling(int window, ToDoubleFunction<double[]> statistic) {
        if (window < 2) {
            throw new IllegalArgumentException("a rolling window needs at least two dates (got " + window + ")");
        }
        double[] rolled = new double[returns.length];
        Arrays.fill(rolled, Double.NaN);
        for (int end = window; end <= returns.length; end++) {
            rolled[end - 1] = statistic.applyAsDouble(Arrays.copyOfRange(returns, end - window, end));
        }
        return rolled;
    }

    private <K extends Comparable<K>> SortedMap<K, Double> compounded(Function<LocalDate, K> period) {
        SortedMap<K, Double> growth = new TreeMap<>();
        for (int index = 0; index < returns.length; index++) {
            growth.merge(period.apply(dates[index]), 1 + returns[index], (left, right) -> left * right);
        }
        growth.replaceAll((key, value) -> value - 1);
        return growth;
    }
}
