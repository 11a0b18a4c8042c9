package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.market.Bar;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an optimisation report shows.
 *
 * @param title         the page's heading
 * @param header        how the runs were set up (its parameters are the ranges searched)
 * @param search        how the combinations were chosen, e.g. {@code grid of 20 combinations}
 * @param result        the ranked candidates
 * @param combinations  the combinations tried
 * @param heatmap       the two parameters of the heatmap, or empty for the first two searched over several values
 * @param findings      the deflated Sharpe ratio, PBO, grid edges and neighbourhood
 * @param bars          the history searched
 * @param riskFreeRate  the annual risk-free rate of the Sharpe ratios
 * @param winnerReport  the file name of the winner's tearsheet, in the same folder
 * @param createdAt     when the report was written
 */
public record OptimizeData(String title, ReportHeader header, String search, SearchResult result,
                           List<Map<String, String>> combinations, List<String> heatmap, OptimizeFindings findings,
                           List<Bar> bars, double riskFreeRate, String winnerReport, Instant createdAt) {

    /** Copies the lists. */
    public OptimizeData {
        combinations = List.copyOf(combinations);
        heatmap = List.copyOf(heatmap);
        bars = List.copyOf(bars);
    }
}
