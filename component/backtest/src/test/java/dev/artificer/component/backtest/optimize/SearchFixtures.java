package dev.artificer.component.backtest.optimize;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.MovingAverageCross;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bars, a strategy factory and a metrics function shared by the search tests. */
final class SearchFixtures {

    static final Symbol XYZ = Symbol.of("XYZ");
    static final Instant DAY0 = Instant.parse("2024-01-02T05:00:00Z");

    private SearchFixtures() {
    }

    /** A wavy walk, enough crosses to trade. */
    static List<Bar> wave(int count) {
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

    static StrategyFactory smaCross() {
        return parameters -> new MovingAverageCross(Integer.parseInt(parameters.get("fast")),
                Integer.parseInt(parameters.get("slow")), 10);
    }

    static Map<String, Double> metrics(BacktestResult result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("total_return", result.totalReturn());
        metrics.put("max_drawdown", result.maxDrawdown());
        return metrics;
    }
}
