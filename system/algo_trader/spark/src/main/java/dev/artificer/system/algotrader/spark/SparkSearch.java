package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.CombinationSearch;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.BarColumns;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The parameter search on Spark: the bars are broadcast once as columns, the combinations are split into tasks, and
 * each task runs {@link ParameterSearch#evaluate} (the very code of the thread-pool search) and sends back only the
 * metrics; the driver ranks them with {@link ParameterSearch#rank}, so the result is the thread pool's, bit for bit.
 */
public final class SparkSearch implements CombinationSearch {

    /** Tasks per core: small enough to balance uneven combinations and show progress, large enough to amortise. */
    private static final int TASKS_PER_CORE = 8;

    private final JavaSparkContext spark;
    private final BacktestSettings settings;
    private final double riskFreeRate;

    /**
     * Creates the search.
     *
     * @param spark        the Spark context
     * @param settings     the account every run uses
     * @param riskFreeRate the annual risk-free rate of the Sharpe and Sortino ratios
     */
    public SparkSearch(JavaSparkContext spark, BacktestSettings settings, double riskFreeRate) {
        this.spark = spark;
        this.settings = settings;
        this.riskFreeRate = riskFreeRate;
    }

    /**
     * Runs the combinations on the cluster.
     *
     * @param strategies   makes a strategy from a combination; must be serializable, as the executors call it
     * @param combinations the combinations to try
     * @param bars         the history
     * @param ranking      the metric to rank by
     * @param progress     told the number of combinations done, from Spark's listener
     * @return the ranked candidates and the skipped combinations
     */
    @Override
    public SearchResult run(StrategyFactory strategies, List<Map<String, String>> combinations, List<Bar> bars,
                            Ranking ranking, IntConsumer progress) {
        if (!(strategies instanceof Serializable)) {
            throw new IllegalArgumentException("a Spark search needs a serializable strategy factory");
        }
        if (combinations.isEmpty()) {
            return ParameterSearch.rank(ranking, List.of());
        }
        List<Map<String, String>> shipped = new ArrayList<>();
        combinations.forEach(combination -> shipped.add(new LinkedHashMap<>(combination)));
        int partitions = Math.min(shipped.size(), spark.defaultParallelism() * TASKS_PER_CORE);
        Broadcast<SharedBars> history = spark.broadcast(new SharedBars(BarColumns.of(bars)));
        TaskProgress listener = new TaskProgress(shipped.size(), partitions, progress);
        spark.sc().addSparkListener(listener);
        try {
            BacktestSettings account = settings;
            double rate = riskFreeRate;
            List<Outcome> outcomes = spark.parallelize(shipped, partitions).mapPartitions(part -> {
                ParameterSearch search = new ParameterSearch(new BacktestEngine(account),
                        result -> PerformanceMetrics.of(result, rate).asMap(), 1);
                List<Outcome> evaluated = new ArrayList<>();
                part.forEachRemaining(combination -> evaluated.add(Outcome.of(
                        search.evaluate(strategies, combination, history.value().history(), ranking))));
                return evaluated.iterator();
            }).collect();
            spark.sc().removeSparkListener(listener);
            if (listener.done() < shipped.size()) {
                progress.accept(shipped.size());
            }
            return ParameterSearch.rank(ranking, outcomes.stream().map(Outcome::evaluation).toList());
        } finally {
            spark.sc().removeSparkListener(listener);
            history.destroy();
        }
    }
}
