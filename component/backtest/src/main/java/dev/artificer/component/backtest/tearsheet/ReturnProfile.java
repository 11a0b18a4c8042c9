package dev.artificer.component.backtest.tearsheet;

import java.util.Arrays;
import java.util.Collection;

/**
 * The shape of a run's returns per New York date ({@link DailyReturns}): their moments, tail risk at 95 % and the
 * best and worst date, calendar month and calendar year. Partial first and last months and years count as they are.
 *
 * @param skew              adjusted skewness of the daily returns ({@link ReturnStatistics#skew(double[])})
 * @param kurtosis          adjusted excess kurtosis of the daily returns
 * @param valueAtRisk       historical daily value at risk at 95 %, a return (negative: a loss)
 * @param expectedShortfall historical daily expected shortfall at 95 %, a return
 * @param bestDay           the highest daily return
 * @param worstDay          the lowest daily return
 * @param bestMonth         the highest compounded monthly return
 * @param worstMonth        the lowest compounded monthly return
 * @param bestYear          the highest compounded yearly return
 * @param worstYear         the lowest compounded yearly return
 */
public record ReturnProfile(double skew, double kurtosis, double valueAtRisk, double expectedShortfall, double bestDay,
                            double worstDay, double bestMonth, double worstMonth, double bestYear, double worstYear) {

    private static final double LEVEL = 0.95;

    /**
     * Profiles daily returns.
     *
     * @param daily the returns per date
     * @return the profile; NaN where there are too few dates
     */
    public static ReturnProfile of(DailyReturns daily) {
        double[] values = daily.values();
        Collection<Double> days = Arrays.stream(values).boxed().toList();
        Collection<Double> months = daily.monthly().values();
        Collection<Double> years = daily.yearly().values();
        return new ReturnProfile(ReturnStatistics.skew(values), ReturnStatistics.kurtosis(values),
                ReturnStatistics.valueAtRisk(values, LEVEL), ReturnStatistics.expectedShortfall(values, LEVEL),
                max(days), min(days), max(months), min(months), max(years), min(years));
    }

    private static double max(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double min(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
