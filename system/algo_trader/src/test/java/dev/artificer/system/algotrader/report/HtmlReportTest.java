package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategies.BuiltinStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Symbol XYZ = Symbol.of("XYZ");
    private static final Instant DAY0 = Instant.parse("2024-01-02T05:00:00Z");

    private static List<Bar> wave(int count) {
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        for (int index = 0; index < count; index++) {
            double open = close;
            close = close + 2 * Math.sin(index / 6.0) + 0.05;
            bars.add(new Bar(XYZ, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, Math.max(open, close) + 0.5,
                    Math.min(open, close) - 0.5, close, 1_000));
        }
        return bars;
    }

    private static ReportData report(String title, int bars) {
        List<Bar> history = wave(bars);
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(100_000))
                .run(BuiltinStrategies.registry().create("sma-cross", "fast=3 slow=10 quantity=100"), history);
        return new ReportData(title, result, history, List.of(new MetricRow("Total return", "+1.23 %"),
                new MetricRow("Sharpe ratio", "0.87")), Instant.parse("2026-11-22T20:00:00Z"));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void pageHasTheEquityDrawdownAndPriceCharts() {
        String page = HtmlReport.render(report("Backtest 1", 200));

        assertThat(page).contains("<svg id=\"equity\"", "<svg id=\"drawdown\"", "<svg id=\"price-XYZ\"");
        assertThat(count(page, "<polyline")).isEqualTo(4);
    }

    @Test
    void everyFillIsMarkedOnThePriceChartBySide() {
        ReportData data = report("Backtest 1", 200);

        String page = HtmlReport.render(data);

        long buys = data.result().fills().stream().filter(fill -> fill.side() == Side.BUY).count();
        long sells = data.result().fills().size() - buys;
        assertThat(buys).isPositive();
        assertThat(count(page, "<polygon class=\"buy\"")).isEqualTo(buys);
        assertThat(count(page, "<polygon class=\"sell\"")).isEqualTo(sells);
    }

    @Test
    void metricsTableListsTheGivenRowsInOrder() {
        String page = HtmlReport.render(report("Backtest 1", 50));

        assertThat(page).containsSubsequence("<td>Total return</td><td>+1.23 %</td>", "<td>Sharpe ratio</td><td>0.87</td>");
    }

    @Test
    void pageLoadsNothingFromTheNetworkAndRunsNoScript() {
        String page = HtmlReport.render(report("Backtest 1", 50));

        assertThat(page).doesNotContain("<script", "<link", "src=", "@import", "url(");
    }

    @Test
    void textIsEscaped() {
        String page = HtmlReport.render(report("<script>alert(1)</script>", 50));

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void longHistoriesAreThinnedToAboutOnePointPairPerPixelColumn() {
        String page = HtmlReport.render(report("Backtest 1", 20_000));

        assertThat(page.length()).isLessThan(400_000);
    }

    @Test
    void writeCreatesTheFolderAndTheFile(@TempDir Path folder) throws Exception {
        Path file = HtmlReport.write(report("Backtest 1", 50), folder.resolve("reports/backtest-1.html"));

        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>");
    }
}
