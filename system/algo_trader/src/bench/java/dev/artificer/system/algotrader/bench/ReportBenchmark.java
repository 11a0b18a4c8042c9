package dev.artificer.system.algotrader.bench;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.system.algotrader.report.HtmlReport;
import dev.artificer.system.algotrader.report.ReportData;
import dev.artificer.system.algotrader.report.ReportHeader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tearsheet of a 10-year daily backtest (2,520 bars of a seeded random walk, sma-cross with 50 % of equity per
 * position and the default costs), rendered in full on one thread: the {@code Tearsheet} metrics, the benchmark, the
 * round trips and every chart. Beside it, as references in the same run, the backtest itself and the same render of
 * 1,000,000 one-minute bars. Scores are milliseconds per page; single-threaded, so wall time is CPU time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReportBenchmark {

    static final int TEN_YEARS = 2_520;
    private static final ReportHeader HEADER = new ReportHeader("sma-cross", "fast=10 slow=30", "sizing=percent percent=50",
            "commission per-share:0.005:1.00, slippage bps:5", "next open", "cash account, long only", "benchmark",
            "built-in");
    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000)
            .withCosts(CommissionModel.perShare(0.005, 1), SlippageModel.basisPoints(5)));

    private List<Bar> daily;
    private ReportData tenYears;
    private ReportData millionMinutes;

    /** Builds both runs once (not timed) and prints the page sizes. */
    @Setup(Level.Trial)
    public void setUp() {
        daily = daily(TEN_YEARS);
        tenYears = report(daily);
        millionMinutes = report(MarketData.bars(MarketData.BARS));
        System.out.printf("page sizes: 10 years daily %,d bytes, 1,000,000 minutes %,d bytes%n",
                HtmlReport.render(tenYears).length(), HtmlReport.render(millionMinutes).length());
    }

    /**
     * The tearsheet of 10 years of daily bars.
     *
     * @return the page
     */
    @Benchmark
    public String tearsheetTenYearsDaily() {
        return HtmlReport.render(tenYears);
    }

    /**
     * Reference: the backtest of those 10 years.
     *
     * @return the run
     */
    @Benchmark
    public BacktestResult backtestTenYearsDaily() {
        return ENGINE.run(strategy(), daily);
    }

    /**
     * Reference: the tearsheet of 1,000,000 one-minute bars.
     *
     * @return the page
     */
    @Benchmark
    public String tearsheetMillionMinutes() {
        return HtmlReport.render(millionMinutes);
    }

    static ReportData report(List<Bar> bars) {
        return new ReportData("Benchmark", ENGINE.run(strategy(), bars), bars, HEADER, 0.04,
                Instant.parse("2026-12-03T12:00:00Z"));
    }

    private static Strategy strategy() {
        return BuiltinStrategies.registry().create("sma-cross", "fast=10 slow=30 sizing=percent percent=50");
    }

    /** Daily bars at New York midnight, weekdays only, from the benchmark's minute walk sampled once a day. */
    static List<Bar> daily(int count) {
        List<Bar> walk = MarketData.bars(count);
        List<Bar> bars = new ArrayList<>(count);
        Instant day = Instant.parse("2016-01-04T05:00:00Z");
        for (Bar bar : walk) {
            while (day.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() > 5) {
                day = day.plus(Duration.ofDays(1));
            }
            bars.add(new Bar(Symbol.of("BENCH"), Timeframe.DAILY, day, bar.open(), bar.high(), bar.low(), bar.close(),
                    bar.volume()));
            day = day.plus(Duration.ofDays(1));
        }
        return bars;
    }
}
