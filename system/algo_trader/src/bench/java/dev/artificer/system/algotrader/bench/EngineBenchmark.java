package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.ta4j.core.TradingRecord;

/**
 * One whole SMA(10/30)-crossover backtest of 1,000,000 bars per invocation, single thread; scores are bars per
 * second. Both engines get a fresh strategy (and ta4j fresh indicators) every invocation. {@code ours} takes the bar
 * list as it comes, {@code oursOrdered} the same bars already in replay order; {@code walk} is the floor of one pass
 * over the bars: it reads each bar's close and start and does nothing else.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MarketData.BARS)
public class EngineBenchmark {

    /** The fast SMA period. */
    static final int FAST = 10;

    /** The slow SMA period. */
    static final int SLOW = 30;

    /**
     * This repository's engine ({@code BacktestEngine}, {@code SmaCrossStrategy}).
     *
     * @param data the bars
     * @return the result, so that nothing is optimized away
     */
    @Benchmark
    public BacktestResult ours(OurBars data) {
        return SmaCross.runOurs(FAST, SLOW, data.bars);
    }

    /**
     * This repository's engine on bars put in replay order before the trial, as a parameter search gives them to each
     * run (and as ta4j gets a series built before the trial): the run skips the pass that checks the order.
     *
     * @param data the bars
     * @return the result, so that nothing is optimized away
     */
    @Benchmark
    public BacktestResult oursOrdered(OurBars data) {
        return SmaCross.runOurs(FAST, SLOW, data.ordered);
    }

    /**
     * The same strategy written as rules ({@code rules} with {@code crosses_above(sma(close, 10), sma(close, 30))} and
     * {@code crosses_below(...)}), on the bars in replay order; its fills are those of {@code oursOrdered}.
     *
     * @param data the bars
     * @return the result, so that nothing is optimized away
     */
    @Benchmark
    public BacktestResult rulesOrdered(OurBars data) {
        return SmaCross.ENGINE.run(SmaCross.rules(FAST, SLOW), data.ordered);
    }

    /**
     * One pass over the bars reading what every pass of the engine reads (the close and the start time).
     *
     * @param data the bars
     * @return a sum of the values read, so that nothing is optimized away
     */
    @Benchmark
    public double walk(OurBars data) {
        double sum = 0;
        for (Bar bar : data.bars) {
            sum += bar.close() + bar.start().getEpochSecond();
        }
        return sum;
    }

    /**
     * ta4j 0.22.2: {@code BarSeriesManager.run} of a {@code BaseStrategy} with crossed-up and crossed-down rules.
     *
     * @param data the series
     * @return the trading record, so that nothing is optimized away
     */
    @Benchmark
    public TradingRecord ta4j(Ta4jBars data) {
        return SmaCross.runTa4j(FAST, SLOW, data.series);
    }
}
