package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.optimize.CombinationSearch;
import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WalkForward;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.market.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a {@link SearchJob} on a Spark context: a plain search gives one result, a walk-forward one per window (each
 * window's in-sample search on Spark, its out-of-sample run on the driver), so the caller can replay the windows.
 */
public final class SparkJob {

    private final JavaSparkContext spark;

    /**
     * Creates the job runner.
     *
     * @param spark the Spark context
     */
    public SparkJob(JavaSparkContext spark) {
        this.spark = spark;
    }

    /**
     * Runs the job.
     *
     * @param job      the search or walk-forward
     * @param progress told the combinations done so far (over every window of a walk-forward)
     * @return the search results in order: one for a search, one per window for a walk-forward
     */
    public List<SearchResult> run(SearchJob job, IntConsumer progress) {
        SparkSearch search = new SparkSearch(spark, job.settings(), job.riskFreeRate());
        JobStrategies strategies = new JobStrategies(job);
        List<Bar> bars = job.bars().bars();
        Optional<WalkForwardSettings> windows = job.walkForward();
        if (windows.isEmpty()) {
            return List.of(search.run(strategies, job.combinations(), bars, job.ranking(), progress));
        }
        List<SearchResult> results = new ArrayList<>();
        int each = job.combinations().size();
        CombinationSearch recording = (factory, combinations, slice, ranking, done) -> {
            int before = results.size() * each;
            SearchResult result = search.run(factory, combinations, slice, ranking, count -> progress.accept(before + count));
            results.add(result);
            return result;
        };
        new WalkForward(recording, new BacktestEngine(job.settings()))
                .run(strategies, job.combinations(), bars, job.ranking(), windows.get(), window -> { });
        return results;
    }

    /**
     * The number of combinations the job runs in all, for progress.
     *
     * @param job the job
     * @return combinations times windows
     */
    public static int total(SearchJob job) {
        int windows = job.walkForward().map(settings -> WalkForward.windows(job.bars().bars(), settings)).orElse(1);
        return job.combinations().size() * windows;
    }
}
