package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * A grid search: 100 SMA-crossover backtests (fast 5 to 14 by 1, slow 20 to 65 by 5) over the first 100,000 of the
 * benchmark bars, run on a fixed pool of {@link #threads} threads; scores are bars per second over all 100 runs.
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

    /** The threads of the pool that runs the backtests. */
    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private List<Callable<Integer>> backtests;

    /** Generates the bars, starts the pool and prepares the 100 backtests. */
    @Setup(Level.Trial)
    public void setUp() {
        List<Bar> bars = MarketData.bars(BARS);
        pool = Executors.newFixedThreadPool(threads);
        backtests = new ArrayList<>(COMBINATIONS);
        for (int fast = 5; fast < 15; fast++) {
            for (int slow = 20; slow <= 65; slow += 5) {
                int f = fast;
                int s = slow;
                backtests.add(() -> SmaCross.runOurs(f, s, bars).fills().size());
            }
        }
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * Runs the grid and waits for every backtest.
     *
     * @return the total number of fills, so that nothing is optimized away
     * @throws InterruptedException when interrupted while waiting
     * @throws ExecutionException   when a backtest fails
     */
    @Benchmark
    public long grid() throws InterruptedException, ExecutionException {
        long fills = 0;
        for (Future<Integer> result : pool.invokeAll(backtests)) {
            fills += result.get();
        }
        return fills;
    }
}
