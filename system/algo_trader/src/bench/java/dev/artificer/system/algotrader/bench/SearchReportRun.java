package dev.artificer.system.algotrader.bench;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.BacktestOverfitting;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.report.HtmlReport;
import dev.artificer.system.algotrader.report.OptimizeData;
import dev.artificer.system.algotrader.report.OptimizeFindings;
import dev.artificer.system.algotrader.report.OptimizeReport;
import dev.artificer.system.algotrader.report.ReportData;
import dev.artificer.system.algotrader.report.ReportHeader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measured runs for the optimisation report: what keeping each candidate's daily returns costs a grid search (100
 * SMA-crossover runs over 100,000 minute bars, on one thread, with and without, alternating), how long the PBO takes
 * for the largest grid a user is likely to run (1,000 trials over 10 years of daily returns, S = 16), and the time and
 * size of an optimisation report over a 10-year daily grid, and the size of the tearsheet of 1,000,000 minute bars. Wall-clock times of single runs after a warm-up round:
 * run it a few times on a quiet machine.
 */
public final class SearchReportRun {

    private static final int ROUNDS = 3;

    private SearchReportRun() {
    }

    /**
     * Runs the measurements and prints them.
     *
     * @param args none
     */
    public static void main(String[] args) {
        searchCost();
        pboCost();
        optimizeReport();
        millionMinutePage();
    }

    private static void millionMinutePage() {
        ReportData data = ReportBenchmark.report(MarketData.bars(MarketData.BARS));
        long start = System.nanoTime();
        String page = HtmlReport.render(data);
        System.out.printf("tearsheet of 1,000,000 minute bars: %,d bytes, %.0f ms wall (first render)%n", page.length(),
                (System.nanoTime() - start) / 1e6);
    }

    private static void searchCost() {
        List<Bar> bars = MarketData.bars(100_000);
        List<Map<String, String>> grid = grid(5, 15, 20, 65);
        ParameterSearch plain = new ParameterSearch(SmaCross.ENGINE, result -> Map.of("total_return",
                result.totalReturn()), 1);
        ParameterSearch keeping = plain.withDailyReturns();
        StrategyFactory factory = parameters -> SmaCross.ours(Integer.parseInt(parameters.get("fast")),
                Integer.parseInt(parameters.get("slow")));
        time(plain, factory, grid, bars);
        time(keeping, factory, grid, bars);
        double without = 0;
        double with = 0;
        for (int round = 0; round < ROUNDS; round++) {
            without += time(plain, factory, grid, bars);
            with += time(keeping, factory, grid, bars);
        }
        System.out.printf("grid search, 100 runs x 100,000 minute bars, 1 thread: %.0f ms without daily returns, "
                + "%.0f ms keeping them (ratio %.3f; mean of %d)%n", without / ROUNDS, with / ROUNDS, with / without, ROUNDS);
    }

    private static double time(ParameterSearch search, StrategyFactory factory, List<Map<String, String>> grid,
                               List<Bar> bars) {
        long start = System.nanoTime();
        SearchResult result = search.run(factory, grid, bars, Ranking.by("total_return"), done -> { });
        if (result.ranked().size() != grid.size()) {
            throw new IllegalStateException("a combination was skipped");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void pboCost() {
        Random random = new Random(1);
        List<double[]> trials = new ArrayList<>();
        for (int trial = 0; trial < 1_000; trial++) {
            double[] returns = new double[ReportBenchmark.TEN_YEARS];
            for (int day = 0; day < returns.length; day++) {
                returns[day] = 0.01 * random.nextGaussian();
            }
            trials.add(returns);
        }
        BacktestOverfitting.of(trials.subList(0, 50), 16);
        long start = System.nanoTime();
        BacktestOverfitting pbo = BacktestOverfitting.of(trials, 16);
        System.out.printf("PBO of 1,000 trials x 2,520 daily returns, S = 16 (%,d splits): %.0f ms, PBO %.3f; the "
                        + "returns take %,d bytes%n", pbo.splits().size(), (System.nanoTime() - start) / 1e6,
                pbo.probability(), 1_000L * ReportBenchmark.TEN_YEARS * Double.BYTES);
    }

    private static void optimizeReport() {
        List<Bar> daily = ReportBenchmark.daily(ReportBenchmark.TEN_YEARS);
        List<Map<String, String>> grid = grid(5, 25, 30, 100);
        StrategyFactory factory = parameters -> SmaCross.ours(Integer.parseInt(parameters.get("fast")),
                Integer.parseInt(parameters.get("slow")));
        SearchResult result = new ParameterSearch(SmaCross.ENGINE, run -> PerformanceMetrics.of(run, 0).asMap(), 2)
                .withDailyReturns().run(factory, grid, daily, Ranking.by("sharpe"), done -> { });
        BacktestResult winner = SmaCross.ENGINE.run(factory.create(result.best().parameters()), daily);
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            OptimizeFindings findings = OptimizeFindings.of(result, grid, winner, 0);
            String page = OptimizeReport.render(new OptimizeData("Benchmark", new ReportHeader("sma-cross",
                    "fast=5..25 slow=30..100:5", "", "none", "next open", "cash account", "benchmark", "built-in"),
                    "grid of " + grid.size() + " combinations", result, grid, List.of(), findings, daily, 0,
                    "backtest.html", Instant.parse("2026-12-04T00:00:00Z")));
            System.out.printf("optimisation report, %d combinations x 10 years daily (PBO included): %.0f ms, %,d "
                    + "bytes%n", grid.size(), (System.nanoTime() - start) / 1e6, page.length());
        }
    }

    private static List<Map<String, String>> grid(int fastFrom, int fastTo, int slowFrom, int slowTo) {
        List<Map<String, String>> grid = new ArrayList<>();
        for (int fast = fastFrom; fast < fastTo; fast++) {
            for (int slow = slowFrom; slow <= slowTo; slow += 5) {
                grid.add(Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow)));
            }
        }
        return grid;
    }
}
