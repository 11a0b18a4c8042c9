package dev.artificer.system.algotrader.spark;

import static dev.artificer.system.algotrader.spark.JobFixtures.SHARPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.io.Serializable;
import dev.artificer.component.market.Bar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSearchIT {

    private final List<Bar> bars = JobFixtures.bars(600);
    private final List<Map<String, String>> grid = JobFixtures.smaGrid();
    private JavaSparkContext spark;

    @BeforeAll
    void start() {
        spark = JobFixtures.localSpark();
    }

    @AfterAll
    void stop() {
        spark.close();
    }

    @Test
    void twoHundredCombinationsOnLocalTwoEqualTheThreadPoolBitForBit() {
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

        SearchResult onSpark = new SparkJob(spark).run(JobFixtures.job(bars, grid, 0, 0), progress::add).getFirst();
        SearchResult onThreads = JobFixtures.threadPool().run(JobFixtures.builtin("sma-cross"), grid, bars, SHARPE,
                done -> { });

        assertThat(grid).hasSize(200);
        assertThat(onSpark.ranked()).hasSizeGreaterThan(50).isEqualTo(onThreads.ranked());
        assertThat(onSpark.skipped()).isNotEmpty().isEqualTo(onThreads.skipped());
        assertThat(onSpark).isEqualTo(onThreads);
        assertThat(progress).isNotEmpty().contains(200);
    }

    @Test
    void everyMetricOfEveryCandidateHasTheSameBits() {
        SearchResult onSpark = new SparkJob(spark).run(JobFixtures.job(bars, grid, 0, 0), done -> { }).getFirst();
        SearchResult onThreads = JobFixtures.threadPool().run(JobFixtures.builtin("sma-cross"), grid, bars, SHARPE,
                done -> { });

        for (int index = 0; index < onThreads.ranked().size(); index++) {
            Map<String, Double> expected = onThreads.ranked().get(index).metrics();
            Map<String, Double> actual = onSpark.ranked().get(index).metrics();
            assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
            expected.forEach((key, value) -> assertThat(Double.doubleToRawLongBits(actual.get(key)))
                    .as(key).isEqualTo(Double.doubleToRawLongBits(value)));
        }
    }

    @Test
    void aStrategyThatThrowsFailsOnlyItsCombinationWithTheReasonAsOnTheThreadPool() {
        StrategyFactory throwingAtFifteen = (StrategyFactory & Serializable) combination ->
                combination.get("fast").equals("15") ? new Throwing() : JobFixtures.builtin("sma-cross").create(combination);

        SearchResult onSpark = new SparkSearch(spark, JobFixtures.SETTINGS, JobFixtures.RATE)
                .run(throwingAtFifteen, grid, bars, SHARPE, done -> { });
        SearchResult onThreads = JobFixtures.threadPool().run(throwingAtFifteen, grid, bars, SHARPE, done -> { });

        assertThat(onSpark.skipped()).anySatisfy(reason -> assertThat(reason).contains("fast=15")
                .contains(": failed: java.lang.IllegalStateException: broken on purpose"));
        assertThat(onSpark.ranked()).isNotEmpty().noneMatch(candidate -> candidate.parameters().get("fast").equals("15"));
        assertThat(onSpark).isEqualTo(onThreads);
    }

    /** A strategy that throws on its first bar. */
    private static final class Throwing implements Strategy {

        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
