package dev.artificer.component.backtest;

import dev.artificer.component.market.Timeframe;

/**
 * The simple returns of an equity curve, one per point, the first measured from the initial cash, with the
 * annualised statistics built on them. Statistics that need a spread are {@code NaN} with fewer than two returns.
 */
final class PeriodReturns {

    private static final double TRADING_DAYS = 252;
    private static final double MINUTES_PER_SESSION = 390;

    private final double[] returns;
    private final double periodsPerYear;

    private PeriodReturns(double[] returns, double periodsPerYear) {
        this.returns = returns;
        this.periodsPerYear = periodsPerYear;
    }

    /**
     * The returns of a curve.
     *
     * @param curve       the equity curve
     * @param initialCash the equity before the first point
     * @param timeframe   the bar size, or {@code null} when there were no bars
     * @return the returns
     */
    static PeriodReturns of(EquityCurve curve, double initialCash, Timeframe timeframe) {
        double[] returns = new double[curve.size()];
        double previous = initialCash;
        for (int index = 0; index < returns.length; index++) {
            double equity = curve.equity(index);
            returns[index] = equity / previous - 1;
            previous = equity;
        }
        return new PeriodReturns(returns, timeframe == null ? Double.NaN : periodsPerYear(timeframe));
    }

    /**
     * Bars per year of a timeframe: 252 daily, 52 weekly, 12 monthly, and 252 sessions of 390 minutes for intraday.
     *
     * @param timeframe the bar size
     * @return e.g. 19,656 for five-minute bars
     */
    static double periodsPerYear(Timeframe timeframe) {
        return switch (timeframe) {
            case DAILY -> TRADING_DAYS;
            case WEEKLY -> 52;
            case MONTHLY -> 12;
            default -> TRADING_DAYS * MINUTES_PER_SESSION / timeframe.nominalLength().toMinutes();
        };
    }

    double periodsPerYear() {
        return periodsPerYear;
    }

    /** The risk-free rate per period, compounding to the annual rate over a year of periods. */
    double perPeriod(double annualRate) {
        return Math.pow(1 + annualRate, 1 / periodsPerYear) - 1;
    }

    double annualVolatility() {
        return standardDeviation() * Math.sqrt(periodsPerYear);
    }

    double sharpe(double riskFreePerPeriod) {
        return ratio(mean() - riskFreePerPeriod, standardDeviation());
    }

    double sortino(double riskFreePerPeriod) {
        return ratio(mean() - riskFreePerPeriod, downsideDeviation(riskFreePerPeriod));
    }

    private double ratio(double excess, double deviation) {
        if (returns.length < 2 || deviation == 0) {
            return Double.NaN;
        }
        return excess / deviation * Math.sqrt(periodsPerYear);
    }

    private double mean() {
        double sum = 0;
        for (double value : returns) {
            sum += value;
        }
        return sum / returns.length;
    }

    private double standardDeviation() {
        if (returns.length < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double squares = 0;
        for (double value : returns) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (returns.length - 1));
    }

    private double downsideDeviation(double target) {
        double squares = 0;
        for (double value : returns) {
            double shortfall = Math.min(0, value - target);
            squares += shortfall * shortfall;
        }
        return Math.sqrt(squares / returns.length);
    }
}
