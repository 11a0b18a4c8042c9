package dev.artificer.component.backtest.optimize;

import static dev.artificer.component.backtest.optimize.SearchFixtures.DAY0;
import static dev.artificer.component.backtest.optimize.SearchFixtures.smaCross;
import static dev.artificer.component.backtest.optimize.SearchFixtures.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Trade;
import dev.artificer.component.backtest.Trades;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000));
    private static final List<Map<String, String>> GRID =
            new ParameterSpace(List.of(ParameterRange.parse("fast=2..4"), ParameterRange.parse("slow=6..10:2"))).grid();
    private final WalkForward walkForward = new WalkForward(new ParameterSearch(ENGINE, SearchFixtures::metrics, 2), ENGINE);

    private WalkForwardResult run(List<Bar> bars, int inSample, int outOfSample) {
        return walkForward.run(smaCross(), GRID, bars, Ranking.by("total_return"),
                new WalkForwardSettings(inSample, outOfSample), done -> { });
    }

    /** 100 days, in-sample 40, out-of-sample 25: tests on days 40-64, 65-89 and 90-99 (the last one short). */
    @Test
    void windowsRollForwardByTheOutOfSampleLength() {
        WalkForwardResult result = run(wave(100), 40, 25);

        assertThat(result.windows()).extracting(window -> days(window.inSampleStart()), window -> days(window.inSampleEnd()),
                        window -> days(window.outOfSampleStart()), window -> days(window.outOfSampleEnd()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 39L, 40L, 64L),
                        org.assertj.core.groups.Tuple.tuple(25L, 64L, 65L, 89L),
                        org.assertj.core.groups.Tuple.tuple(50L, 89L, 90L, 99L));
        assertThat(WalkForward.windows(wave(100), new WalkForwardSettings(40, 25))).isEqualTo(3);
    }

    @Test
    void stitchedCurveHoldsOnlyTheOutOfSampleBars() {
        EquityCurve curve = run(wave(100), 40, 25).stitched().equityCurve();

        assertThat(curve.size()).isEqualTo(60);
        assertThat(days(curve.time(0))).isEqualTo(40);
        assertThat(days(curve.time(59))).isEqualTo(99);
    }

    @Test
    void stitchedReturnCompoundsTheWindowsOutOfSampleReturns() {
        WalkForwardResult result = run(wave(160), 50, 30);

        double compounded = result.windows().stream().mapToDouble(window -> 1 + window.outOfSampleReturn())
                .reduce(1, (product, factor) -> product * factor) - 1;
        assertThat(result.stitched().totalReturn()).isCloseTo(compounded, within(1e-9));
    }

    /**
     * With one combination every window picks the same strategy, so the stitched run must be what one account
     * trading that strategy from the first out-of-sample day does: the same fills, trades and equity. The account
     * here is a plain backtest whose strategy only sees its orders go through from day 40 on.
     */
    @Test
    void oneCombinationWalkForwardTradesLikeOneContinuousAccount() {
        List<Bar> bars = wave(160);
        Map<String, String> only = Map.of("fast", "3", "slow", "8");
        BacktestResult stitched = walkForward.run(smaCross(), List.of(only), bars, Ranking.by("total_return"),
                new WalkForwardSettings(40, 25), done -> { }).stitched();

        Instant from = DAY0.plus(Duration.ofDays(40));
        BacktestResult continuous = ENGINE.run(new TradingFrom(from, smaCross().create(only)), bars);
        assertThat(stitched.fills()).isEqualTo(continuous.fills());
        assertThat(Trades.of(stitched)).isEqualTo(Trades.of(continuous)).isNotEmpty()
                .extracting(Trade::direction).containsOnly(Trade.Direction.LONG);
        for (int point = 0; point < stitched.equityCurve().size(); point++) {
            assertThat(stitched.equityCurve().equity(point))
                    .isCloseTo(continuous.equityCurve().equity(point + 40), within(1e-6));
        }
        assertThat(stitched.finalPositions()).isEqualTo(continuous.finalPositions());
    }

    /** A strategy whose orders before a given time are not sent. */
    private record TradingFrom(Instant from, Strategy strategy) implements Strategy {

        @Override
        public String name() {
            return strategy.name();
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            strategy.onBar(bar, bar.start().isBefore(from) ? new NotSending(context) : context);
        }
    }

    /** A context that drops the orders placed through it. */
    private record NotSending(StrategyContext account) implements StrategyContext {

        @Override
        public long position(Symbol symbol) {
            return account.position(symbol);
        }

        @Override
        public double cash() {
            return account.cash();
        }

        @Override
        public double equity() {
            return account.equity();
        }

        @Override
        public String place(Order order) {
            return "dropped";
        }

        @Override
        public void cancel(String orderId) {
        }

        @Override
        public void cancelAll(Symbol symbol) {
        }

        @Override
        public List<Order> openOrders(Symbol symbol) {
            return account.openOrders(symbol);
        }
    }

    @Test
    void historyShorterThanOneWindowIsRefused() {
        assertThatThrownBy(() -> run(wave(30), 40, 10))
                .hasMessage("walk-forward needs more than 40 bar times (got 30); shorten the in-sample window or load more history");
    }

    private static long days(java.time.Instant time) {
        return Duration.between(DAY0, time).toDays();
    }
}
