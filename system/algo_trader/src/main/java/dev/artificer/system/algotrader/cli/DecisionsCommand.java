package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.system.algotrader.trading.DecisionEntry;
import dev.artificer.system.algotrader.trading.DecisionJournal;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code algo-trader decisions list}: the decision journal, newest first. */
@Command(name = "decisions", mixinStandardHelpOptions = true, description = "Show the strategies' trade decisions.")
public class DecisionsCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectProvider<DecisionJournal> journal;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param journal the journal, opened only when a subcommand runs
     */
    public DecisionsCommand(ObjectProvider<DecisionJournal> journal) {
        this.journal = journal;
    }

    /**
     * Lists decisions with their risk outcome and order status.
     *
     * @param only       only this symbol's
     * @param limit      at most this many
     * @return 0
     */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List decisions, newest first, with the risk outcome and the order's status.")
    public int list(@Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only this symbol.") Symbol only,
                    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
                            description = "At most N decisions (default ${DEFAULT-VALUE}).") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new UsageException("--limit must be between 1 and 10000 (got " + limit + ")", null);
        }
        Optional<Symbol> symbol = Optional.ofNullable(only);
        List<DecisionEntry> entries = journal.getObject().decisions(symbol, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("No decisions yet" + symbol.map(s -> " for " + s).orElse("")
                    + ": assign a strategy (`strategy assign`) and let the service run.");
            return 0;
        }
        Table table = new Table("TIME", "SYMBOL", "BAR", "ACTION", "PRICE", "OUTCOME", "STRATEGY");
        for (DecisionEntry entry : entries) {
            Order order = entry.decision().order();
            table.row(TIME.format(entry.decision().decidedAt()), order.symbol().value(),
                    entry.decision().timeframe().code(), action(order),
                    String.format(Locale.ROOT, "%.2f", entry.decision().expectedPrice()), outcome(entry),
                    entry.decision().strategy());
        }
        table.print(out);
        return 0;
    }

    private static String action(Order order) {
        return order.side().name().toLowerCase(Locale.ROOT) + " " + order.quantity()
                + (Double.isNaN(order.price()) ? "" : " " + order.type().name().toLowerCase(Locale.ROOT));
    }

    private static String outcome(DecisionEntry entry) {
        if (!entry.verdict().accepted()) {
            return "rejected by " + entry.verdict().rule() + ": " + entry.verdict().detail();
        }
        return entry.broker() + " " + entry.order().map(status -> status.name().toLowerCase(Locale.ROOT)).orElse("-");
    }
}
