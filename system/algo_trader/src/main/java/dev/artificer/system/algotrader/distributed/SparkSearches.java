package dev.artificer.system.algotrader.distributed;

import dev.artificer.component.backtest.optimize.CombinationSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.market.Bar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The searches of the command line on Spark, as {@link CombinationSearch}es the optimise and walk-forward commands
 * use in place of the thread pool: a search is one job; a walk-forward's windows are searched in one job up front,
 * then handed to the walk-forward window by window.
 */
public final class SparkSearches {

    private final SparkJobProcess process;
    private final SparkTarget target;

    /**
     * Creates the searches.
     *
     * @param process runs the jobs
     * @param target  the strategy, account and rate
     */
    public SparkSearches(SparkJobProcess process, SparkTarget target) {
        this.process = process;
        this.target = target;
    }

    /**
     * A search that runs each call as a Spark job (the factory given is not used: the job rebuilds the strategy).
     *
     * @return the search
     */
    public CombinationSearch search() {
        return (strategies, combinations, bars, ranking, progress) -> process.run(
                target.job(combinations, ranking, 0, 0, bars), target.jars(), progress).getFirst();
    }

    /**
     * Searches every window of a walk-forward in one job, and gives a search that answers the walk-forward's calls
     * with those results in window order.
     *
     * @param combinations the combinations each window searches
     * @param bars         the whole history
     * @param ranking      the metric
     * @param windows      the window sizes
     * @param progress     told the combinations done over all windows
     * @return the search the walk-forward uses
     */
    public CombinationSearch windows(List<Map<String, String>> combinations, List<Bar> bars, Ranking ranking,
                                     WalkForwardSettings windows, IntConsumer progress) {
        List<SearchResult> results = process.run(target.job(combinations, ranking, windows.inSample(),
                windows.outOfSample(), bars), target.jars(), progress);
        Iterator<SearchResult> next = results.iterator();
        return (strategies, asked, slice, askedRanking, done) -> next.next();
    }
}
