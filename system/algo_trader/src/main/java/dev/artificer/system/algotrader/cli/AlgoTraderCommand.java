package dev.artificer.system.algotrader.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code algo-trader} command. With no subcommand it runs the main job, the trader service
 * ({@code run}); everything else is a one-shot subcommand.
 */
@Command(name = "algo-trader", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "An algorithmic trader for US equities on the Charles Schwab API (paper trading unless "
                + "live is deliberately enabled).")
public class AlgoTraderCommand implements Callable<Integer> {

    /** The subcommands, in the order the usage help lists them ({@link CommandLineInterface} adds them). */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, StatusCommand.class, AuthCommand.class,
            HistoryCommand.class, WatchlistCommand.class, BackfillCommand.class, CompanyCommand.class, DataCommand.class,
            BacktestCommand.class, OptimizeCommand.class, WalkForwardCommand.class, LookaheadCommand.class,
            BacktestsCommand.class, StrategiesCommand.class, StrategyCommand.class, TradingCommand.class,
            DecisionsCommand.class, PositionsCommand.class, JobsCommand.class, StreamCommand.class, GrafanaCommand.class,
            VersionCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and debug logging when something fails.")
    private boolean debug;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the main job.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("run").execute();
    }
}
