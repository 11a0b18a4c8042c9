package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.archive.BacktestArchive;
import dev.artificer.system.algotrader.report.MeaningfulParameters;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.system.algotrader.userstrategy.LookaheadLedger;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.userstrategy.StrategyFolder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader backtest}: runs a strategy over the stored history of one or more symbols (fetching it first
 * when nothing is stored), prints every metric next to buy-and-hold, stores the run and writes its HTML report.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Test a strategy against stored history (fetched first when missing).",
                "e.g. backtest --strategy sma-cross --symbol AAPL fast=10 slow=30 sizing=percent percent=20"})
public class BacktestCommand implements Callable<Integer> {

    private final ObjectProvider<BacktestArchive> archive;
    private final ObjectProvider<StrategyCatalog> strategies;
    private final ObjectProvider<StrategyFolder> folder;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StrategyOptions strategyOptions;

    @Mixin
    private BacktestSetup setup;

    @Mixin
    private RiskFreeRateOption riskFreeRate;

    @Option(names = "--json", description = "Print the stored run as one JSON document (metrics by name, e.g. "
            + "`| jq .metrics.sharpe`); progress and warnings go to standard error.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param archive    keeps the run, its curve and its report
     * @param strategies the strategies by name
     * @param folder     the user's strategies folder, where the look-ahead checks are noted
     */
    public BacktestCommand(ObjectProvider<BacktestArchive> archive, ObjectProvider<StrategyCatalog> strategies,
                           ObjectProvider<StrategyFolder> folder) {
        this.folder = folder;
        this.archive = archive;
        this.strategies = strategies;
    }

    /**
     * Runs the backtest, stores it and writes its report.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = strategyOptions.definition(strategies.getObject().registry());
        double rate = riskFreeRate.rate();
        StrategyParameters parameters = strategyOptions.parameters(definition, setup.symbolCount());
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        List<Bar> history = setup.history(out);
        BacktestSettings settings = setup.settings(StrategyOptions.sellsShort(parameters));
        BacktestEngine engine = new BacktestEngine(settings);
        BacktestResult result = engine.run(definition.create(parameters), history);
        StrategyCatalog catalog = strategies.getObject();
        String code = catalog.version(definition.name());
        MeaningfulParameters shown = MeaningfulParameters.of(parameters);
        ArchivedRun kept = archive.getObject().keep("backtest", parameters.toString(),
                setup.describe(settings) + ", code " + code,
                setup.header(definition.name(), shown.strategy(), shown.sizing(), settings, code), history, result,
                rate);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), RunDocument.of(kept, Tearsheet.of(result, history, rate)));
        } else {
            RunPrinter.heading(out, kept.record());
            RunPrinter.metrics(out, kept.record());
        }
        if (!result.rejections().isEmpty()) {
            out.println(result.rejections().size() + " orders refused, first: " + result.rejections().getFirst().reason());
        }
        if (!json) {
            RunPrinter.kept(out, kept);
        }
        catalog.source(definition.name()).ifPresent(source -> FirstLookahead.check(
                LookaheadLedger.of(folder.getObject()), source, () -> definition.create(parameters), engine, history, out));
        return 0;
    }
}
