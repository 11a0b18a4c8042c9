package dev.artificer.system.algotrader.spark;

import static dev.artificer.system.algotrader.spark.JobFixtures.SETTINGS;
import static dev.artificer.system.algotrader.spark.JobFixtures.SHARPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.ParameterRange;
import dev.artificer.component.backtest.optimize.ParameterSpace;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WalkForward;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.market.Bar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class SparkWalkForwardIT {

    private final List<Bar> bars = JobFixtures.bars(700);
    private final List<Map<String, String>> grid = new ParameterSpace(List.of(ParameterRange.parse("fast=5..30:5"),
            ParameterRange.parse("slow=20..80:20"))).grid();
    private final WalkForwardSettings windows = new WalkForwardSettings(250, 100);

    @Test
    void windowsOnSparkChooseWhatTheThreadPoolChoosesAndReplayToTheSameAccount() {
        List<SearchResult> perWindow;
        try (JavaSparkContext spark = JobFixtures.localSpark()) {
            perWindow = new SparkJob(spark).run(JobFixtures.job(bars, grid, 250, 100), done -> { });
        }
        BacktestEngine engine = new BacktestEngine(SETTINGS);
        WalkForwardResult onThreads = new WalkForward(JobFixtures.threadPool(), engine)
                .run(JobFixtures.builtin("sma-cross"), grid, bars, SHARPE, windows, done -> { });
        Iterator<SearchResult> recorded = perWindow.iterator();
        WalkForwardResult replayed = new WalkForward((factory, combinations, slice, ranking, done) -> recorded.next(),
                engine).run(JobFixtures.builtin("sma-cross"), grid, bars, SHARPE, windows, done -> { });

        assertThat(perWindow).hasSize(WalkForward.windows(bars, windows)).hasSizeGreaterThan(3);
        assertThat(replayed.windows()).isEqualTo(onThreads.windows());
        assertThat(PerformanceMetrics.of(replayed.stitched(), JobFixtures.RATE).asMap())
                .isEqualTo(PerformanceMetrics.of(onThreads.stitched(), JobFixtures.RATE).asMap());
        assertThat(equity(replayed)).isEqualTo(equity(onThreads));
        assertThat(replayed.stitched().fills()).isEqualTo(onThreads.stitched().fills());
    }

    private static double[] equity(WalkForwardResult result) {
        EquityCurve curve = result.stitched().equityCurve();
        return java.util.stream.IntStream.range(0, curve.size()).mapToDouble(curve::equity).toArray();
    }
}
