package dev.artificer.component.strategies;

import static dev.artificer.component.strategies.Bars.closes;
import static dev.artificer.component.strategies.Bars.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.strategy.Side;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Each built-in on a few hand-made bars through the real engine: the signal is taken at a bar's close and the market
 * order fills at the next bar's open (= that bar's close in {@link Bars#closes}).
 */
class BuiltinSignalsTest {

    /**
     * SMA(2) vs SMA(3) is below until bar 5 (9.0 > 8.33: cross up, buy at bar 6's open) and above until bar 8
     * (10.0 < 10.67: cross down, sell at bar 9's open).
     */
    private static final List<Bar> SMA_SERIES = closes(10, 9, 8, 7, 8, 10, 12, 11, 9, 7, 6, 6);

    private static void assertFills(BacktestResult result, List<Bar> bars, Object[]... sideQuantityBar) {
        assertThat(result.fills()).extracting(Fill::side, Fill::quantity, Fill::time).containsExactly(
                Arrays.stream(sideQuantityBar)
                        .map(fill -> tuple(fill[0], fill[1], bars.get((Integer) fill[2]).start()))
                        .toArray(Tuple[]::new));
    }

    private static Object[] fill(Side side, long quantity, int bar) {
        return new Object[] {side, quantity, bar};
    }

    @Test
    void smaCrossBuysAfterTheCrossUpAndSellsAfterTheCrossDown() {
        BacktestResult result = run("sma-cross", "fast=2 slow=3 quantity=10", SMA_SERIES);

        assertFills(result, SMA_SERIES, fill(Side.BUY, 10, 6), fill(Side.SELL, 10, 9));
    }

    @Test
    void smaCrossWithShortsReversesOnTheCrossDown() {
        BacktestResult result = run(BacktestSettings.withoutCosts(10_000).withShortsAndMargin(1), "sma-cross",
                "fast=2 slow=3 quantity=10 short=true", SMA_SERIES);

        assertFills(result, SMA_SERIES, fill(Side.BUY, 10, 6), fill(Side.SELL, 20, 9));
        assertThat(result.finalPositions()).containsEntry(Bars.AAPL, -10L);
    }

    /**
     * EMA(2) (seeded with the SMA of 2, then k = 2/3) vs EMA(3) (k = 1/2), from bar 2 on:
     * bar 7: 7.827 < 7.938; bar 8: 9.276 > 8.969 (cross up, buy at bar 9); bar 11: 12.121 > 11.871;
     * bar 12: 10.707 < 10.936 (cross down, sell at bar 13).
     */
    @Test
    void emaCrossBuysAfterTheCrossUpAndSellsAfterTheCrossDown() {
        List<Bar> bars = closes(10, 10, 10, 10, 9, 8, 7, 8, 10, 12, 13, 12, 10, 8, 7, 7);

        BacktestResult result = run("ema-cross", "fast=2 slow=3 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 9), fill(Side.SELL, 10, 13));
    }

    /**
     * MACD(2, 3, 2) as TA-Lib: the slow EMA(3) seeded at bar 2, the fast EMA(2) starting at bar 1 so that it is
     * seeded at bar 2 too, the signal EMA(2) of the MACD line from bar 3: bar 6: line -0.394 < signal -0.343;
     * bar 7: -0.110 > -0.188 (cross up, buy at bar 8); bar 10: 0.622 > 0.565; bar 11: 0.250 < 0.355 (cross down,
     * sell at bar 12).
     */
    @Test
    void macdCrossBuysWhenTheLineCrossesAboveTheSignalAndSellsWhenBelow() {
        List<Bar> bars = closes(10, 10, 10, 10, 9, 8, 7, 8, 10, 12, 13, 12, 10, 8, 7, 7);

        BacktestResult result = run("macd-cross", "fast=2 slow=3 signal=2 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 8), fill(Side.SELL, 10, 12));
    }

    /**
     * RSI(2), Wilder: bar 2 100 (above 70, nothing held), bar 3 50, bar 4 25 (below 30: buy at bar 5), bar 5 12.5
     * (long already), bar 6 56.25, bar 7 78.1 (above 70: sell at bar 8).
     */
    @Test
    void rsiReversionBuysBelowLowerAndSellsAboveUpper() {
        List<Bar> bars = closes(10, 11, 12, 11, 10, 9, 10, 11, 12, 13, 12, 11);

        BacktestResult result = run("rsi-reversion", "period=2 lower=30 upper=70 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 5), fill(Side.SELL, 10, 8));
    }

    /**
     * Bollinger(3, 1): bar 4 closes at 8 below the lower band 8.391 (buy at bar 5); bar 5 closes at 8.5, between the
     * lower band 7.983 and the middle 8.833 (hold); bar 6 closes at 10, above the middle 8.833 (sell at bar 7).
     */
    @Test
    void bollingerReversionBuysBelowTheLowerBandAndSellsAtTheMiddle() {
        List<Bar> bars = closes(10, 10, 10, 10, 8, 8.5, 10, 10, 10);

        BacktestResult result = run("bollinger-reversion", "period=3 deviations=1 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 5), fill(Side.SELL, 10, 7));
    }

    /**
     * Bollinger(3, 1): bar 4 closes at 12 above the upper band 11.609 (buy at bar 5); bar 5 closes at 12.5, above the
     * middle 11.5 (hold); bar 6 closes at 11, below the middle 11.833 (sell at bar 7).
     */
    @Test
    void bollingerBreakoutBuysAboveTheUpperBandAndSellsBelowTheMiddle() {
        List<Bar> bars = closes(10, 10, 10, 10, 12, 12.5, 11, 10, 10);

        BacktestResult result = run("bollinger-breakout", "period=3 deviations=1 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 5), fill(Side.SELL, 10, 7));
    }

    /**
     * Donchian entry 3, exit 2 (highs and lows = close +- 1): bar 4 closes at 12 above the previous 3 highs' 11 (buy
     * at bar 5); bars 5-7 close at 13, 14, 13, never above the previous high (13, 14, 14) nor below the previous
     * 2-bar low (9, 11, 12); bar 8 closes at 11 below the previous 2-bar low 12 (sell at bar 9). The protective stop
     * (12 - 1 x ATR(2) 2.5 = 9.5) is cancelled with the exit: bars 9 and 10 trade below it and nothing fills.
     */
    @Test
    void donchianBreakoutBuysAboveThePreviousHighSellsBelowThePreviousLowAndCancelsItsStop() {
        List<Bar> bars = closes(10, 10, 10, 10, 12, 13, 14, 13, 11, 9, 8);

        BacktestResult result = run("donchian-breakout", "entry=3 exit=2 atr=2 stop=1 quantity=10", bars);

        assertFills(result, bars, fill(Side.BUY, 10, 5), fill(Side.SELL, 10, 9));
        assertThat(result.rejections()).isEmpty();
    }
}
