package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.Opening;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TearsheetTest {

    private static final Symbol XYZ = Symbol.of("XYZ");

    private static Instant day(int index) {
        return Instant.parse("2026-01-05T05:00:00Z").plus(Duration.ofDays(index));
    }

    /** Closes 100, 102, 99, 103, 101, 104; each bar opens at the previous close, the first at 100. */
    private static List<Bar> bars() {
        double[] closes = {100, 102, 99, 103, 101, 104};
        List<Bar> bars = new ArrayList<>();
        double open = 100;
        for (int index = 0; index < closes.length; index++) {
            bars.add(new Bar(XYZ, Timeframe.DAILY, day(index), open, Math.max(open, closes[index]) + 1,
                    Math.min(open, closes[index]) - 1, closes[index], 1_000));
            open = closes[index];
        }
        return bars;
    }

    private static BacktestResult run(double[] equity, List<Fill> fills) {
        Instant[] times = new Instant[equity.length];
        boolean[] invested = new boolean[equity.length];
        for (int index = 0; index < times.length; index++) {
            times[index] = day(index);
        }
        return new BacktestResult("test", Timeframe.DAILY, 100, fills, List.of(),
                EquityCurve.of(times, equity, new double[equity.length], invested), equity[equity.length - 1],
                Map.of(), 0.04, Opening.cash(100), Map.of(), List.of());
    }

    @Test
    void aStrategyThatIsTheBenchmarkHasBetaOneAndNoAlpha() {
        // equity = 100 x close / first open: exactly buy and hold
        Tearsheet sheet = Tearsheet.of(run(new double[] {100, 102, 99, 103, 101, 104}, List.of()), bars(), 0);

        assertThat(sheet.beta()).isCloseTo(1, within(1e-12));
        assertThat(sheet.alpha()).isCloseTo(0, within(1e-12));
        assertThat(sheet.informationRatio()).isNaN();
        assertThat(sheet.benchmark().totalReturn()).isCloseTo(sheet.strategy().totalReturn(), within(1e-12));
    }

    @Test
    void aFlatStrategyHasBetaZeroAndNoExposureBesideAFullyExposedBenchmark() {
        Tearsheet sheet = Tearsheet.of(run(new double[] {100, 100, 100, 100, 100, 100}, List.of()), bars(), 0);

        assertThat(sheet.beta()).isCloseTo(0, within(1e-12));
        assertThat(sheet.strategy().exposure()).isZero();
        assertThat(sheet.benchmark().exposure()).isEqualTo(1.0);
        // benchmark 104 / 100 - 1
        assertThat(sheet.benchmark().totalReturn()).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void payoffRatioIsTheAverageWinOverTheAverageLoss() {
        // wins +30, +10 (average 20), losses -5, -15 (average -10): payoff 2
        List<Fill> fills = new ArrayList<>();
        double[] exits = {130, 110, 95, 85};
        for (int index = 0; index < exits.length; index++) {
            fills.add(new Fill(XYZ, day(index), Side.BUY, 1, 100, 0, OrderType.MARKET));
            fills.add(new Fill(XYZ, day(index + 1), Side.SELL, 1, exits[index], 0, OrderType.MARKET));
        }
        Tearsheet sheet = Tearsheet.of(run(new double[] {100, 100, 100, 100, 100, 100}, fills), bars(), 0);

        assertThat(sheet.payoffRatio()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void averageHoldingIsTheMeanDurationOfTheClosedTrades() {
        // held 1 day and 3 days: 2 days on average
        List<Fill> fills = List.of(new Fill(XYZ, day(0), Side.BUY, 1, 100, 0, OrderType.MARKET),
                new Fill(XYZ, day(1), Side.SELL, 1, 102, 0, OrderType.MARKET),
                new Fill(XYZ, day(2), Side.BUY, 1, 99, 0, OrderType.MARKET),
                new Fill(XYZ, day(5), Side.SELL, 1, 104, 0, OrderType.MARKET));
        Tearsheet sheet = Tearsheet.of(run(new double[] {100, 100, 100, 100, 100, 100}, fills), bars(), 0);

        assertThat(sheet.averageHolding()).isEqualTo(Duration.ofDays(2));
        assertThat(sheet.roundTrips()).hasSize(2);
    }

    @Test
    void bestAndWorstDayComeFromTheDailyReturns() {
        // strategy = the benchmark: days +0 %, +2 %, -2.941 % (99/102), +4.040 % (103/99), -1.942 %, +2.970 %
        Tearsheet sheet = Tearsheet.of(run(new double[] {100, 102, 99, 103, 101, 104}, List.of()), bars(), 0);

        assertThat(sheet.strategyProfile().bestDay()).isCloseTo(103.0 / 99 - 1, within(1e-12));
        assertThat(sheet.strategyProfile().worstDay()).isCloseTo(99.0 / 102 - 1, within(1e-12));
        // one month, January: 104 / 100 - 1
        assertThat(sheet.strategyProfile().bestMonth()).isCloseTo(0.04, within(1e-12));
    }
}
