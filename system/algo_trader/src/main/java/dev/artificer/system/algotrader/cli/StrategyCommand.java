package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.trading.Assignment;
import dev.artificer.system.algotrader.trading.StrategyAssignments;
import dev.artificer.system.algotrader.wiring.JobsWiring;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader strategy assign|unassign|list}: which strategy the service trades on which watchlist symbol and
 * bar size. A running service picks changes up at its next decision-loop run.
 */
@Command(name = "strategy", mixinStandardHelpOptions = true, subcommands = StrategyNewCommand.class,
        description = "Write your own strategies, and assign strategies to watchlist symbols for (paper) trading.")
public class StrategyCommand {

    private final ObjectProvider<StrategyAssignments> assignments;
    private final ObjectProvider<Watchlist> watchlist;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<StrategyCatalog> strategies;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param assignments the assignments, opened only when a subcommand runs
     * @param watchlist   the watchlist
     * @param clock       the time
     * @param strategies  the strategies by name
     */
    public StrategyCommand(ObjectProvider<StrategyAssignments> assignments, ObjectProvider<Watchlist> watchlist,
                           ObjectProvider<Clock> clock, ObjectProvider<StrategyCatalog> strategies) {
        this.assignments = assignments;
        this.watchlist = watchlist;
        this.clock = clock;
        this.strategies = strategies;
    }

    /**
     * Assigns a strategy.
     *
     * @param symbol the symbol
     * @param size   the bar size
     * @param name   the strategy
     * @param pairs  its parameters
     * @param watch  add the symbol to the watchlist first when it is not on it
     * @return 0
     */
    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Trade a watchlist symbol with a strategy (replaces the one on the same timeframe).")
    public int assign(@Parameters(index = "0", paramLabel = "SYMBOL") Symbol symbol,
                      @Option(names = "--timeframe", defaultValue = "daily", completionCandidates = TimeframeCodes.class,
                              description = "Bar size the strategy sees (default ${DEFAULT-VALUE}).") Timeframe size,
                      @Option(names = "--strategy", required = true, paramLabel = "NAME",
                              description = "Strategy (see the `strategies` command), e.g. sma-cross.") String name,
                      @Parameters(index = "1..*", paramLabel = "NAME=VALUE",
                              description = "Strategy parameters, e.g. fast=10 slow=30.") List<String> pairs,
                      @Option(names = "--watch", description = "Add the symbol to the watchlist first when it is not on it.")
                      boolean watch) {
        Timeframe timeframe = collected(size);
        String parameters = canonical(name, pairs == null ? List.of() : pairs);
        if (watch && watchlist.getObject().add(symbol)) {
            spec.commandLine().getOut().println("added " + symbol + " to the watchlist");
        }
        if (!watchlist.getObject().symbols().contains(symbol)) {
            throw new UsageException(symbol + " is not on the watchlist: add it first with `watchlist add " + symbol
                    + "`, or pass --watch",
                    null);
        }
        Assignment assignment = new Assignment(symbol, timeframe, name, parameters, clock.getObject().instant());
        assignments.getObject().assign(assignment);
        spec.commandLine().getOut().println("assigned " + assignment.identity() + " to " + symbol + " " + timeframe
                + ": it learns from the stored history and trades from the next new bar on");
        return 0;
    }

    /**
     * Removes an assignment.
     *
     * @param symbol   the symbol
     * @param size     the bar size
     * @return 0, or 1 when nothing was assigned there
     */
    @Command(name = "unassign", mixinStandardHelpOptions = true, description = "Stop trading a symbol on a timeframe.")
    public int unassign(@Parameters(paramLabel = "SYMBOL") Symbol symbol,
                        @Option(names = "--timeframe", defaultValue = "daily", completionCandidates = TimeframeCodes.class,
                                description = "Bar size (default ${DEFAULT-VALUE}).") Timeframe size) {
        Timeframe timeframe = collected(size);
        PrintWriter out = spec.commandLine().getOut();
        if (assignments.getObject().unassign(symbol, timeframe)) {
            out.println("unassigned " + symbol + " " + timeframe + " (its open orders stay; `trading halt --cancel-orders` "
                    + "cancels them)");
            return 0;
        }
        spec.commandLine().getErr().println("strategy unassign: no strategy is assigned to " + symbol + " " + timeframe);
        return 1;
    }

    /**
     * Lists the assignments.
     *
     * @return 0
     */
    @Command(name = "list", aliases = "assignments", mixinStandardHelpOptions = true,
            description = "List the strategy assignments.")
    public int list() {
        PrintWriter out = spec.commandLine().getOut();
        List<Assignment> all = assignments.getObject().list();
        if (all.isEmpty()) {
            out.println("No strategy is assigned: e.g. `strategy assign AAPL --timeframe daily --strategy sma-cross`.");
            return 0;
        }
        Table table = new Table("SYMBOL", "TIMEFRAME", "LAST BAR", "STRATEGY");
        for (Assignment assignment : all) {
            table.row(assignment.symbol().value(), assignment.timeframe().code(),
                    assignments.getObject().lastProcessed(assignment.symbol(), assignment.timeframe())
                            .map(Object::toString).orElse("-"), assignment.identity());
        }
        table.print(out);
        return 0;
    }

    private static Timeframe collected(Timeframe timeframe) {
        if (!JobsWiring.TIMEFRAMES.contains(timeframe)) {
            throw new UsageException("the service does not collect " + timeframe + " bars; use one of "
                    + JobsWiring.TIMEFRAMES.stream().map(Timeframe::code).collect(Collectors.joining(", ")), null);
        }
        return timeframe;
    }

    private String canonical(String name, List<String> pairs) {
        try {
            StrategyDefinition definition = strategies.getObject().registry().find(name);
            Map<String, String> given = new LinkedHashMap<>();
            for (String pair : new ArrayList<>(pairs)) {
                int equals = pair.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("expected a parameter as name=value, got '" + pair + "'");
                }
                given.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            StrategyParameters parameters = definition.parse(given);
            definition.create(parameters);
            return parameters.toString();
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }
}
