package dev.artificer.component.strategies;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made daily bars of one symbol and a cost-free backtest over them. */
final class Bars {

    static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");

    private Bars() {
    }

    /** Bars opening and closing at each close, high = close + 1, low = close - 1. */
    static List<Bar> closes(double... closes) {
        List<Bar> bars = new ArrayList<>();
        for (double close : closes) {
            bars.add(bar(bars.size(), close, close + 1, close - 1, close));
        }
        return bars;
    }

    static Bar bar(int day, double open, double high, double low, double close) {
        return new Bar(AAPL, Timeframe.DAILY, DAY0.plus(Duration.ofDays(day)), open, high, low, close, 1_000);
    }

    static BacktestResult run(String strategy, String parameters, List<Bar> bars) {
        return run(BacktestSettings.withoutCosts(10_000), strategy, parameters, bars);
    }

    static BacktestResult run(BacktestSettings settings, String strategy, String parameters, List<Bar> bars) {
        return new BacktestEngine(settings).run(BuiltinStrategies.registry().create(strategy, parameters), bars);
    }
}
