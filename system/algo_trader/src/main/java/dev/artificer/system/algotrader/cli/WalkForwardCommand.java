package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.archive.BacktestArchive;
import dev.artificer.component.backtest.optimize.CombinationSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.WalkForward;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.backtest.optimize.WalkForwardWindow;
import dev.artificer.system.algotrader.report.MetricRows;
import dev.artificer.system.algotrader.report.WalkForwardReport;
import dev.artificer.component.backtest.optimize.WalkForwardSummary;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader walkforward}: rolling in-sample optimisation and out-of-sample test; prints each window's choice
 * and result, then stores and reports the stitched out-of-sample run.
 */
@Command(name = "walkforward", mixinStandardHelpOptions = true,
        description = {"Walk-forward optimisation: optimise in sample, test out of sample, roll forward; report the "
                + "stitched out-of-sample result.",
                "e.g. walkforward --strategy sma-cross --symbol AAPL fast=5..20:5 slow=30..60:10 --in-sample 504 --out-of-sample 126"})
public class WalkForwardCommand implements Callable<Integer> {

    private final ObjectProvider<BacktestArchive> archive;
    private final ObjectProvider<StrategyCatalog> strategies;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SearchOptions searchOptions;

    @Mixin
    private BacktestSetup setup;

    @Mixin
    private RiskFreeRateOption riskFreeRate;

    @Mixin
    private SparkOption spark;

    @Option(names = "--json", description = "Print the windows, the walk-forward efficiency and the stitched run as one "
            + "JSON document (progress and the tables go to standard error).")
    private boolean json;

    @Option(names = "--in-sample", defaultValue = "504", description = "Bars each optimisation sees (default ${DEFAULT-VALUE}: two years of days).")
    private int inSample;

    @Option(names = "--out-of-sample", defaultValue = "126", description = "Bars each test sees (default ${DEFAULT-VALUE}: half a year of days).")
    private int outOfSample;

    /**
     * Creates the command.
     *
     * @param archive    keeps the stitched run
     * @param strategies the strategies by name
     */
    public WalkForwardCommand(ObjectProvider<BacktestArchive> archive, ObjectProvider<StrategyCatalog> strategies) {
        this.archive = archive;
        this.strategies = strategies;
    }

    /**
     * Runs the walk-forward optimisation.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = searchOptions.definition(strategies.getObject().registry());
        List<Map<String, String>> combinations = searchOptions.combinations(definition);
        Ranking ranking = searchOptions.ranking();
        double rate = riskFreeRate.rate();
        WalkForwardSettings windows = windows();
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        List<Bar> history = setup.history(out);
        int count = WalkForward.windows(history, windows);
        if (count == 0) {
            throw new UsageException("walk-forward needs more than " + inSample + " bar times; got "
                    + history.stream().map(Bar::start).distinct().count() + " (shorten --in-sample or load more history)", null);
        }
        BacktestSettings settings = setup.settings(searchOptions.shorts());
        BacktestEngine engine = new BacktestEngine(settings);
        out.println("Walking forward over " + count + " windows of " + inSample + " + " + outOfSample + " bars, "
                + combinations.size() + " combinations each, ranked by " + ranking.metric() + " ...");
        CombinationSearch search = spark.searches(definition, strategies.getObject(), combinations, setup.symbolCount(),
                settings, rate, out).map(on -> on.windows(combinations, history, ranking, windows, new ProgressBar(out,
                count * combinations.size(), "combinations on Spark"))).orElseGet(() -> searchOptions.search(engine, rate));
        WalkForwardResult result = new WalkForward(search, engine).run(
                SearchOptions.factory(definition, setup.symbolCount()), combinations, history, ranking, windows,
                new ProgressBar(out, count, "windows"));
        printWindows(out, result, ranking);
        String walk = "in-sample=" + inSample + " out-of-sample=" + outOfSample + " metric=" + ranking.metric() + " "
                + searchOptions.rangesText();
        String code = strategies.getObject().version(definition.name());
        ArchivedRun kept = archive.getObject().keep("walkforward", walk, setup.describe(settings) + ", code " + code,
                setup.header(definition.name(), walk, "", settings, code), outOfSample(history, result),
                result.stitched(), rate);
        RunPrinter.heading(out, kept.record());
        RunPrinter.metrics(out, kept.record());
        WalkForwardSummary summary = WalkForwardSummary.of(result);
        WalkForwardReport.lines(summary).forEach(out::println);
        RunPrinter.kept(out, kept);
        Path report = SearchReports.walkForward(kept, setup.header(definition.name(), searchOptions.rangesText(), "",
                settings, code), windows, ranking, result, history);
        out.println("Walk-forward report: " + report);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), SearchDocuments.walkForward(summary, kept, report));
        }
        return 0;
    }

    private WalkForwardSettings windows() {
        try {
            return new WalkForwardSettings(inSample, outOfSample);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }

    private static List<Bar> outOfSample(List<Bar> history, WalkForwardResult result) {
        var start = result.windows().getFirst().outOfSampleStart();
        return history.stream().filter(bar -> !bar.start().isBefore(start)).toList();
    }

    private static void printWindows(PrintWriter out, WalkForwardResult result, Ranking ranking) {
        Table table = new Table("OUT OF SAMPLE", "CHOSEN IN SAMPLE", "IN-SAMPLE " + ranking.metric().toUpperCase(java.util.Locale.ROOT),
                "OUT-OF-SAMPLE RETURN");
        for (WalkForwardWindow window : result.windows()) {
            table.row(MarketTime.of(window.outOfSampleStart(), Timeframe.DAILY) + " .. "
                            + MarketTime.of(window.outOfSampleEnd(), Timeframe.DAILY),
                    MetricRows.parameters(window.parameters()),
                    MetricRows.format(ranking.metric(), window.best().score()),
                    MetricRows.format("total_return", window.outOfSampleReturn()));
        }
        table.print(out);
    }
}
