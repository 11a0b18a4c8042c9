package dev.artificer.component.backtest.tearsheet;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.Trade;
import dev.artificer.component.backtest.Trades;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.util.List;

/**
 * Everything a backtest's tearsheet shows, for the strategy and beside it the benchmark ({@link BuyAndHold} of the
 * same symbols over the same dates): the {@link PerformanceMetrics} of both (per bar, as the engine measures them),
 * the {@link ReturnProfile} of their returns per New York date, the strategy's alpha, beta and information ratio
 * against the benchmark (per date), trade statistics, the deepest drawdowns and the round trips.
 *
 * @param strategy             the strategy's metrics
 * @param benchmark            the benchmark's metrics (trade metrics NaN; its exposure is the share of points
 *                             with a symbol held)
 * @param strategyProfile      the strategy's daily return profile
 * @param benchmarkProfile     the benchmark's
 * @param alpha                Jensen's alpha per year against the benchmark, from daily returns, over the risk-free
 *                             rate
 * @param beta                 the slope of the strategy's daily returns on the benchmark's
 * @param informationRatio     mean daily active return / its standard deviation x sqrt(periods per year)
 * @param payoffRatio          average win / average loss (as a positive number); NaN without a win or a loss
 * @param averageHolding       the mean time the closed trades were held; {@code null} without trades
 * @param drawdowns            the five deepest drawdowns, deepest first
 * @param roundTrips           the closed trades, then the positions open at the end
 * @param strategyDaily        the strategy's returns per date
 * @param benchmarkDaily       the benchmark's
 * @param benchmarkRun         the benchmark as a run, for its curve
 * @param periodsPerYear       dates per year used to annualise the daily statistics: 252, or 52 / 12 for weekly
 *                             and monthly bars
 */
public record Tearsheet(PerformanceMetrics strategy, PerformanceMetrics benchmark, ReturnProfile strategyProfile,
                        ReturnProfile benchmarkProfile, double alpha, double beta, double informationRatio,
                        double payoffRatio, Duration averageHolding, List<DrawdownPeriod> drawdowns,
                        List<RoundTrip> roundTrips, DailyReturns strategyDaily, DailyReturns benchmarkDaily,
                        BacktestResult benchmarkRun, double periodsPerYear) {

    private static final int DRAWDOWNS = 5;

    /** Copies the lists. */
    public Tearsheet {
        drawdowns = List.copyOf(drawdowns);
        roundTrips = List.copyOf(roundTrips);
    }

    /**
     * Measures a backtest.
     *
     * @param result       the backtest
     * @param bars         the bars it replayed (bars before its first equity point, such as a walk-forward's first
     *                     in-sample window, are left out of the benchmark)
     * @param riskFreeRate the annual risk-free rate, e.g. 0.04
     * @return the tearsheet
     */
    public static Tearsheet of(BacktestResult result, List<Bar> bars, double riskFreeRate) {
        PerformanceMetrics metrics = PerformanceMetrics.of(result, riskFreeRate);
        List<Bar> covered = result.equityCurve().size() == 0 ? bars
                : bars.stream().filter(bar -> !bar.start().isBefore(result.equityCurve().time(0))).toList();
        BacktestResult benchmarkRun = BuyAndHold.of(covered, result.initialCash(), result.timeframe());
        DailyReturns daily = DailyReturns.of(result.equityCurve(), result.initialCash());
        DailyReturns benchmarkDaily = DailyReturns.of(benchmarkRun.equityCurve(), result.initialCash());
        double periodsPerYear = datesPerYear(result.timeframe());
        double riskFree = Math.pow(1 + riskFreeRate, 1 / periodsPerYear) - 1;
        double[][] aligned = daily.alignedWith(benchmarkDaily);
        List<Trade> trades = Trades.of(result);
        return new Tearsheet(metrics, PerformanceMetrics.of(benchmarkRun, riskFreeRate), ReturnProfile.of(daily),
                ReturnProfile.of(benchmarkDaily), ReturnStatistics.alpha(aligned[0], aligned[1], riskFree, periodsPerYear),
                ReturnStatistics.beta(aligned[0], aligned[1]),
                ReturnStatistics.informationRatio(aligned[0], aligned[1], periodsPerYear),
                metrics.averageWin() / -metrics.averageLoss(), averageHolding(trades),
                DrawdownPeriods.deepest(daily, result.initialCash(), DRAWDOWNS), RoundTrips.of(result, bars), daily,
                benchmarkDaily, benchmarkRun, periodsPerYear);
    }

    /**
     * Dates per year for annualising returns per New York date.
     *
     * @param timeframe the bar size, or {@code null} without bars
     * @return 52 for weekly, 12 for monthly, else 252 (one date per session)
     */
    public static double datesPerYear(Timeframe timeframe) {
        return timeframe == Timeframe.WEEKLY || timeframe == Timeframe.MONTHLY
                ? PerformanceMetrics.periodsPerYear(timeframe) : 252;
    }

    private static Duration averageHolding(List<Trade> trades) {
        if (trades.isEmpty()) {
            return null;
        }
        long millis = 0;
        for (Trade trade : trades) {
            millis += trade.duration().toMillis();
        }
        return Duration.ofMillis(millis / trades.size());
    }
}
