package dev.artificer.component.backtest.optimize;

import static dev.artificer.component.backtest.optimize.SearchFixtures.DAY0;
import static dev.artificer.component.backtest.optimize.SearchFixtures.smaCross;
import static dev.artificer.component.backtest.optimize.SearchFixtures.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.EquityCurve;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000));
    private static final List<Map<String, String>> GRID =
            new ParameterSpace(List.of(ParameterRange.parse("fast=2..4"), ParameterRange.parse("slow=6..10:2"))).grid();
    private final WalkForward walkForward = new WalkForward(new ParameterSearch(ENGINE, SearchFixtures::metrics, 2), ENGINE);

    private WalkForwardResult run(List<Bar> bars, int inSample, int outOfSample) {
        return walkForward.run(smaCross(), GRID, bars, Ranking.by("total_return"),
                new WalkForwardSettings(inSample, outOfSample), done -> { });
    }

    /** 100 days, in-sample 40, out-of-sample 25: tests on days 40-64, 65-89 and 90-99 (the last one short). */
    @Test
    void windowsRollForwardByTheOutOfSampleLength() {
        WalkForwardResult result = run(wave(100), 40, 25);

        assertThat(result.windows()).extracting(window -> days(window.inSampleStart()), window -> days(window.inSampleEnd()),
                        window -> days(window.outOfSampleStart()), window -> days(window.outOfSampleEnd()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 39L, 40L, 64L),
                        org.assertj.core.groups.Tuple.tuple(25L, 64L, 65L, 89L),
                        org.assertj.core.groups.Tuple.tuple(50L, 89L, 90L, 99L));
        assertThat(WalkForward.windows(wave(100), new WalkForwardSettings(40, 25))).isEqualTo(3);
    }

    @Test
    void stitchedCurveHoldsOnlyTheOutOfSampleBars() {
        EquityCurve curve = run(wave(100), 40, 25).stitched().equityCurve();

        assertThat(curve.size()).isEqualTo(60);
        assertThat(days(curve.time(0))).isEqualTo(40);
        assertThat(days(curve.time(59))).isEqualTo(99);
    }

    @Test
    void stitchedReturnCompoundsTheWindowsOutOfSampleReturns() {
        WalkForwardResult result = run(wave(160), 50, 30);

        double compounded = result.windows().stream().mapToDouble(window -> 1 + window.outOfSampleReturn())
                .reduce(1, (product, factor) -> product * factor) - 1;
        assertThat(result.stitched().totalReturn()).isCloseTo(compounded, within(1e-9));
    }

    @Test
    void eachWindowsOutOfSampleReturnIsTheChosenParametersReplayedFromTheInSampleStart() {
        List<Bar> bars = wave(100);
        WalkForwardWindow first = run(bars, 40, 25).windows().getFirst();

        BacktestResult replay = ENGINE.run(smaCross().create(first.parameters()), bars.subList(0, 65));
        double before = replay.equityCurve().equity(39);
        double after = replay.equityCurve().equity(64);
        assertThat(first.outOfSampleReturn()).isCloseTo(after / before - 1, within(1e-12));
    }

    @Test
    void historyShorterThanOneWindowIsRefused() {
        assertThatThrownBy(() -> run(wave(30), 40, 10))
                .hasMessage("walk-forward needs more than 40 bar times (got 30); shorten the in-sample window or load more history");
    }

    private static long days(java.time.Instant time) {
        return Duration.between(DAY0, time).toDays();
    }
}
