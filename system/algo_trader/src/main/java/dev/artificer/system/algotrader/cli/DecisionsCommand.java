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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code algo-trader decisions list}: the decision journal, newest first. */
@Command(name = "decisions", mixinStandardHelpOptions = true, description = "Show the strategies' trade decisions.")
public class DecisionsCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Listing<DecisionEntry> LISTING = new Listing<DecisionEntry>("decisions")
            .field("id", DecisionEntry::id)
            .column("TIME", "decidedAt", entry -> entry.decision().decidedAt(),
                    entry -> TIME.format(entry.decision().decidedAt()))
            .column("SYMBOL", "symbol", entry -> entry.decision().order().symbol().value())
            .column("BAR", "timeframe", entry -> entry.decision().timeframe().code())
            .field("barStart", entry -> entry.decision().barStart())
            .column("ACTION", "side", entry -> entry.decision().order().side().name().toLowerCase(Locale.ROOT),
                    entry -> action(entry.decision().order()))
            .field("quantity", entry -> entry.decision().order().quantity())
            .field("orderType", entry -> entry.decision().order().type().name().toLowerCase(Locale.ROOT))
            .column("PRICE", "expectedPrice", entry -> entry.decision().expectedPrice(),
                    entry -> String.format(Locale.ROOT, "%,.2f", entry.decision().expectedPrice()))
            .column("OUTCOME", "accepted", entry -> entry.verdict().accepted(), DecisionsCommand::outcome)
            .field("rejectedBy", entry -> entry.verdict().accepted() ? null : entry.verdict().rule())
            .field("rejection", entry -> entry.verdict().accepted() ? null : entry.verdict().detail())
            .field("broker", DecisionEntry::broker)
            .field("orderStatus", entry -> entry.order().map(status -> status.name().toLowerCase(Locale.ROOT)).orElse(null))
            .column("STRATEGY", "strategy", entry -> entry.decision().strategy())
            .field("reason", entry -> entry.decision().reason());

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
     * @param format     text, JSON or CSV
     * @return 0
     */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List decisions, newest first, with the risk outcome and the order's status.")
    public int list(@Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only this symbol.") Symbol only,
                    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
                            description = "At most N decisions (default ${DEFAULT-VALUE}).") int limit,
                    @Mixin OutputFormat format) {
        if (limit < 1 || limit > 10_000) {
            throw new UsageException("--limit must be between 1 and 10000 (got " + limit + ")", null);
        }
        Optional<Symbol> symbol = Optional.ofNullable(only);
        List<DecisionEntry> entries = journal.getObject().decisions(symbol, limit);
        PrintWriter out = spec.commandLine().getOut();
        LISTING.print(out, format, entries, "No decisions yet" + symbol.map(s -> " for " + s).orElse("")
                + ": assign a strategy (`strategy assign`) and let the service run.");
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
