package dev.artificer.component.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DonchianStopTest {

    /**
     * Bar 4 closes at 12 above the previous 3 highs' 11: buy at bar 5's open, with a sell stop at 12 - 1 x ATR(2).
     * True ranges: bars 1-3 2 each, bar 4 3 (high 13 - previous close 10); ATR(2) = 2 at bar 2, 2 at bar 3,
     * (2 + 3) / 2 = 2.5 at bar 4, so the stop is at 9.5. Bar 6 opens at 12 and trades down to 9: the stop fills
     * at 9.5 inside that bar, before any exit signal.
     */
    @Test
    void protectiveStopFillsAsAStopInsideTheBarThatReachesIt() {
        List<Bar> bars = new ArrayList<>(Bars.closes(10, 10, 10, 10, 12, 13));
        bars.add(Bars.bar(6, 12, 12.5, 9, 10));
        bars.add(Bars.bar(7, 10, 11, 9, 10));

        BacktestResult result = Bars.run("donchian-breakout", "entry=3 exit=2 atr=2 stop=1 quantity=10", bars);

        assertThat(result.fills()).extracting(Fill::side, Fill::type, Fill::time).containsExactly(
                tuple(Side.BUY, OrderType.MARKET, bars.get(5).start()),
                tuple(Side.SELL, OrderType.STOP, bars.get(6).start()));
        assertThat(result.fills().getLast().price()).isEqualTo(9.5);
        assertThat(result.finalPositions()).isEmpty();
    }
}
