package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.PerformanceMetrics;
import java.util.List;

/**
 * The deflated Sharpe ratio of Bailey and López de Prado (2014, "The Deflated Sharpe Ratio: Correcting for Selection
 * Bias, Backtest Overfitting and Non-Normality"): the probability that the selected strategy's true Sharpe ratio
 * exceeds the best one that {@code trials} unskilled trials would show by luck. With per-period Sharpe ratios,
 * SR0 = sqrt(V) x ((1 - g) x Z^-1(1 - 1/N) + g x Z^-1(1 - 1/(N e))), g the Euler-Mascheroni constant and V the
 * variance of the trials' Sharpe ratios; then DSR = Z((SR - SR0) x sqrt(T - 1) / sqrt(1 - skew x SR + (kurtosis - 1)
 * / 4 x SR^2)) over the T returns of the selected run, kurtosis not in excess.
 *
 * @param sharpe          the selected run's Sharpe ratio per period
 * @param expectedMaximum SR0, the expected maximum Sharpe ratio per period of the trials under no skill (0 for one
 *                        trial)
 * @param probability     the deflated Sharpe ratio, between 0 and 1; above 0.95 the winner is unlikely to be luck
 * @param trials          the number of trials N
 */
public record DeflatedSharpe(double sharpe, double expectedMaximum, double probability, int trials) {

    private static final double EULER_MASCHERONI = 0.5772156649015329;

    /**
     * The deflated Sharpe ratio from its inputs.
     *
     * @param sharpe       the selected Sharpe ratio per period
     * @param variance     the variance of the trials' Sharpe ratios per period
     * @param trials       the number of trials, at least one
     * @param observations the number of returns of the selected run, T
     * @param skew         their skewness
     * @param kurtosis     their kurtosis (3 for normal returns, not in excess)
     * @return the deflated Sharpe ratio
     */
    public static DeflatedSharpe of(double sharpe, double variance, int trials, long observations, double skew,
                                    double kurtosis) {
        if (trials < 1) {
            throw new IllegalArgumentException("the deflated Sharpe ratio needs at least one trial (got " + trials + ")");
        }
        double expected = trials == 1 ? 0 : Math.sqrt(variance) * ((1 - EULER_MASCHERONI)
                * NormalDistribution.quantile(1 - 1.0 / trials)
                + EULER_MASCHERONI * NormalDistribution.quantile(1 - 1 / (trials * Math.E)));
        double spread = Math.sqrt(1 - skew * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe);
        return new DeflatedSharpe(sharpe, expected,
                NormalDistribution.cdf((sharpe - expected) * Math.sqrt(observations - 1) / spread), trials);
    }

    /**
     * The deflated Sharpe ratio of a search's winner: the trials are the ranked candidates with a Sharpe ratio, their
     * annualised Sharpe ratios brought back to per period; the winner's returns are those of its run.
     *
     * @param search the search
     * @param winner the run of the best candidate (its Sharpe measured like the candidates')
     * @param riskFreeRate the annual rate the candidates' Sharpe ratios were measured against
     * @return the deflated Sharpe ratio; NaN inside when the run has fewer than four returns
     */
    public static DeflatedSharpe of(SearchResult search, BacktestResult winner, double riskFreeRate) {
        double periods = PerformanceMetrics.periodsPerYear(winner.timeframe());
        List<Double> sharpes = search.ranked().stream().map(candidate -> candidate.metrics().get("sharpe"))
                .filter(value -> value != null && Double.isFinite(value)).map(value -> value / Math.sqrt(periods))
                .toList();
        double mean = sharpes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = sharpes.size() < 2 ? 0 : sharpes.stream().mapToDouble(value -> (value - mean) * (value - mean))
                .sum() / (sharpes.size() - 1);
        double[] returns = returns(winner.equityCurve(), winner.initialCash());
        double sharpe = PerformanceMetrics.of(winner, riskFreeRate).sharpe() / Math.sqrt(periods);
        return of(sharpe, variance, Math.max(1, sharpes.size()), returns.length, skew(returns), kurtosis(returns));
    }

    private static double[] returns(EquityCurve curve, double initialCash) {
        double[] returns = new double[curve.size()];
        double previous = initialCash;
        for (int index = 0; index < returns.length; index++) {
            returns[index] = curve.equity(index) / previous - 1;
            previous = curve.equity(index);
        }
        return returns;
    }

    /** The population skewness m3 / m2^1.5, as the paper's moments of the returns. */
    private static double skew(double[] values) {
        double[] moments = centralMoments(values);
        return moments[1] > 0 ? moments[2] / Math.pow(moments[1], 1.5) : 0;
    }

    /** The population kurtosis m4 / m2^2 (3 for a normal distribution). */
    private static double kurtosis(double[] values) {
        double[] moments = centralMoments(values);
        return moments[1] > 0 ? moments[3] / (moments[1] * moments[1]) : 3;
    }

    private static double[] centralMoments(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double[] moments = new double[4];
        for (double value : values) {
            double deviation = value - mean;
            moments[1] += deviation * deviation / values.length;
            moments[2] += deviation * deviation * deviation / values.length;
            moments[3] += deviation * deviation * deviation * deviation / values.length;
        }
        return moments;
    }
}
