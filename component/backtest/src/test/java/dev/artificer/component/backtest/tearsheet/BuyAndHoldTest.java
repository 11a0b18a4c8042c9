package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

    private static final Symbol A = Symbol.of("A");
    private static final Symbol B = Symbol.of("B");

    private static Bar bar(Symbol symbol, String day, double open, double close) {
        return new Bar(symbol, Timeframe.DAILY, Instant.parse(day + "T05:00:00Z"), open, Math.max(open, close),
                Math.min(open, close), close, 100);
    }

    // 100 dollars, 50 per symbol. A opens at 10 and closes 11, then 12; B trades from the second day, open 20,
    // close 18. Day 1: A 50 x 11/10 = 55, B still 50 cash -> 105. Day 2: A 50 x 12/10 = 60, B 50 x 18/20 = 45 -> 105.
    private static final List<Bar> BARS = List.of(bar(A, "2026-01-05", 10, 11), bar(A, "2026-01-06", 11.5, 12),
            bar(B, "2026-01-06", 20, 18));

    @Test
    void eachSymbolHoldsAnEqualShareOfTheCashFromItsFirstOpen() {
        BacktestResult benchmark = BuyAndHold.of(BARS, 100, Timeframe.DAILY);

        assertThat(benchmark.equityCurve().size()).isEqualTo(2);
        assertThat(benchmark.equityCurve().equity(0)).isCloseTo(105, within(1e-9));
        assertThat(benchmark.equityCurve().equity(1)).isCloseTo(105, within(1e-9));
    }

    @Test
    void itsReturnIsTheAverageOfTheSymbolsReturns() {
        // (12/10 - 1 + 18/20 - 1) / 2 = (0.2 - 0.1) / 2 = 0.05
        assertThat(BuyAndHold.of(BARS, 100, Timeframe.DAILY).totalReturn()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void itIsExposedFromTheFirstBarOn() {
        // gross on day 1 is A's 55, on day 2 A's 60 and B's 45: both points hold a position
        assertThat(PerformanceMetrics.of(BuyAndHold.of(BARS, 100, Timeframe.DAILY)).exposure()).isEqualTo(1.0);
        assertThat(BuyAndHold.of(BARS, 100, Timeframe.DAILY).equityCurve().gross(0)).isCloseTo(55, within(1e-9));
    }
}
