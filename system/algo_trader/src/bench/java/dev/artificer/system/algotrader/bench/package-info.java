/**
 * JMH benchmark of the backtest engine: an SMA-crossover backtest on 1,000,000 bars of one symbol against the same
 * strategy in ta4j 0.22.2 ({@code BarSeriesManager}, {@code DoubleNum}), and a 100-combination grid search on one
 * and two threads. Built only by the Maven profile {@code bench}; run it with {@code scripts/bench-backtest.sh}.
 */
package dev.artificer.system.algotrader.bench;
