package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.report.MetricRows;
import dev.artificer.system.algotrader.report.OptimizeData;
import dev.artificer.system.algotrader.report.OptimizeFindings;
import dev.artificer.system.algotrader.report.OptimizeReport;
import dev.artificer.system.algotrader.report.ReportHeader;
import dev.artificer.system.algotrader.report.ReportName;
import dev.artificer.system.algotrader.report.WalkForwardData;
import dev.artificer.system.algotrader.report.WalkForwardReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports of {@code optimize} and {@code walkforward} beside the tearsheet of the run they kept (the
 * winner, the stitched run), named like it with their own kind, and linking to it.
 */
final class SearchReports {

    private SearchReports() {
    }

    /**
     * Writes an optimisation's report.
     *
     * @param kept         the winner's stored run
     * @param header       the setup, its parameters the ranges searched
     * @param search       how the combinations were chosen, in words
     * @param result       the search
     * @param combinations the combinations tried
     * @param heatmap      the heatmap's two parameters, or none for the default
     * @param findings     the overfitting measures
     * @param bars         the history
     * @param riskFreeRate the annual rate of the Sharpe ratios
     * @return the page's path
     */
    static Path optimize(ArchivedRun kept, ReportHeader header, String search, SearchResult result,
                         List<Map<String, String>> combinations, List<String> heatmap, OptimizeFindings findings,
                         List<Bar> bars, double riskFreeRate) {
        String title = "Optimize " + kept.record().id() + ": " + header.strategy() + " on " + kept.record().symbols()
                + " " + kept.record().timeframe() + ", " + result.ranked().size() + " combinations ranked by "
                + MetricRows.label(result.ranking().metric());
        return OptimizeReport.write(new OptimizeData(title, header, search, result, combinations, heatmap, findings,
                bars, riskFreeRate, kept.report().getFileName().toString(), kept.record().createdAt()),
                sibling(kept, "optimize", header.strategy()));
    }

    /**
     * Writes a walk-forward's report.
     *
     * @param kept     the stitched run as stored
     * @param header   the setup, its parameters the ranges searched
     * @param windows  the window sizes
     * @param ranking  the metric the windows ranked by
     * @param result   the walk-forward
     * @param bars     the whole history
     * @return the page's path
     */
    static Path walkForward(ArchivedRun kept, ReportHeader header, WalkForwardSettings windows, Ranking ranking,
                            WalkForwardResult result, List<Bar> bars) {
        String title = "Walk-forward " + kept.record().id() + ": " + header.strategy() + " on " + kept.record().symbols()
                + " " + kept.record().timeframe() + ", " + result.windows().size() + " windows";
        return WalkForwardReport.write(new WalkForwardData(title, header, windows.inSample(), windows.outOfSample(),
                ranking, result, bars, kept.report().getFileName().toString(), kept.record().createdAt()),
                sibling(kept, "walkforward-summary", header.strategy()));
    }

    private static Path sibling(ArchivedRun kept, String kind, String strategy) {
        return kept.report().resolveSibling(ReportName.of(kind, strategy, kept.runStore(), kept.record().id(),
                kept.record().createdAt()));
    }
}
