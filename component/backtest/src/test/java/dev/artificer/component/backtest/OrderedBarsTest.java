package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedBarsTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");

    private static Bar bar(Symbol symbol, int day, double close) {
        return new Bar(symbol, Timeframe.DAILY, DAY0.plus(Duration.ofDays(day)), close, close + 1, close - 1, close,
                1_000);
    }

    /** Buys one share at the first bar, so that the equity curve moves with every later close. */
    private static Strategy buyOnce() {
        return new Strategy() {
            private boolean bought;

            @Override
            public String name() {
                return "buy once";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (!bought) {
                    bought = context.buy(bar.symbol(), 1) != null;
                }
            }
        };
    }

    @Test
    void barsAreOrderedByStartThenSymbol() {
        Bar msftDay1 = bar(MSFT, 1, 50);
        Bar aaplDay1 = bar(AAPL, 1, 100);
        Bar msftDay0 = bar(MSFT, 0, 49);

        assertThat(OrderedBars.of(List.of(msftDay1, aaplDay1, msftDay0)).bars())
                .containsExactly(msftDay0, aaplDay1, msftDay1);
    }

    @Test
    void theOrderedBarsCannotBeChanged() {
        OrderedBars ordered = OrderedBars.of(List.of(bar(AAPL, 0, 100)));

        assertThatThrownBy(() -> ordered.bars().set(0, bar(AAPL, 1, 101)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRunOverOrderedBarsEqualsARunOverTheList() {
        List<Bar> bars = List.of(bar(AAPL, 2, 103), bar(MSFT, 0, 50), bar(AAPL, 0, 100), bar(MSFT, 2, 52),
                bar(AAPL, 1, 101), bar(MSFT, 1, 51));
        BacktestEngine engine = new BacktestEngine(BacktestSettings.withoutCosts(10_000));

        BacktestResult fromList = engine.run(buyOnce(), bars);
        BacktestResult fromOrdered = engine.run(buyOnce(), OrderedBars.of(bars));

        assertThat(fromOrdered.fills()).isEqualTo(fromList.fills());
        assertThat(fromOrdered.equityCurve().size()).isEqualTo(3);
        for (int index = 0; index < 3; index++) {
            assertThat(fromOrdered.equityCurve().time(index)).isEqualTo(fromList.equityCurve().time(index));
            assertThat(fromOrdered.equityCurve().equity(index)).isEqualTo(fromList.equityCurve().equity(index));
        }
    }
}
