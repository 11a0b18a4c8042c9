package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.optimize.WalkForwardSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardReportTest {

    private static final WalkForwardData DATA = SearchReportFixtures.walkForward("Walk-forward 1: sma-cross");
    private static final String PAGE = WalkForwardReport.render(DATA);

    @Test
    void pageHasTheStitchedCurveAndTheReturnsPerWindow() {
        assertThat(PAGE).contains("<svg id=\"stitched\"", "<svg id=\"stitched-log\"", "<svg id=\"window-returns\"");
    }

    @Test
    void everyOtherOutOfSampleWindowIsShaded() {
        // 400 bars, 120 in sample, 60 out: windows test on 120-179, 180-239, 240-299, 300-359, 360-399; windows 1, 3
        // and 5 are shaded on the linear and the log chart
        assertThat(DATA.result().windows()).hasSize(5);
        assertThat(HtmlReportTest.count(PAGE, "<rect class=\"band alternate\"")).isEqualTo(2 * 3);
    }

    @Test
    void theTableHasOneRowPerWindow() {
        String table = PAGE.substring(PAGE.indexOf("<table id=\"windows\""));

        assertThat(HtmlReportTest.count(table, "<tr><td>\\d+</td>")).isEqualTo(5);
    }

    @Test
    void theVerdictStatesTheEfficiencyAndTheWinnerChanges() {
        WalkForwardSummary summary = WalkForwardSummary.of(DATA.result());
        List<String> lines = WalkForwardReport.lines(summary);

        assertThat(lines.get(0)).startsWith("Walk-forward efficiency: " + MetricRows.format("efficiency",
                summary.efficiency()) + " (out of sample " + MetricRows.format("cagr", summary.outOfSampleAnnualReturn()));
        assertThat(lines.get(1)).isEqualTo("The winner changed " + summary.winnerChanges() + " times in 5 windows ("
                + summary.distinctWinners() + " distinct combinations won)");
        assertThat(PAGE).contains(HtmlPage.escape(lines.get(0)), HtmlPage.escape(lines.get(1)));
    }

    @Test
    void pageLinksToTheStitchedTearsheetAndLoadsNothingElse() {
        assertThat(PAGE).contains("<a href=\"walkforward-x.html\">")
                .doesNotContain("<script", "<link", "src=", "@import", "url(", "https://");
    }
}
