package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.archive.BacktestArchive;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.component.strategies.BuiltinStrategies;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Spec
    private CommandSpec spec;

    @Mixin
    private StrategyOptions strategyOptions;

    @Mixin
    private BacktestSetup setup;

    /**
     * Creates the command.
     *
     * @param archive keeps the run, its curve and its report
     */
    public BacktestCommand(ObjectProvider<BacktestArchive> archive) {
        this.archive = archive;
    }

    /**
     * Runs the backtest, stores it and writes its report.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = strategyOptions.definition(BuiltinStrategies.registry());
        StrategyParameters parameters = strategyOptions.parameters(definition);
        PrintWriter out = spec.commandLine().getOut();
        List<Bar> history = setup.history(out);
        BacktestSettings settings = setup.settings(StrategyOptions.sellsShort(parameters));
        BacktestResult result = new BacktestEngine(settings).run(definition.create(parameters), history);
        ArchivedRun kept = archive.getObject().keep("backtest", definition.name(), parameters.toString(),
                setup.describe(settings), history, result);
        RunPrinter.heading(out, kept.record());
        RunPrinter.metrics(out, kept.record());
        if (!result.rejections().isEmpty()) {
            out.println(result.rejections().size() + " orders refused, first: " + result.rejections().getFirst().reason());
        }
        RunPrinter.kept(out, kept);
        return 0;
    }
}
