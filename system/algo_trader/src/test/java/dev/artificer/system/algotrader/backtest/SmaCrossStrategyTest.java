package dev.artificer.system.algotrader.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.strategy.Side;
import dev.artificer.system.algotrader.strategy.SmaCrossStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmaCrossStrategyTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");

    private static List<Bar> closes(double... closes) {
        List<Bar> bars = new ArrayList<>();
        for (int index = 0; index < closes.length; index++) {
            bars.add(new Bar(AAPL, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), closes[index], closes[index] + 1,
                    closes[index] - 1, closes[index], 1_000));
        }
        return bars;
    }

    /**
     * By hand: SMA(2) vs SMA(3) of the closes is below until bar 5 (9.0 > 8.33: cross up, so the buy fills at bar
     * 6's open) and above until bar 8 (10.0 < 10.67: cross down, so the sell fills at bar 9's open).
     */
    @Test
    void buysAfterTheFastAverageCrossesAboveAndSellsAfterItCrossesBelow() {
        List<Bar> bars = closes(10, 9, 8, 7, 8, 10, 12, 11, 9, 7, 6, 6);

        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(10_000))
                .run(new SmaCrossStrategy(2, 3, 10), bars);

        assertThat(result.fills()).extracting(Fill::side).containsExactly(Side.BUY, Side.SELL);
        assertThat(result.fills().getFirst().time()).isEqualTo(bars.get(6).start());
        assertThat(result.fills().getLast().time()).isEqualTo(bars.get(9).start());
    }

    @Test
    void parametersAreValidatedWithTheirNames() {
        assertThatThrownBy(() -> new SmaCrossStrategy(10, 5, 1)).hasMessageContaining("slow must be greater than fast");
        assertThatThrownBy(() -> new SmaCrossStrategy(1, 5, 1)).hasMessageContaining("fast must be 2 or more");
        assertThatThrownBy(() -> new SmaCrossStrategy(2, 5, 0)).hasMessageContaining("quantity must be 1 or more");
    }

    @Test
    void nameCarriesTheParameters() {
        assertThat(new SmaCrossStrategy(10, 30, 5).name()).isEqualTo("sma-cross fast=10 slow=30 quantity=5");
    }
}
