package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.ParameterRange;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.ParameterSpace;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.backtest.optimize.WalkForward;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small sma-cross search and walk-forward on a wavy daily market, for the optimisation and walk-forward reports. */
final class SearchReportFixtures {

    static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000));
    static final List<Bar> BARS = HtmlReportTest.wave(400, Timeframe.DAILY);
    static final List<Map<String, String>> GRID = new ParameterSpace(List.of(ParameterRange.parse("fast=2..6"),
            ParameterRange.parse("slow=8..20:4"))).grid();
    static final ReportHeader HEADER = new ReportHeader("sma-cross", "fast=2..6 slow=8..20:4", "",
            "commission none, slippage none", "next open", "cash account, long only", "simulated market", "built-in");
    static final StrategyFactory FACTORY = combination -> BuiltinStrategies.registry().create("sma-cross",
            combination.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining(" ")) + " quantity=100");

    private SearchReportFixtures() {
    }

    static ParameterSearch search() {
        return new ParameterSearch(ENGINE, result -> PerformanceMetrics.of(result, 0).asMap(), 2);
    }

    static SearchResult searched() {
        return search().withDailyReturns().run(FACTORY, GRID, BARS, Ranking.by("sharpe"), done -> { });
    }

    static OptimizeData optimize(String title) {
        SearchResult result = searched();
        BacktestResult winner = ENGINE.run(FACTORY.create(result.best().parameters()), BARS);
        return new OptimizeData(title, HEADER, "grid of 20 combinations", result, GRID, List.of(),
                OptimizeFindings.of(result, GRID, winner, 0), BARS, 0, "backtest-x.html",
                Instant.parse("2026-12-04T01:00:00Z"));
    }

    static WalkForwardData walkForward(String title) {
        WalkForwardResult result = new WalkForward(search(), ENGINE).run(FACTORY, GRID, BARS, Ranking.by("sharpe"),
                new WalkForwardSettings(120, 60), done -> { });
        return new WalkForwardData(title, HEADER, 120, 60, Ranking.by("sharpe"), result, BARS, "walkforward-x.html",
                Instant.parse("2026-12-04T01:00:00Z"));
    }
}
