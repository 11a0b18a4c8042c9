package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.Fill;
import java.time.Instant;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;

/**
 * The same 1,000,000 bars as a ta4j {@code DoubleNum} series, built once per trial (not timed). Before anything is
 * measured it checks that both engines trade the same bars, so that the comparison is like for like.
 */
@State(Scope.Benchmark)
public class Ta4jBars {

    BarSeries series;

    /**
     * Builds the series and compares the trades of both engines.
     *
     * @throws IllegalStateException when the engines disagree
     */
    @Setup(Level.Trial)
    public void setUp() {
        List<Bar> bars = MarketData.bars(MarketData.BARS);
        series = MarketData.ta4jSeries(bars);
        requireSameTrades(EngineBenchmark.FAST, EngineBenchmark.SLOW, bars, series);
    }

    /**
     * Fails unless this repository's engine and ta4j fill at the same bars, with no order refused.
     *
     * @param fast   the fast period
     * @param slow   the slow period
     * @param bars   the bars
     * @param series the same bars for ta4j
     * @throws IllegalStateException naming the counts and the first difference
     */
    static void requireSameTrades(int fast, int slow, List<Bar> bars, BarSeries series) {
        BacktestResult ours = SmaCross.runOurs(fast, slow, bars);
        TradingRecord theirs = SmaCross.runTa4j(fast, slow, series);
        List<Instant> ourTimes = ours.fills().stream().map(Fill::time).toList();
        List<Instant> theirTimes = theirs.getTrades().stream()
                .map(trade -> series.getBar(trade.getIndex()).getBeginTime()).toList();
        if (!ours.rejections().isEmpty() || !ourTimes.equals(theirTimes)) {
            int first = 0;
            while (first < Math.min(ourTimes.size(), theirTimes.size())
                    && ourTimes.get(first).equals(theirTimes.get(first))) {
                first++;
            }
            throw new IllegalStateException("the engines disagree: " + ourTimes.size() + " fills here, "
                    + theirTimes.size() + " trades in ta4j, " + ours.rejections().size()
                    + " refused orders; first difference at trade " + first);
        }
        System.out.println("Both engines make the same " + ourTimes.size() + " trades at the same bars.");
    }
}
