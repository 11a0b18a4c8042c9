package dev.artificer.component.backtest;

import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance of a backtest. Returns are the simple returns of the equity curve, one per point, the first from
 * the initial cash; a year has {@link #periodsPerYear(Timeframe)} of them. Ratios that cannot be computed are
 * {@code NaN}, never an exception.
 *
 * @param totalReturn          final equity / initial cash - 1; 0 without bars
 * @param cagr                 (final equity / initial cash)^(1 / years) - 1, where years = (start of the last point
 *                             - start of the first point + one bar length) / 365.25 days, i.e. the calendar time the
 *                             curve covers; -1 when the account was wiped out; NaN without bars
 * @param annualVolatility     sample standard deviation (n - 1) of the returns x sqrt(periods per year); NaN with
 *                             fewer than two returns
 * @param riskFreeRate         the annual risk-free rate Sharpe and Sortino were measured against, e.g. 0.04 for 4 %
 * @param sharpe               mean excess return / sample standard deviation x sqrt(periods per year), the excess
 *                             over the risk-free rate per period, (1 + annual rate)^(1 / periods per year) - 1; NaN
 *                             with fewer than two returns or no variation
 * @param sortino              mean excess return / downside deviation x sqrt(periods per year), the downside
 *                             deviation being sqrt(mean over ALL returns of min(0, return - risk-free per period)^2);
 *                             NaN with fewer than two returns or no return below the risk-free rate
 * @param calmar               cagr / maxDrawdown; NaN when equity never fell
 * @param maxDrawdown          the deepest fall from a running peak (the initial cash is the first peak), as a fraction
 *                             of that peak; 0 when equity never fell
 * @param maxDrawdownDays      the deepest drawdown's duration: days from its peak to the first point back at or
 *                             above it, or to the end of the last bar when it never recovered (a point's equity
 *                             counts at the end of its bar); whole New York calendar days for daily, weekly and
 *                             monthly bars, elapsed days for intraday bars; 0 when equity never fell
 * @param maxDrawdownBars      points from that drawdown's peak to its recovery, or to the last point
 * @param longestDrawdownDays  the longest time under water, whatever its depth: the most days from a peak to the
 *                             first point back at or above it (or to the end), counted like {@code maxDrawdownDays}
 * @param longestDrawdownBars  points of that longest time under water
 * @param winRate              the share of trades with a positive pnl; NaN without trades
 * @param profitFactor         gross profit / gross loss of the trades; Infinity when no trade lost but one won, NaN
 *                             without trades or when no trade won or lost
 * @param expectancy           the mean trade pnl in dollars; NaN without trades
 * @param averageWin           the mean pnl of the winning trades, in dollars; NaN without one
 * @param averageLoss          the mean pnl of the losing trades, in dollars, negative; NaN without one
 * @param exposure             the share of curve points with a position open (a share count not zero at the end of the
 *                             point); 0 without bars
 * @param trades               the number of round trips ({@link Trades#of(BacktestResult)}); open positions do not count
 * @param turnover             the traded value of all fills / the mean equity of the curve; 0 without fills
 * @param feesPaid             commissions in dollars
 * @param buyAndHoldReturn     the benchmark: holding the same symbols from the first open to the last close
 */
public record PerformanceMetrics(double totalReturn, double cagr, double annualVolatility, double riskFreeRate,
                                 double sharpe,
                                 double sortino, double calmar, double maxDrawdown, double maxDrawdownDays,
                                 int maxDrawdownBars, double longestDrawdownDays, int longestDrawdownBars, double winRate, double profitFactor, double expectancy,
                                 double averageWin, double averageLoss, double exposure, int trades, double turnover,
                                 double feesPaid, double buyAndHoldReturn) {

    private static final List<String> KEYS = List.of("total_return", "cagr", "annual_volatility", "risk_free_rate",
            "sharpe", "sortino", "calmar", "max_drawdown", "max_drawdown_days", "max_drawdown_bars",
            "longest_drawdown_days", "longest_drawdown_bars", "win_rate", "profit_factor",
            "expectancy", "average_win", "average_loss", "exposure", "trades", "turnover", "fees_paid",
            "buy_and_hold_return");
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    private static final double DAYS_PER_YEAR = 365.25;

    /**
     * Measures a backtest with a risk-free rate of zero.
     *
     * @param result the backtest
     * @return the metrics
     */
    public static PerformanceMetrics of(BacktestResult result) {
        return of(result, 0);
    }

    /**
     * Measures a backtest.
     *
     * @param result       the backtest
     * @param riskFreeRate the annual risk-free rate for Sharpe and Sortino, e.g. 0.04 for 4 %
     * @return the metrics
     * @throws IllegalArgumentException when the rate is not finite or not above -1
     */
    public static PerformanceMetrics of(BacktestResult result, double riskFreeRate) {
        if (!(Double.isFinite(riskFreeRate) && riskFreeRate > -1)) {
            throw new IllegalArgumentException("risk-free rate must be finite and above -1 (got " + riskFreeRate + ")");
        }
        EquityCurve curve = result.equityCurve();
        PeriodReturns returns = PeriodReturns.of(curve, result.initialCash(), result.timeframe());
        double riskFree = returns.perPeriod(riskFreeRate);
        Drawdown drawdown = curve.size() == 0 ? Drawdown.NONE
                : Drawdown.of(curve, result.initialCash(), result.timeframe());
        double cagr = cagr(result);
        TradeStatistics trades = TradeStatistics.of(Trades.of(result));
        return new PerformanceMetrics(result.totalReturn(), cagr, returns.annualVolatility(), riskFreeRate,
                returns.sharpe(riskFree),
                returns.sortino(riskFree), drawdown.depth() == 0 ? Double.NaN : cagr / drawdown.depth(),
                drawdown.depth(), drawdown.days(), drawdown.bars(), drawdown.longestDays(), drawdown.longestBars(),
                trades.winRate(), trades.profitFactor(),
                trades.expectancy(), trades.averageWin(), trades.averageLoss(), exposure(curve), trades.count(),
                turnover(result), result.feesPaid(), result.buyAndHoldReturn());
    }

    /**
     * Bars per year of a timeframe, for annualising: 252 daily, 52 weekly, 12 monthly, and 252 sessions of 390
     * minutes for intraday bars.
     *
     * @param timeframe the bar size
     * @return e.g. 19,656 for five-minute bars
     */
    public static double periodsPerYear(Timeframe timeframe) {
        return PeriodReturns.periodsPerYear(timeframe);
    }

    /**
     * The keys of {@link #asMap()}, in its order.
     *
     * @return e.g. {@code total_return}, {@code cagr}, {@code sharpe}
     */
    public static List<String> keys() {
        return KEYS;
    }

    /**
     * The metrics by stable snake_case key, in declaration order, for storage and ranking; counts as doubles.
     *
     * @return an insertion-ordered map
     */
    public Map<String, Double> asMap() {
        double[] values = {totalReturn, cagr, annualVolatility, riskFreeRate, sharpe, sortino, calmar, maxDrawdown,
                maxDrawdownDays, maxDrawdownBars, longestDrawdownDays, longestDrawdownBars, winRate, profitFactor,
                expectancy, averageWin, averageLoss, exposure, trades, turnover, feesPaid, buyAndHoldReturn};
        Map<String, Double> map = new LinkedHashMap<>();
        for (int index = 0; index < values.length; index++) {
            map.put(KEYS.get(index), values[index]);
        }
        return map;
    }

    /**
     * One metric by its key.
     *
     * @param key a key of {@link #keys()}, e.g. {@code sharpe}
     * @return its value
     * @throws IllegalArgumentException listing the valid keys when the key is unknown
     */
    public double metric(String key) {
        Double value = asMap().get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown metric '" + key + "': use one of " + String.join(", ", KEYS));
        }
        return value;
    }

    private static double cagr(BacktestResult result) {
        EquityCurve curve = result.equityCurve();
        if (curve.size() == 0) {
            return Double.NaN;
        }
        double growth = result.finalEquity() / result.initialCash();
        if (growth <= 0) {
            return -1;
        }
        Duration covered = Duration.between(curve.time(0), curve.time(curve.size() - 1))
                .plus(result.timeframe().nominalLength());
        double years = covered.toMillis() / MILLIS_PER_DAY / DAYS_PER_YEAR;
        return Math.pow(growth, 1 / years) - 1;
    }

    private static double exposure(EquityCurve curve) {
        if (curve.size() == 0) {
            return 0;
        }
        int invested = 0;
        for (int index = 0; index < curve.size(); index++) {
            if (curve.invested(index)) {
                invested++;
            }
        }
        return (double) invested / curve.size();
    }

    private static double turnover(BacktestResult result) {
        double traded = result.fills().stream().mapToDouble(Fill::value).sum();
        EquityCurve curve = result.equityCurve();
        if (traded == 0 || curve.size() == 0) {
            return 0;
        }
        double equity = 0;
        for (int index = 0; index < curve.size(); index++) {
            equity += curve.equity(index);
        }
        return traded / (equity / curve.size());
    }
}
