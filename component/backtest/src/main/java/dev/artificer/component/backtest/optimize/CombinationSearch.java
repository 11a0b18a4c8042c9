package dev.artificer.component.backtest.optimize;

import dev.artificer.component.market.Bar;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A way to run a parameter search (threads on this machine, or a cluster), so a walk-forward can use any of them and
 * get the same result.
 */
@FunctionalInterface
public interface CombinationSearch {

    /**
     * Runs the combinations.
     *
     * @param strategies   makes a strategy from a combination
     * @param combinations the combinations to try
     * @param bars         the history
     * @param ranking      the metric to rank by
     * @param progress     told the number of combinations done after each one
     * @return the ranked candidates and the skipped combinations
     */
    SearchResult run(StrategyFactory strategies, List<Map<String, String>> combinations, List<Bar> bars,
                     Ranking ranking, IntConsumer progress);
}
