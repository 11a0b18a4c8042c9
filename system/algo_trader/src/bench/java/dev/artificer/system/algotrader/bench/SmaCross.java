package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.OrderedBars;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyRegistry;
import dev.artificer.component.strategies.BuiltinStrategies;
import java.util.List;
import java.util.Map;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The benchmarked strategy in both engines: long a fixed quantity after the fast SMA of the close crosses above the
 * slow one, flat after it crosses below, filled at the next bar's open, no costs.
 */
final class SmaCross {

    /** Shares per entry. */
    static final long QUANTITY = 100;

    /** Enough cash that no entry is ever refused (the walk stays far below $10,000,000 per share). */
    private static final double CASH = 1e9;

    private static final StrategyRegistry STRATEGIES = BuiltinStrategies.registry();

    /** The engine of every run of this repository's backtests: no costs, next-open fills. */
    static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(CASH));

    private SmaCross() {
    }

    /**
     * The built-in {@code sma-cross} strategy of this repository (long only, fixed quantity), the one place the
     * benchmark constructs it.
     *
     * @param fast the fast period
     * @param slow the slow period
     * @return a fresh strategy
     */
    static Strategy ours(int fast, int slow) {
        return STRATEGIES.create("sma-cross", Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow),
                "sizing", "fixed", "quantity", Long.toString(QUANTITY)));
    }

    /**
     * The same strategy written as the built-in {@code rules} strategy: two expressions over the catalogue's SMA.
     *
     * @param fast the fast period
     * @param slow the slow period
     * @return a fresh strategy
     */
    static Strategy rules(int fast, int slow) {
        String fastSma = "sma(close, " + fast + ")";
        String slowSma = "sma(close, " + slow + ")";
        return STRATEGIES.create("rules", Map.of("entry", "crosses_above(" + fastSma + ", " + slowSma + ")",
                "exit", "crosses_below(" + fastSma + ", " + slowSma + ")", "sizing", "fixed",
                "quantity", Long.toString(QUANTITY)));
    }

    /**
     * Runs this repository's engine.
     *
     * @param fast the fast period
     * @param slow the slow period
     * @param bars the bars
     * @return the result
     */
    static BacktestResult runOurs(int fast, int slow, List<Bar> bars) {
        return ENGINE.run(ours(fast, slow), bars);
    }

    /**
     * Runs this repository's engine on bars already in replay order.
     *
     * @param fast the fast period
     * @param slow the slow period
     * @param bars the bars in replay order
     * @return the result
     */
    static BacktestResult runOurs(int fast, int slow, OrderedBars bars) {
        return ENGINE.run(ours(fast, slow), bars);
    }

    /**
     * Runs ta4j with fresh indicators, so that nothing ta4j cached in an earlier run is reused. The first {@code slow}
     * bars are unstable: ta4j's SMA averages a partial window there, where this repository's SMA is not ready yet, and
     * the first cross both can see is at bar {@code slow}.
     *
     * @param fast   the fast period
     * @param slow   the slow period
     * @param series the bars
     * @return ta4j's trading record
     */
    static TradingRecord runTa4j(int fast, int slow, BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fastSma = new SMAIndicator(close, fast);
        SMAIndicator slowSma = new SMAIndicator(close, slow);
        BaseStrategy strategy = new BaseStrategy(new CrossedUpIndicatorRule(fastSma, slowSma),
                new CrossedDownIndicatorRule(fastSma, slowSma), slow);
        return new BarSeriesManager(series).run(strategy, Trade.TradeType.BUY,
                series.numFactory().numOf(QUANTITY));
    }
}
