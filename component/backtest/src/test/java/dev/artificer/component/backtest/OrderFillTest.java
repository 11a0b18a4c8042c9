package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Limit and stop orders inside a bar's range, one-cancels-other groups, shorts and margin, by hand. */
class OrderFillTest {

    private static final Symbol XYZ = Symbol.of("XYZ");
    private static final Instant DAY0 = Instant.parse("2026-02-02T05:00:00Z");

    /** Bars from (open, high, low, close) quadruples. */
    private static List<Bar> ohlc(double... values) {
        List<Bar> bars = new ArrayList<>();
        for (int index = 0; index < values.length / 4; index++) {
            bars.add(new Bar(XYZ, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), values[4 * index],
                    values[4 * index + 1], values[4 * index + 2], values[4 * index + 3], 1_000));
        }
        return bars;
    }

    /** A strategy that acts on the first bar only. */
    private static Strategy atFirstBar(Consumer<StrategyContext> action) {
        return new Strategy() {
            private boolean done;

            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (!done) {
                    done = true;
                    action.accept(context);
                }
            }
        };
    }

    private static BacktestResult run(BacktestSettings settings, Consumer<StrategyContext> action, List<Bar> bars) {
        return new BacktestEngine(settings).run(atFirstBar(action), bars);
    }

    private static BacktestResult run(Consumer<StrategyContext> action, List<Bar> bars) {
        return run(BacktestSettings.withoutCosts(100_000), action, bars);
    }

    @Test
    void buyLimitFillsAtTheLimitWhenTheBarTradesDownToIt() {
        BacktestResult result = run(context -> context.place(Order.limit(XYZ, Side.BUY, 10, 98)),
                ohlc(100, 101, 99, 100, 100, 101, 97, 99));

        assertThat(result.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualTo(98.0);
            assertThat(fill.type()).isEqualTo(OrderType.LIMIT);
            assertThat(fill.time()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
        });
    }

    @Test
    void buyLimitFillsAtTheOpenWhenThePriceGapsBelowIt() {
        BacktestResult result = run(context -> context.place(Order.limit(XYZ, Side.BUY, 10, 98)),
                ohlc(100, 101, 99, 100, 95, 96, 94, 95));

        assertThat(result.fills().getFirst().price()).isEqualTo(95.0);
    }

    @Test
    void limitOrderDoesNotFillInTheBarItWasPlacedIn() {
        BacktestResult result = run(context -> context.place(Order.limit(XYZ, Side.BUY, 10, 99.5)),
                ohlc(100, 101, 99, 100, 100, 101, 99.8, 100));

        assertThat(result.fills()).isEmpty();
    }

    @Test
    void sellLimitFillsAtTheLimitWhenTheBarTradesUpToIt() {
        BacktestResult result = run(context -> {
            context.buy(XYZ, 10);
            context.place(Order.limit(XYZ, Side.SELL, 10, 105));
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 101, 106, 100, 104));

        assertThat(result.fills()).extracting(Fill::price).containsExactly(100.0, 105.0);
    }

    @Test
    void sellStopFillsAtTheStopOrAtTheOpenWhenThePriceGapsThroughIt() {
        BacktestResult touched = run(context -> {
            context.buy(XYZ, 10);
            context.place(Order.stop(XYZ, Side.SELL, 10, 95));
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 99, 99, 94, 96));
        BacktestResult gapped = run(context -> {
            context.buy(XYZ, 10);
            context.place(Order.stop(XYZ, Side.SELL, 10, 95));
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 92, 93, 90, 91));

        assertThat(touched.fills().getLast().price()).isEqualTo(95.0);
        assertThat(gapped.fills().getLast().price()).isEqualTo(92.0);
    }

    @Test
    void buyStopFillsWhenThePriceRisesToItWithSlippage() {
        BacktestSettings slipping = BacktestSettings.withoutCosts(100_000)
                .withCosts(CommissionModel.none(), SlippageModel.fixed(0.10));

        BacktestResult result = run(slipping, context -> context.place(Order.stop(XYZ, Side.BUY, 10, 102)),
                ohlc(100, 101, 99, 100, 100, 103, 99, 102.5));

        assertThat(result.fills().getFirst().price()).isCloseTo(102.10, within(1e-9));
    }

    @Test
    void whenStopAndTargetCouldBothFillInOneBarTheStopFillsAndCancelsTheTarget() {
        BacktestResult result = run(context -> {
            context.buy(XYZ, 10);
            context.place(Order.stop(XYZ, Side.SELL, 10, 95).oneCancelsOther("exit"));
            context.place(Order.limit(XYZ, Side.SELL, 10, 110).oneCancelsOther("exit"));
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 100, 111, 94, 100, 100, 120, 100, 115));

        assertThat(result.fills()).extracting(Fill::price).containsExactly(100.0, 95.0);
        assertThat(result.finalPositions()).isEmpty();
    }

    @Test
    void targetFillingCancelsItsStop() {
        BacktestResult result = run(context -> {
            context.buy(XYZ, 10);
            context.place(Order.stop(XYZ, Side.SELL, 10, 95).oneCancelsOther("exit"));
            context.place(Order.limit(XYZ, Side.SELL, 10, 110).oneCancelsOther("exit"));
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 105, 111, 104, 108, 100, 101, 80, 85));

        assertThat(result.fills()).extracting(Fill::price).containsExactly(100.0, 110.0);
    }

    @Test
    void cancelledOrderNeverFills() {
        BacktestResult result = run(context -> context.cancel(context.place(Order.limit(XYZ, Side.BUY, 10, 99))),
                ohlc(100, 101, 99, 100, 100, 101, 90, 95));

        assertThat(result.fills()).isEmpty();
    }

    @Test
    void sellBelowZeroIsRefusedWhenShortSellingIsNotEnabled() {
        BacktestResult result = run(context -> context.sell(XYZ, 10), ohlc(100, 101, 99, 100, 100, 101, 99, 100));

        assertThat(result.fills()).isEmpty();
        assertThat(result.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo("short selling is not enabled"));
    }

    @Test
    void shortSaleAddsItsProceedsAndLosesWhenThePriceRises() {
        BacktestSettings shorts = BacktestSettings.withoutCosts(10_000).withShortsAndMargin(1);

        BacktestResult result = run(shorts, context -> context.sell(XYZ, 50),
                ohlc(100, 101, 99, 100, 100, 101, 99, 100, 100, 111, 99, 110));

        assertThat(result.finalCash()).isEqualTo(15_000.0);
        assertThat(result.finalPositions()).containsEntry(XYZ, -50L);
        assertThat(result.finalEquity()).isCloseTo(10_000 - 50 * 10, within(1e-9));
    }

    @Test
    void cashAccountRefusesAShortLargerThanItsEquity() {
        BacktestSettings shorts = BacktestSettings.withoutCosts(10_000).withShortsAndMargin(1);

        BacktestResult result = run(shorts, context -> context.sell(XYZ, 101),
                ohlc(100, 101, 99, 100, 100, 101, 99, 100));

        assertThat(result.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo("cash does not cover it"));
    }

    @Test
    void marginOfTwoAllowsABuyOfTwiceTheEquityAndCashGoesNegative() {
        BacktestSettings margin = BacktestSettings.withoutCosts(10_000).withShortsAndMargin(2);

        BacktestResult allowed = run(margin, context -> context.buy(XYZ, 200), ohlc(100, 101, 99, 100, 100, 101, 99, 100));
        BacktestResult refused = run(margin, context -> context.buy(XYZ, 201), ohlc(100, 101, 99, 100, 100, 101, 99, 100));

        assertThat(allowed.finalCash()).isEqualTo(-10_000.0);
        assertThat(refused.rejections()).singleElement().satisfies(rejection ->
                assertThat(rejection.reason()).isEqualTo("it needs more buying power than 2.0x equity"));
    }

    @Test
    void closingAPositionIsNeverRefusedForBuyingPower() {
        BacktestSettings margin = BacktestSettings.withoutCosts(10_000).withShortsAndMargin(2);

        BacktestResult result = new BacktestEngine(margin).run(new Strategy() {
            private int bar;

            @Override
            public String name() {
                return "round trip";
            }

            @Override
            public void onBar(Bar current, StrategyContext context) {
                if (bar++ == 0) {
                    context.buy(XYZ, 200);
                } else if (bar == 3) {
                    context.sell(XYZ, 200);
                }
            }
        }, ohlc(100, 101, 99, 100, 100, 101, 99, 100, 60, 61, 40, 45, 45, 46, 44, 45));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.finalPositions()).isEmpty();
        assertThat(result.finalCash()).isEqualTo(-10_000 + 200 * 45.0);
    }
}
