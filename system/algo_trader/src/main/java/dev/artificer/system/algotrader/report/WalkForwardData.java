package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.market.Bar;
import java.time.Instant;
import java.util.List;

/**
 * What a walk-forward report shows.
 *
 * @param title          the page's heading
 * @param header         how the runs were set up (its parameters are the ranges searched)
 * @param inSample       bars each optimisation saw
 * @param outOfSample    bars each test saw
 * @param ranking        the metric the windows ranked by
 * @param result         the windows and the stitched out-of-sample run
 * @param bars           the whole history
 * @param stitchedReport the file name of the stitched run's tearsheet, in the same folder
 * @param createdAt      when the report was written
 */
public record WalkForwardData(String title, ReportHeader header, int inSample, int outOfSample, Ranking ranking,
                              WalkForwardResult result, List<Bar> bars, String stitchedReport, Instant createdAt) {

    /** Copies the bars. */
    public WalkForwardData {
        bars = List.copyOf(bars);
    }
}
