package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");
    private static final double SQRT_252 = Math.sqrt(252);

    /** A daily result with initial cash 100, one point per day from DAY0, flat (gross 0) throughout. */
    private static BacktestResult daily(double... equity) {
        return result(Timeframe.DAILY, days(equity.length), equity, new double[equity.length], List.of());
    }

    private static Instant[] days(int count) {
        Instant[] times = new Instant[count];
        for (int index = 0; index < count; index++) {
            times[index] = DAY0.plus(Duration.ofDays(index));
        }
        return times;
    }

    private static BacktestResult result(Timeframe timeframe, Instant[] times, double[] equity, double[] gross,
                                         List<Fill> fills) {
        double finalCash = equity.length == 0 ? 100 : equity[equity.length - 1];
        return new BacktestResult("test", timeframe, 100, fills, List.of(), EquityCurve.of(times, equity, gross),
                finalCash, Map.of(), 0.05, Opening.cash(100), Map.of(), List.of());
    }

    private static BacktestResult withTrades(double... pnls) {
        List<Fill> fills = new ArrayList<>();
        for (int index = 0; index < pnls.length; index++) {
            fills.add(new Fill(AAPL, DAY0, Side.BUY, 1, 100, 0, OrderType.MARKET));
            fills.add(new Fill(AAPL, DAY0, Side.SELL, 1, 100 + pnls[index], 0, OrderType.MARKET));
        }
        return result(Timeframe.DAILY, days(1), new double[] {100}, new double[] {0}, fills);
    }

    // The worked example: initial cash 100, equity 110, 99, 121 on three days.
    // returns r = 110/100 - 1 = 0.1, 99/110 - 1 = -0.1, 121/99 - 1 = 2/9 = 0.2222...
    // mean = (0.1 - 0.1 + 2/9) / 3 = 2/27 = 0.0740741
    // deviations from the mean: 0.7/27, -4.7/27, 4/27; squares sum (0.49 + 22.09 + 16) / 729 = 38.58/729
    // sample variance = 38.58/729 / 2 = 0.0264609; sample stdev = 0.1626681
    private static final BacktestResult EXAMPLE = daily(110, 99, 121);
    private static final double EXAMPLE_MEAN = 2.0 / 27;
    private static final double EXAMPLE_STDEV = Math.sqrt(38.58 / 729 / 2);

    @Test
    void totalReturnIsFinalEquityOverInitialCash() {
        // 121 / 100 - 1
        assertThat(PerformanceMetrics.of(EXAMPLE).totalReturn()).isCloseTo(0.21, within(1e-12));
    }

    @Test
    void annualVolatilityIsSampleStdevTimesRootOfPeriodsPerYear() {
        // 0.1626681 x sqrt(252) = 0.1626681 x 15.874508 = 2.582276
        assertThat(EXAMPLE_STDEV).isCloseTo(0.1626681, within(1e-7));
        assertThat(PerformanceMetrics.of(EXAMPLE).annualVolatility()).isCloseTo(2.582276, within(1e-6));
    }

    @Test
    void sharpeIsMeanOverSampleStdevAnnualised() {
        // 0.0740741 / 0.1626681 x 15.874508 = 7.228766
        assertThat(PerformanceMetrics.of(EXAMPLE).sharpe()).isCloseTo(7.228766, within(1e-6));
    }

    @Test
    void sharpeSubtractsTheRiskFreeRatePerPeriod() {
        // annual rate 1.01^252 - 1 is 0.01 per day: (0.0740741 - 0.01) / 0.1626681 x 15.874508 = 6.252882
        double annual = Math.pow(1.01, 252) - 1;
        assertThat(PerformanceMetrics.of(EXAMPLE, annual).sharpe()).isCloseTo(6.252882, within(1e-6));
        assertThat((EXAMPLE_MEAN - 0.01) / EXAMPLE_STDEV * SQRT_252).isCloseTo(6.252882, within(1e-6));
    }

    @Test
    void sortinoDividesByTheDownsideDeviationOverAllPeriods() {
        // downside deviation = sqrt((0 + 0.1^2 + 0) / 3) = sqrt(0.0033333) = 0.0577350
        // sortino = 0.0740741 / 0.0577350 x 15.874508 = 20.367003
        assertThat(PerformanceMetrics.of(EXAMPLE).sortino()).isCloseTo(20.367003, within(1e-6));
    }

    @Test
    void maxDrawdownIsTheDeepestFallFromARunningPeak() {
        // peak 110, trough 99: 11 / 110 = 0.1
        assertThat(PerformanceMetrics.of(EXAMPLE).maxDrawdown()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void maxDrawdownDurationRunsFromThePeakToTheRecovery() {
        // equity 100, 120, 90, 108, 96, 120, 130, 117 on days 0..7
        // deepest: peak 120 (day 1) to 90 (day 2): 0.25; back at 120 on day 5: 4 bars, 4 days
        // (the later fall 130 -> 117 is only 0.1)
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(100, 120, 90, 108, 96, 120, 130, 117));

        assertThat(metrics.maxDrawdown()).isCloseTo(0.25, within(1e-12));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(4);
        assertThat(metrics.maxDrawdownDays()).isEqualTo(4.0);
    }

    @Test
    void anUnrecoveredDrawdownLastsToTheEnd() {
        // equity 100, 80, 90: peak 100 on day 0, never regained; to the last point (day 2): 2 bars, 2 days
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(100, 80, 90));

        assertThat(metrics.maxDrawdown()).isCloseTo(0.2, within(1e-12));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(2);
        assertThat(metrics.maxDrawdownDays()).isEqualTo(2.0);
    }

    @Test
    void theInitialCashIsTheFirstPeak() {
        // initial 100 (start of day 0), equity 90, 95, 100: back at 100 at the end of day 2: 3 bars, 3 days
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(90, 95, 100));

        assertThat(metrics.maxDrawdown()).isCloseTo(0.1, within(1e-12));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(3);
        assertThat(metrics.maxDrawdownDays()).isEqualTo(3.0);
    }

    @Test
    void longestTimeUnderWaterIsReportedNextToTheDeepestDrawdown() {
        // equity 100, 120, 90, 120, 119, 118, 117, 116, 121 on days 0..8
        // deepest: 120 (day 1) -> 90: 0.25, back at 120 on day 3: 2 bars, 2 days
        // longest: 120 (day 3) -> 116, back above on day 8: 5 bars, 5 days (only 3.3 % deep)
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(100, 120, 90, 120, 119, 118, 117, 116, 121));

        assertThat(metrics.maxDrawdown()).isCloseTo(0.25, within(1e-12));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(2);
        assertThat(metrics.maxDrawdownDays()).isEqualTo(2.0);
        assertThat(metrics.longestDrawdownBars()).isEqualTo(5);
        assertThat(metrics.longestDrawdownDays()).isEqualTo(5.0);
    }

    @Test
    void drawdownDaysAreWholeNewYorkCalendarDaysAcrossDaylightSavingChanges() {
        // daily bars at New York midnight, Friday 2026-03-06 to Monday 2026-03-16; clocks go forward on 2026-03-08
        // equity: peak on Mar 6, below it until Mar 16: ten calendar days (elapsed time is 9 days 23 hours)
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate first = LocalDate.of(2026, 3, 6);
        int[] offsets = {0, 3, 4, 5, 6, 7, 10};
        Instant[] times = new Instant[offsets.length];
        for (int index = 0; index < offsets.length; index++) {
            times[index] = first.plusDays(offsets[index]).atStartOfDay(newYork).toInstant();
        }
        double[] equity = {110, 100, 101, 102, 103, 104, 111};
        PerformanceMetrics metrics = PerformanceMetrics.of(result(Timeframe.DAILY, times, equity,
                new double[equity.length], List.of()));

        assertThat(metrics.maxDrawdownDays()).isEqualTo(10.0);
        assertThat(metrics.longestDrawdownDays()).isEqualTo(10.0);
        assertThat(metrics.maxDrawdownBars()).isEqualTo(6);
    }

    @Test
    void cagrCompoundsOverTheCalendarTimeCovered() {
        // two points: day 0 and day 729.5, plus one daily bar = 730.5 days = 2 years of 365.25 days
        // 121 / 100 = 1.21 = 1.1^2, so cagr = 0.1
        Instant[] times = {DAY0, DAY0.plus(Duration.ofHours(729 * 24 + 12))};
        BacktestResult result = result(Timeframe.DAILY, times, new double[] {110, 121}, new double[2], List.of());

        assertThat(PerformanceMetrics.of(result).cagr()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void calmarIsCagrOverMaxDrawdown() {
        // equity 110 (day 0), 99 (day 1), 121 (day 729.5): cagr 0.1 as above, max drawdown 11/110 = 0.1 -> 1.0
        Instant[] times = {DAY0, DAY0.plus(Duration.ofDays(1)), DAY0.plus(Duration.ofHours(729 * 24 + 12))};
        BacktestResult result = result(Timeframe.DAILY, times, new double[] {110, 99, 121}, new double[3], List.of());

        assertThat(PerformanceMetrics.of(result).calmar()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cagrOfAWipedOutAccountIsMinusOne() {
        assertThat(PerformanceMetrics.of(daily(50, 0)).cagr()).isEqualTo(-1.0);
    }

    @Test
    void winRateIsTheShareOfTradesWithAPositivePnl() {
        // pnls +30, -10, +20, -20: 2 of 4
        assertThat(PerformanceMetrics.of(withTrades(30, -10, 20, -20)).winRate()).isEqualTo(0.5);
    }

    @Test
    void profitFactorIsGrossProfitOverGrossLoss() {
        // (30 + 20) / (10 + 20) = 5/3
        assertThat(PerformanceMetrics.of(withTrades(30, -10, 20, -20)).profitFactor())
                .isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void expectancyIsTheMeanTradePnl() {
        // (30 - 10 + 20 - 20) / 4 = 5
        assertThat(PerformanceMetrics.of(withTrades(30, -10, 20, -20)).expectancy()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void averageWinAndLossAreTheMeansOfEachSide() {
        // wins (30 + 20) / 2 = 25; losses (-10 - 20) / 2 = -15
        PerformanceMetrics metrics = PerformanceMetrics.of(withTrades(30, -10, 20, -20));

        assertThat(metrics.averageWin()).isCloseTo(25.0, within(1e-12));
        assertThat(metrics.averageLoss()).isCloseTo(-15.0, within(1e-12));
        assertThat(metrics.trades()).isEqualTo(4);
    }

    @Test
    void profitFactorWithoutALosingTradeIsInfinite() {
        PerformanceMetrics metrics = PerformanceMetrics.of(withTrades(30, 20));

        assertThat(metrics.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(metrics.averageLoss()).isNaN();
    }

    @Test
    void exposureIsTheShareOfPointsWithAPositionOpen() {
        // gross 0, 50, 0, 30: 2 of 4 points
        BacktestResult result = result(Timeframe.DAILY, days(4), new double[] {100, 100, 100, 100},
                new double[] {0, 50, 0, 30}, List.of());

        assertThat(PerformanceMetrics.of(result).exposure()).isEqualTo(0.5);
    }

    @Test
    void turnoverIsTradedValueOverMeanEquity() {
        // fills 10 x 10 = 100 and 10 x 12 = 120: 220 traded; equity 100, 120, 110 -> mean 110; 220 / 110 = 2
        List<Fill> fills = List.of(new Fill(AAPL, DAY0, Side.BUY, 10, 10, 0, OrderType.MARKET),
                new Fill(AAPL, DAY0.plus(Duration.ofDays(1)), Side.SELL, 10, 12, 0, OrderType.MARKET));
        BacktestResult result = result(Timeframe.DAILY, days(3), new double[] {100, 120, 110}, new double[3], fills);

        assertThat(PerformanceMetrics.of(result).turnover()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void feesAndBenchmarkComeFromTheResult() {
        // commissions 1.5 + 2.5 = 4; the benchmark given to the result is 0.05
        List<Fill> fills = List.of(new Fill(AAPL, DAY0, Side.BUY, 10, 10, 1.5, OrderType.MARKET),
                new Fill(AAPL, DAY0, Side.SELL, 10, 10, 2.5, OrderType.MARKET));
        PerformanceMetrics metrics = PerformanceMetrics.of(
                result(Timeframe.DAILY, days(1), new double[] {96}, new double[1], fills));

        assertThat(metrics.feesPaid()).isEqualTo(4.0);
        assertThat(metrics.buyAndHoldReturn()).isEqualTo(0.05);
    }

    @Test
    void periodsPerYearFollowTheTimeframe() {
        assertThat(PerformanceMetrics.periodsPerYear(Timeframe.DAILY)).isEqualTo(252.0);
        assertThat(PerformanceMetrics.periodsPerYear(Timeframe.WEEKLY)).isEqualTo(52.0);
        assertThat(PerformanceMetrics.periodsPerYear(Timeframe.MONTHLY)).isEqualTo(12.0);
        // 252 x 390 / 5 = 19,656
        assertThat(PerformanceMetrics.periodsPerYear(Timeframe.FIVE_MINUTES)).isEqualTo(19_656.0);
    }

    @Test
    void intradayVolatilityIsAnnualisedWithIntradayPeriods() {
        // the worked example on 5-minute bars: 0.1626681 x sqrt(19,656) = 22.806127
        Instant[] times = {DAY0, DAY0.plusSeconds(300), DAY0.plusSeconds(600)};
        BacktestResult result = result(Timeframe.FIVE_MINUTES, times, new double[] {110, 99, 121}, new double[3],
                List.of());

        assertThat(PerformanceMetrics.of(result).annualVolatility())
                .isCloseTo(EXAMPLE_STDEV * Math.sqrt(19_656), within(1e-9));
    }

    @Test
    void noBarsGiveNaNRatiosAndZeroCounts() {
        BacktestResult empty = new BacktestResult("test", null, 100, List.of(), List.of(),
                EquityCurve.of(new Instant[0], new double[0], new double[0]), 100, Map.of(), Double.NaN,
                Opening.cash(100), Map.of(), List.of());

        PerformanceMetrics metrics = PerformanceMetrics.of(empty);

        assertThat(metrics.totalReturn()).isZero();
        assertThat(List.of(metrics.cagr(), metrics.annualVolatility(), metrics.sharpe(), metrics.sortino(),
                metrics.calmar(), metrics.winRate(), metrics.profitFactor(), metrics.expectancy()))
                .allMatch(value -> value.isNaN());
        assertThat(metrics.maxDrawdown()).isZero();
        assertThat(metrics.maxDrawdownDays()).isZero();
        assertThat(metrics.exposure()).isZero();
        assertThat(metrics.trades()).isZero();
        assertThat(metrics.turnover()).isZero();
    }

    @Test
    void oneBarHasNoVolatilityRatios() {
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(101));

        assertThat(List.of(metrics.annualVolatility(), metrics.sharpe(), metrics.sortino()))
                .allMatch(value -> value.isNaN());
        assertThat(metrics.totalReturn()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void flatEquityHasZeroVolatilityAndNaNRatios() {
        PerformanceMetrics metrics = PerformanceMetrics.of(daily(100, 100, 100));

        assertThat(metrics.annualVolatility()).isZero();
        assertThat(List.of(metrics.sharpe(), metrics.sortino(), metrics.calmar())).allMatch(value -> value.isNaN());
        assertThat(metrics.cagr()).isZero();
    }

    @Test
    void asMapHasStableSnakeCaseKeysInOrderWithDaysForDurations() {
        Map<String, Double> map = PerformanceMetrics.of(daily(100, 120, 90, 108, 96, 120, 130, 117)).asMap();

        assertThat(map.keySet()).containsExactly("total_return", "cagr", "annual_volatility", "risk_free_rate", "sharpe",
                "sortino",
                "calmar", "max_drawdown", "max_drawdown_days", "max_drawdown_bars", "longest_drawdown_days",
                "longest_drawdown_bars", "win_rate", "profit_factor", "expectancy", "average_win", "average_loss", "exposure", "trades", "turnover", "fees_paid",
                "buy_and_hold_return");
        assertThat(map.get("max_drawdown_days")).isEqualTo(4.0);
        assertThat(map.get("max_drawdown")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void metricLooksUpAKey() {
        assertThat(PerformanceMetrics.of(EXAMPLE).metric("total_return")).isCloseTo(0.21, within(1e-12));
    }

    @Test
    void anUnknownMetricKeyIsRefusedListingTheValidOnes() {
        PerformanceMetrics metrics = PerformanceMetrics.of(EXAMPLE);

        assertThatThrownBy(() -> metrics.metric("sharp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown metric 'sharp'")
                .hasMessageContaining("sharpe, sortino");
    }

    @Test
    void engineRunYieldsItsRoundTripsAndWinRate() {
        // buy on bars 0 and 4, sell on bars 2 and 6, each filling at the next bar's open:
        // long 10 from 100 (bar 1) to 110 (bar 3): +100; long 10 from 105 (bar 5) to 95 (bar 7): -100
        List<Bar> bars = new ArrayList<>();
        double[] opens = {100, 100, 102, 110, 108, 105, 100, 95};
        for (int index = 0; index < opens.length; index++) {
            double open = opens[index];
            bars.add(new Bar(AAPL, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, open + 1, open - 1, open,
                    1_000));
        }
        Strategy strategy = scripted(Map.of(0, context -> context.buy(AAPL, 10), 2, context -> context.sell(AAPL, 10),
                4, context -> context.buy(AAPL, 10), 6, context -> context.sell(AAPL, 10)));

        PerformanceMetrics metrics = PerformanceMetrics.of(
                new BacktestEngine(BacktestSettings.withoutCosts(10_000)).run(strategy, bars));

        assertThat(metrics.trades()).isEqualTo(2);
        assertThat(metrics.winRate()).isEqualTo(0.5);
        assertThat(metrics.profitFactor()).isCloseTo(1.0, within(1e-12));
        assertThat(metrics.expectancy()).isCloseTo(0.0, within(1e-9));
        assertThat(metrics.totalReturn()).isCloseTo(0.0, within(1e-12));
    }

    private static Strategy scripted(Map<Integer, Consumer<StrategyContext>> actions) {
        return new Strategy() {
            private int seen;

            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                actions.getOrDefault(seen++, ignored -> { }).accept(context);
            }
        };
    }
}
