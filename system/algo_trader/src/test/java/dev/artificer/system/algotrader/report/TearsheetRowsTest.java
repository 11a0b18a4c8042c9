package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import java.util.List;
import org.junit.jupiter.api.Test;

class TearsheetRowsTest {

    private static Tearsheet sheet(Timeframe timeframe) {
        List<Bar> bars = HtmlReportTest.wave(300, timeframe);
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(100_000)).run(
                BuiltinStrategies.registry().create("sma-cross", "fast=3 slow=10 quantity=100"), bars);
        return Tearsheet.of(result, bars, 0);
    }

    @Test
    void weeklyRunsNameTheBestAndWorstWeekAndTheWeeklyTail() {
        List<String> labels = TearsheetRows.of(sheet(Timeframe.WEEKLY)).stream().map(ComparisonRow::label).toList();

        assertThat(labels).contains("Best week", "Worst week", "Weekly value at risk (95 %, historical)",
                "Skew (weekly returns)").doesNotContain("Best day", "Worst day");
    }

    @Test
    void monthlyRunsNameTheBarBesideTheCalendarMonth() {
        List<String> labels = TearsheetRows.of(sheet(Timeframe.MONTHLY)).stream().map(ComparisonRow::label).toList();

        assertThat(labels).contains("Best bar (month)", "Best month", "Monthly expected shortfall (95 %)");
    }

    @Test
    void dailyRunsKeepTheDay() {
        List<String> labels = TearsheetRows.of(sheet(Timeframe.DAILY)).stream().map(ComparisonRow::label).toList();

        assertThat(labels).contains("Best day", "Daily value at risk (95 %, historical)");
    }

    @Test
    void theNumbersBehindTheRowsKeepTheirKeysAndTheBenchmarkHasOnlyTheCurveMetrics() {
        Tearsheet sheet = sheet(Timeframe.DAILY);

        assertThat(TearsheetRows.strategy(sheet)).containsKeys("total_return", "best_day", "alpha", "payoff_ratio")
                .containsEntry("total_return", sheet.strategy().totalReturn());
        assertThat(TearsheetRows.benchmark(sheet)).containsKey("best_year").doesNotContainKey("alpha")
                .containsEntry("total_return", sheet.benchmark().totalReturn());
    }
}
