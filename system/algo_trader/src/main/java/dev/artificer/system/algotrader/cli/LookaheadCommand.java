package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.lookahead.LookaheadCheck;
import dev.artificer.component.backtest.lookahead.LookaheadReport;
import dev.artificer.component.backtest.lookahead.LookaheadViolation;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import org.springframework.beans.factory.ObjectProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader lookahead}: replays a strategy on histories cut at several points and reports every decision
 * that changes when the future is removed. Exits 1 when it finds one.
 */
@Command(name = "lookahead", mixinStandardHelpOptions = true,
        description = {"Check that a strategy does not peek at future bars (exit code 1 when it does).",
                "e.g. lookahead --strategy sma-cross --symbol AAPL fast=10 slow=30 --cuts 50"})
public class LookaheadCommand implements Callable<Integer> {

    private static final int SHOWN = 10;

    private final ObjectProvider<StrategyCatalog> strategies;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StrategyOptions strategyOptions;

    @Mixin
    private BacktestSetup setup;

    @Option(names = "--cuts", defaultValue = "50", description = "Cut points spread over the history (default ${DEFAULT-VALUE}).")
    private int cuts;

    /**
     * Creates the command.
     *
     * @param strategies the strategies by name
     */
    public LookaheadCommand(ObjectProvider<StrategyCatalog> strategies) {
        this.strategies = strategies;
    }

    /**
     * Runs the check.
     *
     * @return 0 when clean, 1 when a decision used the future
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = strategyOptions.definition(strategies.getObject().registry());
        StrategyParameters parameters = strategyOptions.parameters(definition, setup.symbolCount());
        if (cuts < 1) {
            throw new UsageException("--cuts must be 1 or more (got " + cuts + ")", null);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Bar> history = setup.history(out);
        BacktestEngine engine = new BacktestEngine(
                setup.settings(StrategyOptions.sellsShort(parameters)));
        out.println("Replaying " + definition.name() + " " + parameters + " on " + history.size() + " bars cut at "
                + cuts + " points ...");
        LookaheadReport report = new LookaheadCheck(engine).run(() -> definition.create(parameters), history, cuts,
                new ProgressBar(out, cuts, "cuts"));
        if (report.clean()) {
            out.println("No look-ahead: " + report.decisions() + " decisions, each the same with the future removed at "
                    + report.cuts() + " cut points.");
            return 0;
        }
        out.println("LOOK-AHEAD: " + report.violations().size() + " of " + report.cuts()
                + " cuts changed a decision when the future was removed:");
        for (LookaheadViolation violation : report.violations().subList(0, Math.min(SHOWN, report.violations().size()))) {
            out.println("  bar " + violation.decidedAt() + " (history cut after " + violation.cutAfter() + "): with the "
                    + "future " + violation.withFullHistory() + ", without it " + violation.withoutFuture());
        }
        return 1;
    }
}
