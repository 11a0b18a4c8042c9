package dev.artificer.system.algotrader.archive;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.EquityCurveStore;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.Trades;
import dev.artificer.system.algotrader.report.HtmlReport;
import dev.artificer.system.algotrader.report.ReportData;
import dev.artificer.system.algotrader.report.ReportFiles;
import dev.artificer.system.algotrader.report.ReportHeader;
import dev.artificer.system.algotrader.report.ReportName;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a finished run: its parameters, metrics and trades in the run store, its equity curve where the Grafana
 * backtest dashboard reads it, and a self-contained HTML tearsheet with a CSV of its trades in the reports folder, under a name no
 * other run (of this or another database) takes.
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
     * @param kind         {@code backtest} or {@code walkforward}
     * @param parameters   the canonical parameter text, as stored
     * @param settings     the costs and fill rules in words, as stored
     * @param header       how the run was set up, for its report (its strategy is the stored strategy name)
     * @param bars         the bars replayed (for the data range, the benchmark and the report's price charts)
     * @param result       the run
     * @param riskFreeRate the annual risk-free rate its Sharpe and Sortino are measured against
     * @return the stored run, with the report's files
     */
    public ArchivedRun keep(String kind, String parameters, String settings, ReportHeader header, List<Bar> bars,
                            BacktestResult result, double riskFreeRate) {
        String strategy = header.strategy();
        Map<String, Double> metrics = PerformanceMetrics.of(result, riskFreeRate).asMap();
        List<Bar> ordered = bars.stream().sorted(Comparator.comparing(Bar::start)).toList();
        String symbols = String.join(",", ordered.stream().map(bar -> bar.symbol().value()).distinct().sorted().toList());
        Instant now = clock.instant();
        BacktestRecord record = new BacktestRecord(0, now, kind, strategy, parameters, symbols,
                result.timeframe(), ordered.getFirst().start(), ordered.getLast().start(), ordered.size(),
                result.initialCash(), result.finalEquity(), settings, metrics, Trades.of(result), null);
        long id = runs.save(record);
        int points = curves.write(id, result.strategy(), symbols, result.equityCurve());
        String title = (kind.equals("walkforward") ? "Walk-forward " : "Backtest ") + id + ": " + strategy + " "
                + String.join(" ", header.parameters(), header.sizing()).strip() + " on " + symbols + " "
                + result.timeframe();
        ReportFiles report = HtmlReport.write(new ReportData(title, result, ordered, header, riskFreeRate, now),
                reports.resolve(ReportName.of(kind, strategy, runs.location(), id, now)));
        Path html = report.html().toAbsolutePath();
        runs.attachReport(id, html.toString());
        return new ArchivedRun(runs.find(id).orElseThrow(), html, report.trades().toAbsolutePath(), points,
                curves.location(), runs.location());
    }
}
