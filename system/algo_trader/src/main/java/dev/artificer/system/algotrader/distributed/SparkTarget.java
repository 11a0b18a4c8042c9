package dev.artificer.system.algotrader.distributed;

import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.market.BarColumns;
import dev.artificer.component.market.Bar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every job of one command shares: the strategy as the job rebuilds it, the sizing the command line adds, the
 * account, the risk-free rate, and the jars of a compiled user strategy.
 *
 * @param strategy     the strategy's name
 * @param source       its file name when not built in
 * @param sourceText   a rules file's text, or a Java strategy's class name
 * @param sizing       parameters every combination adds
 * @param settings     the account
 * @param riskFreeRate the annual risk-free rate
 * @param jars         jars the executors need (a compiled user strategy), else none
 */
public record SparkTarget(String strategy, String source, String sourceText, Map<String, String> sizing,
                          BacktestSettings settings, double riskFreeRate, List<Path> jars) {

    /** Copies the map and list. */
    public SparkTarget {
        sizing = Map.copyOf(sizing);
        jars = List.copyOf(jars);
    }

    /**
     * The job of a search or walk-forward.
     *
     * @param combinations the combinations
     * @param ranking      the metric
     * @param inSample     walk-forward in-sample bars, 0 for a search
     * @param outOfSample  walk-forward out-of-sample bars, 0 for a search
     * @param bars         the history
     * @return the job
     */
    SearchJob job(List<Map<String, String>> combinations, Ranking ranking, int inSample, int outOfSample,
                  List<Bar> bars) {
        return new SearchJob(strategy, source, sourceText, sizing, settings, riskFreeRate, ranking, combinations,
                inSample, outOfSample, BarColumns.of(bars));
    }
}
