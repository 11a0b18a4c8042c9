package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.component.backtest.optimize.ParameterRange;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.ParameterSpace;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.BarColumns;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.StrategyDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Bars, jobs and the thread-pool reference the Spark tests compare against. */
final class JobFixtures {

    static final double RATE = 0.02;
    static final BacktestSettings SETTINGS = BacktestSettings.withoutCosts(100_000)
            .withCosts(CommissionModel.perShare(0.005, 1), SlippageModel.basisPoints(2));
    static final Ranking SHARPE = Ranking.by("sharpe");

    private JobFixtures() {
    }

    /** Spark on two local cores, UI off. */
    static JavaSparkContext localSpark() {
        return new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"));
    }

    /** Random walks of two symbols, daily. */
    static List<Bar> bars(int days) {
        Random random = new Random(7);
        List<Bar> bars = new ArrayList<>();
        double[] closes = {100, 50};
        Instant day0 = Instant.parse("2020-01-02T05:00:00Z");
        for (int day = 0; day < days; day++) {
            for (int which = 0; which < 2; which++) {
                double open = closes[which];
                double close = open * (1 + random.nextGaussian() * 0.02);
                closes[which] = close;
                bars.add(new Bar(Symbol.of(which == 0 ? "AAA" : "BBB"), Timeframe.DAILY, day0.plus(Duration.ofDays(day)),
                        open, Math.max(open, close) * 1.01, Math.min(open, close) * 0.99, close, 10_000 + day));
            }
        }
        return bars;
    }

    /** 200 combinations of sma-cross, those with slow not above fast invalid. */
    static List<Map<String, String>> smaGrid() {
        return new ParameterSpace(List.of(ParameterRange.parse("fast=5..100:5"), ParameterRange.parse("slow=10..100:10")))
                .grid();
    }

    static SearchJob job(List<Bar> bars, List<Map<String, String>> combinations, int inSample, int outOfSample) {
        return new SearchJob("sma-cross", "", "", Map.of(), SETTINGS, RATE, SHARPE, combinations, inSample,
                outOfSample, BarColumns.of(bars));
    }

    /** The thread-pool search of the command line, on two threads. */
    static ParameterSearch threadPool() {
        return new ParameterSearch(new BacktestEngine(SETTINGS), result -> PerformanceMetrics.of(result, RATE).asMap(), 2);
    }

    /** The command line's factory of a built-in. */
    static StrategyFactory builtin(String name) {
        StrategyDefinition definition = BuiltinStrategies.registry().find(name);
        return combination -> definition.create(definition.parse(combination));
    }
}
