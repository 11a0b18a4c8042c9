package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A grid search with this repository's {@link ParameterSearch}: 100 SMA-crossover backtests (fast 5 to 14 by 1, slow
 * 20 to 65 by 5) over the first 100,000 of the benchmark bars on a pool of {@link #threads} threads, ranked by total
 * return; scores are bars per second over all 100 runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(GridSearchBenchmark.COMBINATIONS * GridSearchBenchmark.BARS)
public class GridSearchBenchmark {

    /** Bars per backtest. */
    static final int BARS = 100_000;

    /** Parameter combinations per grid search. */
    static final int COMBINATIONS = 100;

    private static final String METRIC = "total_return";

    /** The threads of the search's pool. */
    @Param({"1", "2"})
    public int threads;

    private List<Bar> bars;
    private List<Map<String, String>> grid;
    private ParameterSearch search;

    /** Generates the bars and the grid, and creates the search. */
    @Setup(Level.Trial)
    public void setUp() {
        bars = MarketData.bars(BARS);
        grid = new ArrayList<>(COMBINATIONS);
        for (int fast = 5; fast < 15; fast++) {
            for (int slow = 20; slow <= 65; slow += 5) {
                grid.add(Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow)));
            }
        }
        search = new ParameterSearch(SmaCross.ENGINE, result -> Map.of(METRIC, result.totalReturn()), threads);
    }

    /**
     * Runs the grid.
     *
     * @return the ranked result, so that nothing is optimized away
     */
    @Benchmark
    public SearchResult grid() {
        return search.run(parameters -> SmaCross.ours(Integer.parseInt(parameters.get("fast")),
                Integer.parseInt(parameters.get("slow"))), grid, bars, Ranking.by(METRIC), done -> { });
    }
}
