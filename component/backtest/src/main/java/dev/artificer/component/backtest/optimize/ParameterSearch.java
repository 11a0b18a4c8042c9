package dev.artificer.component.backtest.optimize;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.OrderedBars;
import dev.artificer.component.strategy.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs one backtest per parameter combination on a pool of threads and ranks the combinations by a metric. Each run
 * gets a fresh strategy; the bars are put in replay order once and shared read-only, and only each run's metrics are
 * kept, so a large grid over a long history does not hold every equity curve in memory.
 */
public final class ParameterSearch implements CombinationSearch {

    private final BacktestEngine engine;
    private final Function<BacktestResult, Map<String, Double>> metrics;
    private final int threads;
    private final boolean dailyReturns;

    /**
     * Creates the search.
     *
     * @param engine  the engine every run uses
     * @param metrics turns a run into its metrics by key
     * @param threads how many runs at once, at least 1
     */
    public ParameterSearch(BacktestEngine engine, Function<BacktestResult, Map<String, Double>> metrics, int threads) {
        this(engine, metrics, threads, false);
    }

    private ParameterSearch(BacktestEngine engine, Function<BacktestResult, Map<String, Double>> metrics, int threads,
                            boolean dailyReturns) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more (got " + threads + ")");
        }
        this.engine = engine;
        this.metrics = metrics;
        this.threads = threads;
        this.dailyReturns = dailyReturns;
    }

    /**
     * The same search keeping each candidate's returns per New York date ({@link Candidate#dailyReturns()}), what
     * {@link BacktestOverfitting} needs: one number per date and candidate (20 KB for ten years), read from the run's
     * equity curve before it is dropped.
     *
     * @return the search that keeps them
     */
    public ParameterSearch withDailyReturns() {
        return new ParameterSearch(engine, metrics, threads, true);
    }

    /** Runs the combinations on the pool; the progress is told from the pool's threads. */
    @Override
    public SearchResult run(StrategyFactory strategies, List<Map<String, String>> combinations, List<Bar> bars,
                            Ranking ranking, IntConsumer progress) {
        Evaluation[] evaluations = new Evaluation[combinations.size()];
        AtomicInteger done = new AtomicInteger();
        OrderedBars history = OrderedBars.of(bars);
        SessionEnds dates = dailyReturns ? SessionEnds.of(history.bars()) : null;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int index = 0; index < combinations.size(); index++) {
                int slot = index;
                runs.add(pool.submit(() -> {
                    evaluations[slot] = evaluate(strategies, combinations.get(slot), history, ranking, dates);
                    progress.accept(done.incrementAndGet());
                }));
            }
            awaitAll(runs);
        }
        return rank(ranking, List.of(evaluations));
    }

    /**
     * Tries one combination, as every search does (here on threads, or on a cluster's executors): a combination the
     * strategy refuses, or whose run throws, is skipped with the reason; only the run's metrics are kept.
     *
     * @param strategies  makes a strategy from a combination
     * @param combination the combination
     * @param history     the bars in replay order
     * @param ranking     the metric to rank by
     * @return the candidate or the reason it was skipped
     */
    public Evaluation evaluate(StrategyFactory strategies, Map<String, String> combination, OrderedBars history,
                               Ranking ranking) {
        return evaluate(strategies, combination, history, ranking, dailyReturns ? SessionEnds.of(history.bars()) : null);
    }

    private Evaluation evaluate(StrategyFactory strategies, Map<String, String> combination, OrderedBars history,
                                Ranking ranking, SessionEnds dates) {
        Strategy strategy;
        try {
            strategy = strategies.create(combination);
        } catch (IllegalArgumentException invalid) {
            return Evaluation.skipped(combination + ": " + invalid.getMessage());
        }
        BacktestResult run;
        Map<String, Double> values;
        try {
            run = engine.run(strategy, history);
            values = metrics.apply(run);
        } catch (RuntimeException failed) {
            return Evaluation.skipped(combination + ": failed: " + failed);
        }
        return Evaluation.of(new Candidate(combination, strategy.name(), values, ranking.score(values),
                dates == null ? new double[0] : dates.returns(run.equityCurve(), run.initialCash())));
    }

    /**
     * Ranks evaluations given in combination order: best first, ties in combination order, so every search that
     * evaluates the same combinations gives the same ranking.
     *
     * @param ranking     the metric ranked by
     * @param evaluations one per combination, in combination order
     * @return the ranked candidates and the skipped combinations
     */
    public static SearchResult rank(Ranking ranking, List<Evaluation> evaluations) {
        List<Candidate> ranked = new ArrayList<>(evaluations.stream().flatMap(each -> each.candidate().stream()).toList());
        ranked.sort(Comparator.comparing(Candidate::score, ranking.bestFirst()));
        return new SearchResult(ranking, ranked, evaluations.stream().flatMap(each -> each.skipped().stream()).toList());
    }

    private static void awaitAll(List<Future<?>> runs) {
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the search was interrupted", interrupted);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
    }
}
