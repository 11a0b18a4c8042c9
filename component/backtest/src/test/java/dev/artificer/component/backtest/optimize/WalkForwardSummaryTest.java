package dev.artificer.component.backtest.optimize;

import static dev.artificer.component.backtest.optimize.SearchFixtures.smaCross;
import static dev.artificer.component.backtest.optimize.SearchFixtures.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.market.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardSummaryTest {

    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000));
    private static final List<Map<String, String>> GRID =
            new ParameterSpace(List.of(ParameterRange.parse("fast=2..4"), ParameterRange.parse("slow=6..10:2"))).grid();
    private static final List<Bar> BARS = wave(220);
    private static final WalkForwardResult RESULT = new WalkForward(new ParameterSearch(ENGINE,
            SearchFixtures::metrics, 2), ENGINE).run(smaCross(), GRID, BARS, Ranking.by("total_return"),
            new WalkForwardSettings(60, 30), done -> { });

    @Test
    void annualisingCompoundsTheReturnOverTheCalendarTime() {
        // the last bar starts 729.5 days after the first and lasts a day: 730.5 days = two years of 365.25 days, over
        // which +21 % is 1.21^(1/2) - 1 = +10 % a year
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        Instant last = first.plus(Duration.ofHours(730 * 24 + 12)).minus(Duration.ofDays(1));

        assertThat(WalkForwardSummary.annualised(0.21, first, last, Duration.ofDays(1))).isCloseTo(0.1, within(1e-12));
        assertThat(WalkForwardSummary.annualised(-1, first, last, Duration.ofDays(1))).isEqualTo(-1);
    }

    @Test
    void theInSampleAnnualReturnIsTheWinnersCagrOnItsWindow() {
        WalkForwardSummary summary = WalkForwardSummary.of(RESULT);

        for (WalkForwardSummary.Window window : summary.windows()) {
            List<Bar> inSample = BARS.stream().filter(bar -> !bar.start().isBefore(window.window().inSampleStart())
                    && !bar.start().isAfter(window.window().inSampleEnd())).toList();
            double cagr = PerformanceMetrics.of(ENGINE.run(smaCross().create(window.window().parameters()), inSample),
                    0).cagr();
            assertThat(window.inSampleAnnualReturn()).isCloseTo(cagr, within(1e-9));
        }
    }

    @Test
    void theEfficiencyIsTheStitchedCagrOverTheMeanInSampleAnnualReturn() {
        WalkForwardSummary summary = WalkForwardSummary.of(RESULT);

        double mean = summary.windows().stream().mapToDouble(WalkForwardSummary.Window::inSampleAnnualReturn)
                .average().orElseThrow();
        assertThat(summary.inSampleAnnualReturn()).isCloseTo(mean, within(1e-12));
        assertThat(summary.outOfSampleAnnualReturn()).isCloseTo(PerformanceMetrics.of(RESULT.stitched(), 0).cagr(),
                within(1e-9));
        assertThat(summary.efficiency()).isCloseTo(summary.outOfSampleAnnualReturn() / mean, within(1e-12));
    }

    @Test
    void windowsCountTheirOutOfSampleBarsAndTheWinnerChanges() {
        WalkForwardSummary summary = WalkForwardSummary.of(RESULT);

        // 220 bars, 60 in sample, 30 out: tests on 60-89, 90-119, 120-149, 150-179, 180-209, 210-219
        assertThat(summary.windows()).extracting(WalkForwardSummary.Window::outOfSampleBars)
                .containsExactly(30, 30, 30, 30, 30, 10);
        int changes = 0;
        for (int index = 1; index < RESULT.windows().size(); index++) {
            changes += RESULT.windows().get(index).parameters().equals(RESULT.windows().get(index - 1).parameters())
                    ? 0 : 1;
        }
        assertThat(summary.winnerChanges()).isEqualTo(changes);
        assertThat(summary.distinctWinners()).isEqualTo((int) RESULT.windows().stream()
                .map(WalkForwardWindow::parameters).distinct().count());
        assertThat(summary.windows().getFirst().changed()).isFalse();
    }
}
