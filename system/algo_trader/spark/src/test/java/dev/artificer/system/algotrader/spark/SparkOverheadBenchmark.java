package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.ParameterRange;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.ParameterSpace;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.BarColumns;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A measured run (not a test): a 1,000-combination sma-cross grid on 100,000 one-minute bars, on Spark local[2]
 * against the thread-pool search on 2 threads, alternating the two, printing each time, the medians and minimums, their ratios,
 * the single-thread cost of one combination and the sizes a cluster would ship. Run by scripts/bench-spark.sh.
 */
public final class SparkOverheadBenchmark {

    private static final int BARS = 100_000;
    private static final int ROUNDS = 7;

    private SparkOverheadBenchmark() {
    }

    /**
     * Runs the measurement.
     *
     * @param args none
     * @throws IOException when the sizes cannot be measured
     */
    public static void main(String[] args) throws IOException {
        List<Bar> bars = minuteWalk();
        List<Map<String, String>> grid = new ParameterSpace(List.of(ParameterRange.parse("fast=5..100:5"),
                ParameterRange.parse("slow=110..600:10"))).grid();
        BacktestSettings settings = BacktestSettings.withoutCosts(100_000);
        Ranking ranking = Ranking.by("sharpe");
        SearchJob job = new SearchJob("sma-cross", "", "", Map.of(), settings, 0, ranking, grid, 0, 0,
                BarColumns.of(bars));
        ParameterSearch threads = new ParameterSearch(new BacktestEngine(settings),
                result -> PerformanceMetrics.of(result, 0).asMap(), 2);
        JobStrategies strategies = new JobStrategies(job);
        long started = System.nanoTime();
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[2]")
                .setAppName("overhead").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))) {
            spark.setLogLevel("WARN");
            System.out.printf(Locale.ROOT, "spark context start: %.2f s%n", (System.nanoTime() - started) / 1e9);
            SparkJob onSpark = new SparkJob(spark);
            SearchResult reference = threads.run(strategies, grid, bars, ranking, done -> { });
            if (!onSpark.run(job, done -> { }).getFirst().equals(reference)) {
                throw new IllegalStateException("Spark and the thread pool disagree");
            }
            double[] pool = new double[ROUNDS];
            double[] cluster = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                pool[round] = seconds(() -> threads.run(strategies, grid, bars, ranking, done -> { }));
                cluster[round] = seconds(() -> onSpark.run(job, done -> { }));
                System.out.printf(Locale.ROOT, "round %d: thread pool %.3f s, spark local[2] %.3f s%n", round + 1,
                        pool[round], cluster[round]);
            }
            ParameterSearch one = new ParameterSearch(new BacktestEngine(settings),
                    result -> PerformanceMetrics.of(result, 0).asMap(), 1);
            double single = seconds(() -> one.run(strategies, grid.subList(0, 200), bars, ranking, done -> { }));
            System.out.printf(Locale.ROOT, "median thread pool (2 threads): %.3f s%n", median(pool));
            System.out.printf(Locale.ROOT, "median spark local[2]: %.3f s%n", median(cluster));
            System.out.printf(Locale.ROOT, "fastest thread pool: %.3f s, fastest spark: %.3f s%n", min(pool), min(cluster));
            System.out.printf(Locale.ROOT, "ratio spark / thread pool: %.2fx of the medians, %.2fx of the fastest%n",
                    median(cluster) / median(pool), min(cluster) / min(pool));
            System.out.printf(Locale.ROOT, "one combination on one thread: %.2f ms (%.1f ns per bar)%n",
                    single / 200 * 1e3, single / 200 / BARS * 1e9);
            System.out.printf(Locale.ROOT, "broadcast bars: %d bytes (%.1f per bar); one result: %d bytes%n",
                    serialized(BarColumns.of(bars)), serialized(BarColumns.of(bars)) / (double) BARS,
                    serialized(reference.ranked().getFirst()));
        }
    }

    private static List<Bar> minuteWalk() {
        Random random = new Random(42);
        List<Bar> bars = new ArrayList<>(BARS);
        Instant start = Instant.parse("2020-01-02T14:30:00Z");
        double close = 100;
        for (int index = 0; index < BARS; index++) {
            double open = close;
            close = open * (1 + random.nextGaussian() * 0.001);
            bars.add(new Bar(Symbol.of("AAA"), Timeframe.ONE_MINUTE, start.plus(Duration.ofMinutes(index)), open,
                    Math.max(open, close) * 1.0005, Math.min(open, close) * 0.9995, close, 1_000));
        }
        return bars;
    }

    private static double seconds(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static int serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
