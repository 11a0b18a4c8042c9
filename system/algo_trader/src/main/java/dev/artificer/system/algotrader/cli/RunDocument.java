package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.report.TearsheetRows;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A stored backtest run as {@code backtest --json} prints it.
 *
 * @param id          the run's id in the run store
 * @param kind        {@code backtest}
 * @param strategy    the strategy's name
 * @param parameters  its parameters, as {@code name=value} words
 * @param symbols     the symbols traded
 * @param timeframe   the bar size, e.g. {@code daily}
 * @param from        the first bar's start
 * @param to          the last bar's start
 * @param bars        how many bars were replayed
 * @param initialCash the starting cash
 * @param finalEquity the equity after the last bar
 * @param settings    the account and costs, in words
 * @param metrics     every metric by name (e.g. {@code sharpe}); null when not defined for the run
 * @param trades      how many round trips were closed
 * @param report      the HTML report's file
 * @param tearsheet   the tearsheet's metrics of the strategy and of the benchmark, by name as in {@code metrics}
 *                    (per-date ones such as {@code best_day} are per bar on weekly and monthly runs)
 */
record RunDocument(long id, String kind, String strategy, String parameters, List<String> symbols, String timeframe,
                   Instant from, Instant to, long bars, double initialCash, double finalEquity, String settings,
                   Map<String, Double> metrics, int trades, String report, TearsheetDocument tearsheet) {

    /**
     * The tearsheet's metrics.
     *
     * @param strategy  the strategy's, e.g. {@code alpha}, {@code value_at_risk}, {@code best_month}
     * @param benchmark buy and hold's (the curve metrics only)
     */
    record TearsheetDocument(Map<String, Double> strategy, Map<String, Double> benchmark) {
    }

    static RunDocument of(ArchivedRun archived, Tearsheet sheet) {
        return of(archived.record(), archived.report().toString(), new TearsheetDocument(
                JsonOutput.numbers(TearsheetRows.strategy(sheet)), JsonOutput.numbers(TearsheetRows.benchmark(sheet))));
    }

    /** A stored run, whose tearsheet is in its report only: {@code tearsheet} is null. */
    static RunDocument of(BacktestRecord run) {
        return of(run, run.report().orElse(null), null);
    }

    private static RunDocument of(BacktestRecord run, String report, TearsheetDocument tearsheet) {
        return new RunDocument(run.id(), run.kind(), run.strategy(), run.parameters(),
                Arrays.stream(run.symbols().split(",")).map(String::strip).toList(), run.timeframe().code(), run.from(),
                run.to(), run.bars(), run.initialCash(), run.finalEquity(), run.settings(),
                JsonOutput.numbers(run.metrics()), run.trades().size(), report, tearsheet);
    }
}
