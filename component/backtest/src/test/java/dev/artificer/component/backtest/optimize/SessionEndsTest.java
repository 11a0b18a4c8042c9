package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.MovingAverageCross;
import dev.artificer.component.backtest.tearsheet.DailyReturns;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEndsTest {

    /** Five-minute bars of two symbols from 14:30 UTC, 200 a day around the clock: sessions cross UTC midnight. */
    private static List<Bar> twoSymbolsOfFiveMinutes(int perSymbol) {
        List<Bar> bars = new ArrayList<>();
        Instant start = Instant.parse("2026-01-05T14:30:00Z");
        for (String name : List.of("AAA", "BBB")) {
            double close = 100;
            for (int index = 0; index < perSymbol; index++) {
                double open = close;
                close = open + Math.sin(index / 7.0 + name.length()) * 0.8 + (name.equals("AAA") ? 0.01 : -0.01);
                bars.add(new Bar(Symbol.of(name), Timeframe.FIVE_MINUTES, start.plus(Duration.ofMinutes(5L * index)),
                        open, Math.max(open, close) + 0.1, Math.min(open, close) - 0.1, close, 1_000));
            }
        }
        bars.sort(Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value()));
        return bars;
    }

    @Test
    void returnsPerDateAreThoseOfTheTearsheetsDailyReturns() {
        List<Bar> bars = twoSymbolsOfFiveMinutes(1_500);
        BacktestResult run = new BacktestEngine(BacktestSettings.withoutCosts(100_000))
                .run(new MovingAverageCross(5, 20, 10), bars);

        double[] returns = SessionEnds.of(bars).returns(run.equityCurve(), run.initialCash());

        assertThat(returns).containsExactly(DailyReturns.of(run.equityCurve(), run.initialCash()).values());
        assertThat(returns.length).isGreaterThan(5);
    }

    @Test
    void dailyBarsGiveOneReturnPerBar() {
        List<Bar> bars = SearchFixtures.wave(30);

        assertThat(SessionEnds.of(bars).dates()).isEqualTo(30);
    }

    @Test
    void aCurveOfAnotherHistoryIsRefused() {
        EquityCurve shorter = EquityCurve.of(new Instant[] {SearchFixtures.DAY0}, new double[] {1}, new double[] {0});

        assertThatThrownBy(() -> SessionEnds.of(SearchFixtures.wave(30)).returns(shorter, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 points");
    }
}
