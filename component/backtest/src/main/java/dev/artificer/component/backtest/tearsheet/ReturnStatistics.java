package dev.artificer.component.backtest.tearsheet;

import java.util.Arrays;

/**
 * Statistics of a series of simple returns, as spreadsheet and pandas users know them: sample (n - 1) moments,
 * the bias-adjusted skewness and excess kurtosis of Excel's {@code SKEW} and {@code KURT} (pandas' {@code skew()} and
 * {@code kurt()}), historical value at risk and expected shortfall, and regression on a benchmark. A statistic
 * without enough data is {@code NaN}.
 */
public final class ReturnStatistics {

    private ReturnStatistics() {
    }

    /**
     * The arithmetic mean.
     *
     * @param values the returns
     * @return their mean; NaN when empty
     */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * The sample standard deviation (divisor n - 1).
     *
     * @param values the returns
     * @return the deviation; NaN with fewer than two values
     */
    public static double standardDeviation(double[] values) {
        return Math.sqrt(covariance(values, values));
    }

    /**
     * The adjusted Fisher-Pearson skewness: n / ((n - 1)(n - 2)) x sum(((x - mean) / s)^3), s the sample deviation.
     *
     * @param values the returns
     * @return the skewness; NaN with fewer than three values or no spread
     */
    public static double skew(double[] values) {
        int n = values.length;
        double deviation = standardDeviation(values);
        if (n < 3 || !(deviation > 0)) {
            return Double.NaN;
        }
        return (double) n / ((n - 1.0) * (n - 2.0)) * sumOfStandardizedPowers(values, deviation, 3);
    }

    /**
     * The bias-adjusted excess kurtosis: n(n + 1) / ((n - 1)(n - 2)(n - 3)) x sum(((x - mean) / s)^4)
     * - 3(n - 1)^2 / ((n - 2)(n - 3)); 0 for a normal distribution.
     *
     * @param values the returns
     * @return the excess kurtosis; NaN with fewer than four values or no spread
     */
    public static double kurtosis(double[] values) {
        double n = values.length;
        double deviation = standardDeviation(values);
        if (n < 4 || !(deviation > 0)) {
            return Double.NaN;
        }
        return n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sumOfStandardizedPowers(values, deviation, 4)
                - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
    }

    /** The sum of ((x - mean) / deviation)^power over the values. */
    private static double sumOfStandardizedPowers(double[] values, double deviation, int power) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            double z = (value - mean) / deviation;
            double term = z;
            for (int i = 1; i < power; i++) {
                term *= z;
            }
            sum += term;
        }
        return sum;
    }

    /**
     * Historical value at risk: the tail is the worst ceil((1 - level) x n) returns, and the value at risk is the
     * best of them, the return a period falls to or below with a chance of about 1 - level.
     *
     * @param values the returns
     * @param level  the confidence, e.g. 0.95
     * @return a return, negative for a loss; NaN when empty
     */
    public static double valueAtRisk(double[] values, double level) {
        double[] tail = tail(values, level);
        return tail.length == 0 ? Double.NaN : tail[tail.length - 1];
    }

    /**
     * Historical expected shortfall (conditional value at risk): the mean of the tail that
     * {@link #valueAtRisk(double[], double)} ends.
     *
     * @param values the returns
     * @param level  the confidence, e.g. 0.95
     * @return a return, negative for a loss; NaN when empty
     */
    public static double expectedShortfall(double[] values, double level) {
        double[] tail = tail(values, level);
        return tail.length == 0 ? Double.NaN : mean(tail);
    }

    /**
     * The beta of returns on a benchmark's returns of the same periods: cov(returns, benchmark) / var(benchmark).
     *
     * @param returns   the strategy's returns
     * @param benchmark the benchmark's returns, as many
     * @return the slope; NaN with fewer than two periods or a benchmark without spread
     */
    public static double beta(double[] returns, double[] benchmark) {
        double variance = covariance(benchmark, benchmark);
        return variance > 0 ? covariance(returns, benchmark) / variance : Double.NaN;
    }

    /**
     * Jensen's alpha, annualised: (mean(r - rf) - beta x mean(b - rf)) x periods per year.
     *
     * @param returns        the strategy's returns
     * @param benchmark      the benchmark's returns, as many
     * @param riskFree       the risk-free return per period
     * @param periodsPerYear periods in a year, e.g. 252 for days
     * @return the alpha per year; NaN when beta is
     */
    public static double alpha(double[] returns, double[] benchmark, double riskFree, double periodsPerYear) {
        double beta = beta(returns, benchmark);
        return ((mean(returns) - riskFree) - beta * (mean(benchmark) - riskFree)) * periodsPerYear;
    }

    /**
     * The information ratio, annualised: mean(r - b) / stdev(r - b) x sqrt(periods per year).
     *
     * @param returns        the strategy's returns
     * @param benchmark      the benchmark's returns, as many
     * @param periodsPerYear periods in a year
     * @return the ratio; NaN with fewer than two periods or no tracking error
     */
    public static double informationRatio(double[] returns, double[] benchmark, double periodsPerYear) {
        requireSameLength(returns, benchmark);
        double[] active = new double[returns.length];
        for (int index = 0; index < active.length; index++) {
            active[index] = returns[index] - benchmark[index];
        }
        double trackingError = standardDeviation(active);
        return trackingError > 0 ? mean(active) / trackingError * Math.sqrt(periodsPerYear) : Double.NaN;
    }

    private static double covariance(double[] first, double[] second) {
        requireSameLength(first, second);
        int n = first.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanFirst = mean(first);
        double meanSecond = mean(second);
        double sum = 0;
        for (int index = 0; index < n; index++) {
            sum += (first[index] - meanFirst) * (second[index] - meanSecond);
        }
        return sum / (n - 1);
    }

    private static double[] tail(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1 (got " + level + ")");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int worst = (int) Math.ceil((1 - level) * values.length - 1e-9);
        return Arrays.copyOf(sorted, Math.min(values.length, Math.max(1, worst)));
    }

    private static void requireSameLength(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("return series differ in length: " + first.length + " and "
                    + second.length);
        }
    }
}
