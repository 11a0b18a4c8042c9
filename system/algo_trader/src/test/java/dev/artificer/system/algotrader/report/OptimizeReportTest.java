package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.SearchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizeReportTest {

    private static final OptimizeData DATA = SearchReportFixtures.optimize("Optimize 1: sma-cross");
    private static final String PAGE = OptimizeReport.render(DATA);

    @Test
    void pageHasTheHeatmapTheSlicesThroughTheWinnerAndTheLogits() {
        for (String id : List.of("metric-heatmap", "slice-fast", "slice-slow", "pbo-logits", "pbo-degradation")) {
            assertThat(PAGE).as(id).contains("<svg id=\"" + id + "\"");
        }
    }

    @Test
    void theHeatmapHasACellPerCombinationAndFramesTheWinner() {
        Candidate winner = DATA.result().best();

        // fast 2..6 along the columns, slow 8..20:4 down the rows: 5 x 4 cells
        assertThat(HtmlReportTest.count(PAGE, "<rect class=\"cell\"")).isEqualTo(20);
        assertThat(HtmlReportTest.count(PAGE, "<rect class=\"winner\"")).isEqualTo(1);
        assertThat(PAGE).contains("<title>fast=" + winner.parameters().get("fast") + " slow="
                + winner.parameters().get("slow") + ": " + MetricRows.format("sharpe", winner.score()) + "</title>");
    }

    @Test
    void theVerdictSaysTheDeflatedSharpeRatioAndThePbo() {
        OptimizeFindings findings = DATA.findings();

        assertThat(findings.overfitting()).isPresent();
        assertThat(PAGE).contains(HtmlPage.escape(findings.deflatedLine()), HtmlPage.escape(findings.overfittingLine()),
                "<table id=\"pbo\">");
    }

    @Test
    void theRankingListsEveryCombinationTheWinnerFirst() {
        String table = PAGE.substring(PAGE.indexOf("<table id=\"ranking\""));

        assertThat(HtmlReportTest.count(table, "<tr( class=\"chosen\")?><td>\\d+</td>")).isEqualTo(20);
        Map<String, String> best = DATA.result().best().parameters();
        assertThat(table).contains("<tr class=\"chosen\"><td>1</td><td>fast=" + best.get("fast") + " slow="
                + best.get("slow") + "</td>");
    }

    @Test
    void pageLinksToTheWinnersTearsheetAndLoadsNothingElse() {
        assertThat(PAGE).contains("<a href=\"backtest-x.html\">")
                .doesNotContain("<script", "<link", "src=", "@import", "url(", "https://");
    }

    @Test
    void theHeatmapTakesTheRequestedParametersInTheirOrder() {
        assertThat(OptimizeCharts.axes(DATA.combinations(), List.of("slow", "fast"))).containsExactly("slow", "fast");
        assertThat(OptimizeCharts.axes(DATA.combinations(), List.of())).containsExactly("fast", "slow");
    }

    @Test
    void aHeatmapParameterThatWasNotSearchedIsRefusedNamingThoseThatWere() {
        assertThatThrownBy(() -> OptimizeCharts.axes(DATA.combinations(), List.of("fast", "period")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period")
                .hasMessageContaining("fast, slow");
    }

    @Test
    void oneVaryingParameterGivesNoHeatmapButItsSlice() {
        List<Map<String, String>> combinations = List.of(Map.of("fast", "2", "slow", "12"),
                Map.of("fast", "3", "slow", "12"), Map.of("fast", "4", "slow", "12"));
        SearchResult result = SearchReportFixtures.search().withDailyReturns().run(SearchReportFixtures.FACTORY,
                combinations, SearchReportFixtures.BARS, DATA.result().ranking(), done -> { });
        OptimizeData small = new OptimizeData("Optimize 2", DATA.header(), "grid of 3 combinations", result,
                combinations, List.of(), OptimizeFindings.of(result, combinations, SearchReportFixtures.ENGINE.run(
                SearchReportFixtures.FACTORY.create(result.best().parameters()), SearchReportFixtures.BARS), 0),
                DATA.bars(), 0, "backtest-y.html", DATA.createdAt());

        String page = OptimizeReport.render(small);

        assertThat(page).doesNotContain("<svg id=\"metric-heatmap\"", "<svg id=\"pbo-logits\"")
                .contains("<svg id=\"slice-fast\"", "Probability of backtest overfitting: not computed; it needs at "
                        + "least 10 valid combinations and 160 daily returns (here 3 and 400)");
    }

    @Test
    void textIsEscaped() {
        String page = OptimizeReport.render(SearchReportFixtures.optimize("<script>alert(1)</script>"));

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
