package dev.artificer.system.algotrader.archive;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.EquityCurveStore;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.Trades;
import dev.artificer.system.algotrader.report.HtmlReport;
import dev.artificer.system.algotrader.report.MetricRows;
import dev.artificer.system.algotrader.report.ReportData;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a finished run: its parameters, metrics and trades in the run store, its equity curve where the Grafana
 * backtest dashboard reads it, and a self-contained HTML report in the reports folder.
 */
public final class BacktestArchive {

    private final BacktestRuns runs;
    private final EquityCurveStore curves;
    private final Path reports;
    private final Clock clock;

    /**
     * Creates the archive.
     *
     * @param runs    where runs are stored
     * @param curves  where equity curves go
     * @param reports the folder for HTML reports
     * @param clock   the time, for when a run was made
     */
    public BacktestArchive(BacktestRuns runs, EquityCurveStore curves, Path reports, Clock clock) {
        this.runs = runs;
        this.curves = curves;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Keeps a run.
     *
     * @param kind       {@code backtest} or {@code walkforward}
     * @param strategy   the strategy's registered name
     * @param parameters the canonical parameter text
     * @param settings   the costs and fill rules in words
     * @param bars       the bars replayed (for the data range and the report's price charts)
     * @param result       the run
     * @param riskFreeRate the annual risk-free rate its Sharpe and Sortino are measured against
     * @return the stored run, with the report's path
     */
    public ArchivedRun keep(String kind, String strategy, String parameters, String settings, List<Bar> bars,
                            BacktestResult result, double riskFreeRate) {
        Map<String, Double> metrics = PerformanceMetrics.of(result, riskFreeRate).asMap();
        List<Bar> ordered = bars.stream().sorted(Comparator.comparing(Bar::start)).toList();
        String symbols = String.join(",", ordered.stream().map(bar -> bar.symbol().value()).distinct().sorted().toList());
        BacktestRecord record = new BacktestRecord(0, clock.instant(), kind, strategy, parameters, symbols,
                result.timeframe(), ordered.getFirst().start(), ordered.getLast().start(), ordered.size(),
                result.initialCash(), result.finalEquity(), settings, metrics, Trades.of(result), null);
        long id = runs.save(record);
        int points = curves.write(id, result.strategy(), symbols, result.equityCurve());
        String title = (kind.equals("walkforward") ? "Walk-forward " : "Backtest ") + id + ": " + strategy + " "
                + parameters + " on " + symbols + " " + result.timeframe();
        Path report = HtmlReport.write(new ReportData(title, result, ordered, MetricRows.of(metrics), clock.instant()),
                reports.resolve(kind + "-" + id + ".html")).toAbsolutePath();
        runs.attachReport(id, report.toString());
        return new ArchivedRun(runs.find(id).orElseThrow(), report, points, curves.location(), runs.location());
    }
}
