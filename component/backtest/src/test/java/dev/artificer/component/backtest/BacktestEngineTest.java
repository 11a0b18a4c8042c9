package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class BacktestEngineTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");

    /** Bars with the given (open, close) pairs; high and low just around them. */
    private static List<Bar> bars(double... openClose) {
        List<Bar> bars = new ArrayList<>();
        for (int index = 0; index < openClose.length / 2; index++) {
            double open = openClose[2 * index];
            double close = openClose[2 * index + 1];
            bars.add(new Bar(AAPL, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, Math.max(open, close) + 1,
                    Math.min(open, close) - 1, close, 1_000));
        }
        return bars;
    }

    /** A strategy that does what the test says on the n-th bar. */
    private static Strategy onBar(int index, BiConsumer<Bar, StrategyContext> action) {
        return new Strategy() {
            private int seen;

            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (seen++ == index) {
                    action.accept(bar, context);
                }
            }
        };
    }

    @Test
    void marketOrderFillsAtTheNextBarsOpenNotTheSignalBarsClose() {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(10_000))
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 10)), bars(100, 101, 103, 104, 104, 105));

        assertThat(result.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualTo(103.0);
            assertThat(fill.time()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
        });
        assertThat(result.finalCash()).isEqualTo(10_000 - 1_030.0);
    }

    @Test
    void optimisticSettingFillsAtTheSignalBarsClose() {
        BacktestSettings atClose = BacktestSettings.withoutCosts(10_000).fillingAtClose();

        BacktestResult result = new BacktestEngine(atClose)
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 10)), bars(100, 101, 103, 104));

        assertThat(result.fills().getFirst().price()).isEqualTo(101.0);
    }

    @Test
    void slippageAndPerShareCommissionWithMinimumAreCharged() {
        BacktestSettings costly = BacktestSettings.withoutCosts(10_000)
                .withCosts(CommissionModel.perShare(0.005, 1.0), SlippageModel.basisPoints(10));

        BacktestResult result = new BacktestEngine(costly)
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 10)), bars(100, 100, 200, 200));

        Fill fill = result.fills().getFirst();
        assertThat(fill.price()).isCloseTo(200.2, within(1e-9));
        assertThat(fill.commission()).isEqualTo(1.0);
        assertThat(result.finalCash()).isCloseTo(10_000 - 2_002 - 1, within(1e-9));
        assertThat(result.feesPaid()).isEqualTo(1.0);
    }

    @Test
    void sellSlippageLowersTheFillPrice() {
        assertThat(SlippageModel.basisPoints(10).fillPrice(Side.SELL, 200)).isCloseTo(199.8, within(1e-9));
        assertThat(SlippageModel.fixed(0.02).fillPrice(Side.SELL, 10)).isCloseTo(9.98, within(1e-12));
    }

    @Test
    void percentageAndPerOrderCommissionsFollowTheirDefinitions() {
        assertThat(CommissionModel.percentage(0.1).commission(100, 50)).isCloseTo(5.0, within(1e-12));
        assertThat(CommissionModel.perOrder(4.95).commission(1_000, 10)).isEqualTo(4.95);
        assertThat(CommissionModel.perShare(0.005, 1.0).commission(1_000, 10)).isEqualTo(5.0);
    }

    @Test
    void buyTheCashCannotCoverIsRefusedAndCashNeverGoesNegative() {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(1_000))
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 100)), bars(100, 100, 100, 100));

        assertThat(result.fills()).isEmpty();
        assertThat(result.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo("cash does not cover it"));
        assertThat(result.finalCash()).isEqualTo(1_000);
    }

    @Test
    void equityFollowsThePositionAtEachClose() {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(1_000))
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 5)), bars(100, 100, 100, 110, 110, 90));

        assertThat(equities(result)).containsExactly(1_000.0, 1_050.0, 950.0);
        assertThat(result.totalReturn()).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void maxDrawdownIsTheLargestFallFromAPeak() {
        Instant[] times = {DAY0, DAY0.plusSeconds(1), DAY0.plusSeconds(2), DAY0.plusSeconds(3), DAY0.plusSeconds(4)};
        EquityCurve curve = EquityCurve.of(times, new double[] {100, 120, 90, 130, 117}, new double[5]);
        BacktestResult result = new BacktestResult("x", Timeframe.DAILY, 100, List.of(), List.of(), curve, 117,
                Map.of(), 0, Opening.cash(100), Map.of(), List.of());

        assertThat(result.maxDrawdown()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void positionCountsOnlyFilledOrdersWhileTargetPositionCountsOrdersOnTheirWay() {
        List<Long> seen = new ArrayList<>();
        Strategy strategy = new Strategy() {
            @Override
            public String name() {
                return "target";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                context.targetPosition(AAPL, 3);
                context.targetPosition(AAPL, 3);
                seen.add(context.position(AAPL));
            }
        };

        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(10_000)).run(strategy, bars(10, 10, 10, 10, 10, 10));

        assertThat(seen).containsExactly(0L, 3L, 3L);
        assertThat(result.fills()).singleElement().satisfies(fill -> assertThat(fill.quantity()).isEqualTo(3));
    }

    @Test
    void buyAndHoldBenchmarkIsLastCloseOverFirstOpen() {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(1_000))
                .run(onBar(0, (bar, context) -> { }), bars(100, 101, 103, 104, 104, 120));

        assertThat(result.buyAndHoldReturn()).isCloseTo(0.20, within(1e-12));
    }

    @Test
    void barsOutOfOrderAreReplayedInTimeOrder() {
        List<Bar> shuffled = new ArrayList<>(bars(100, 100, 110, 110, 120, 120));
        java.util.Collections.reverse(shuffled);

        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(10_000))
                .run(onBar(0, (bar, context) -> context.buy(AAPL, 1)), shuffled);

        assertThat(result.fills().getFirst().price()).isEqualTo(110.0);
    }

    @Test
    void aRunContinuesAnotherFromItsClosingStateWithEntriesAndWorkingOrders() {
        // A, days 0-2: buys 10 at day 1's open (102), and on day 2 (its last bar) asks to sell them: nothing left to
        // fill it. Its closing state: cash 10,000 - 1,020 = 8,980, a lot of 10 bought at 102 on day 1, marked at 106,
        // and the working sell.
        List<Bar> bars = bars(100, 100, 102, 104, 105, 106, 107, 108, 110, 111, 112, 113);
        BacktestEngine engine = new BacktestEngine(BacktestSettings.withoutCosts(10_000));
        BacktestResult first = engine.run(new Strategy() {
            @Override
            public String name() {
                return "buy then sell";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (bar.start().equals(DAY0)) {
                    context.buy(AAPL, 10);
                } else if (bar.start().equals(DAY0.plus(Duration.ofDays(2)))) {
                    context.sell(AAPL, 10);
                }
            }
        }, bars.subList(0, 3));
        Opening closing = first.closing();
        assertThat(closing.cash()).isEqualTo(8_980.0);
        assertThat(closing.positions()).containsExactly(Map.entry(AAPL, 10L));
        assertThat(closing.marks()).containsExactly(Map.entry(AAPL, 106.0));
        assertThat(closing.orders()).hasSize(1);

        // B, days 1-5, trading from day 3: its strategy buys on every bar before day 3 (warm-up: dropped). The
        // inherited sell fills at day 3's open (107): one long trade from day 1 at 102, pnl 10 x 5 = 50; cash
        // 8,980 + 1,070 = 10,050. It starts from 8,980 + 10 x 106 = 10,040.
        Instant from = DAY0.plus(Duration.ofDays(3));
        BacktestResult second = engine.run(new Strategy() {
            @Override
            public String name() {
                return "buys while warming up";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (bar.start().isBefore(from)) {
                    context.buy(AAPL, 5);
                }
            }
        }, OrderedBars.of(bars.subList(1, 6)), closing, from);

        assertThat(second.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.side()).isEqualTo(Side.SELL);
            assertThat(fill.price()).isEqualTo(107.0);
            assertThat(fill.time()).isEqualTo(from);
        });
        assertThat(Trades.of(second)).singleElement().satisfies(trade -> {
            assertThat(trade.direction()).isEqualTo(Trade.Direction.LONG);
            assertThat(trade.entryTime()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
            assertThat(trade.entryPrice()).isEqualTo(102.0);
            assertThat(trade.pnl()).isEqualTo(50.0);
        });
        assertThat(second.initialCash()).isEqualTo(10_040.0);
        assertThat(equities(second)).containsExactly(10_050.0, 10_050.0, 10_050.0);
        assertThat(second.finalPositions()).isEmpty();
        assertThat(second.buyAndHoldReturn()).isCloseTo(113.0 / 107 - 1, within(1e-12));
    }

    private static List<Double> equities(BacktestResult result) {
        List<Double> equities = new ArrayList<>();
        for (int index = 0; index < result.equityCurve().size(); index++) {
            equities.add(result.equityCurve().equity(index));
        }
        return equities;
    }
}
