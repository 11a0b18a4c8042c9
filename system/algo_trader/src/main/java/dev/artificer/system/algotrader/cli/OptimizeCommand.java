package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.archive.BacktestArchive;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.system.algotrader.report.MeaningfulParameters;
import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.CombinationSearch;
import dev.artificer.system.algotrader.distributed.SparkSearches;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.system.algotrader.report.MetricRows;
import dev.artificer.system.algotrader.report.OptimizeCharts;
import dev.artificer.system.algotrader.report.OptimizeFindings;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code algo-trader optimize}: a grid or random search over a strategy's parameters on all cores, ranked by a
 * metric; the best combination is run again, stored and reported like a backtest.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Search a strategy's parameters (grid or random, on every core) and rank them by a metric.",
                "e.g. optimize --strategy sma-cross --symbol AAPL fast=5..20:5 slow=30..60:10 --metric sharpe"})
public class OptimizeCommand implements Callable<Integer> {

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

    @Option(names = "--json", description = "Print the ranked combinations, the overfitting measures and the stored best "
            + "run as one JSON document (progress and the table go to standard error).")
    private boolean json;

    @Option(names = "--top", defaultValue = "10", description = "Combinations to list (default ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--heatmap", split = ",", paramLabel = "X,Y", description = "The two parameters of the report's "
            + "heatmap (default: the first two searched over several values).")
    private List<String> heatmap = new ArrayList<>();

    /**
     * Creates the command.
     *
     * @param archive    keeps the best run
     * @param strategies the strategies by name
     */
    public OptimizeCommand(ObjectProvider<BacktestArchive> archive, ObjectProvider<StrategyCatalog> strategies) {
        this.archive = archive;
        this.strategies = strategies;
    }

    /**
     * Runs the search.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = searchOptions.definition(strategies.getObject().registry());
        List<Map<String, String>> combinations = searchOptions.combinations(definition);
        var ranking = searchOptions.ranking();
        List<String> axes = heatmapAxes(combinations);
        double rate = riskFreeRate.rate();
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        List<Bar> history = setup.history(out);
        BacktestSettings settings = setup.settings(searchOptions.shorts());
        BacktestEngine engine = new BacktestEngine(settings);
        out.println("Searching " + combinations.size() + " combinations of " + definition.name() + " on "
                + history.size() + " bars, ranked by " + ranking.metric() + " ...");
        CombinationSearch search = spark.searches(definition, strategies.getObject(), combinations, setup.symbolCount(),
                settings, rate, out).map(SparkSearches::search)
                .orElseGet(() -> searchOptions.search(engine, rate).withDailyReturns());
        SearchResult result = search.run(SearchOptions.factory(definition, setup.symbolCount()),
                combinations, history, ranking, new ProgressBar(out, combinations.size(), "combinations"));
        if (result.ranked().isEmpty()) {
            throw new UsageException("no combination was valid: " + result.skipped().getFirst(), null);
        }
        printRanking(out, result);
        out.println("Sharpe and Sortino measured against a risk-free rate of "
                + MetricRows.format("risk_free_rate", rate) + " a year.");
        StrategyParameters best = SearchOptions.parameters(definition, result.best().parameters(), setup.symbolCount());
        BacktestResult winner = engine.run(definition.create(best), history);
        OptimizeFindings findings = OptimizeFindings.of(result, combinations, winner, rate);
        findings.lines(ranking.metric()).forEach(out::println);
        String code = strategies.getObject().version(definition.name());
        MeaningfulParameters shown = MeaningfulParameters.of(best);
        ArchivedRun kept = archive.getObject().keep("backtest", best.toString(), setup.describe(settings) + ", code "
                + code, setup.header(definition.name(), shown.strategy(), shown.sizing(), settings, code), history,
                winner, rate);
        out.println("Best: " + definition.name() + " " + best);
        RunPrinter.kept(out, kept);
        Path report = SearchReports.optimize(kept, setup.header(definition.name(), searchOptions.rangesText(), "",
                settings, code), searchOptions.describe(combinations.size()), result, combinations, axes, findings,
                history, rate);
        out.println("Optimize report: " + report);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), SearchDocuments.optimize(result, combinations.size(), findings,
                    kept, report));
        }
        return 0;
    }

    private List<String> heatmapAxes(List<Map<String, String>> combinations) {
        try {
            return OptimizeCharts.axes(combinations, heatmap);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }

    private void printRanking(PrintWriter out, SearchResult result) {
        String metric = result.ranking().metric();
        Table table = new Table("RANK", "PARAMETERS", MetricRows.label(metric).toUpperCase(java.util.Locale.ROOT),
                "RETURN", "MAX DD", "TRADES");
        List<Candidate> ranked = result.ranked();
        for (int index = 0; index < Math.min(top, ranked.size()); index++) {
            Candidate candidate = ranked.get(index);
            table.row(String.valueOf(index + 1), MetricRows.parameters(candidate.parameters()),
                    MetricRows.format(metric, candidate.score()),
                    MetricRows.format("total_return", candidate.metrics().get("total_return")),
                    MetricRows.format("max_drawdown", candidate.metrics().get("max_drawdown")),
                    MetricRows.format("trades", candidate.metrics().get("trades")));
        }
        table.print(out);
        if (!result.skipped().isEmpty()) {
            out.println(result.skipped().size() + " combinations skipped as invalid, e.g. " + result.skipped().getFirst());
        }
    }
}
