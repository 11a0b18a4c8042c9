package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import java.io.PrintWriter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code algo-trader watchlist add|remove|list}: the symbols the app collects data for. */
@Command(name = "watchlist", mixinStandardHelpOptions = true, description = "Manage the watchlist.")
public class WatchlistCommand {

    private static final String EMPTY = "The watchlist is empty: add symbols with `watchlist add AAPL MSFT`.";

    private static final Listing<Symbol> LISTING = new Listing<Symbol>("symbols").column("SYMBOL", "symbol", Symbol::value);

    private final ObjectProvider<Watchlist> watchlist;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param watchlist the watchlist, opened only when a subcommand runs
     */
    public WatchlistCommand(ObjectProvider<Watchlist> watchlist) {
        this.watchlist = watchlist;
    }

    /**
     * Adds symbols.
     *
     * @param symbols the symbols
     * @return 0
     */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add symbols to the watchlist.")
    public int add(@Parameters(arity = "1..*", paramLabel = "SYMBOL") List<Symbol> symbols) {
        PrintWriter out = spec.commandLine().getOut();
        for (Symbol symbol : symbols) {
            out.println(watchlist.getObject().add(symbol) ? "added " + symbol : symbol + " is already on the watchlist");
        }
        return 0;
    }

    /**
     * Removes symbols.
     *
     * @param symbols the symbols
     * @return 0 when all were listed, 1 otherwise
     */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove symbols from the watchlist.")
    public int remove(@Parameters(arity = "1..*", paramLabel = "SYMBOL") List<Symbol> symbols) {
        PrintWriter out = spec.commandLine().getOut();
        int missing = 0;
        for (Symbol symbol : symbols) {
            if (watchlist.getObject().remove(symbol)) {
                out.println("removed " + symbol);
            } else {
                out.println(symbol + " was not on the watchlist");
                missing++;
            }
        }
        return missing == 0 ? 0 : 1;
    }

    /**
     * Lists the symbols.
     *
     * @param format text (the symbols on one line), JSON or CSV
     * @return 0
     */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watchlist.")
    public int list(@Mixin OutputFormat format) {
        List<Symbol> symbols = watchlist.getObject().symbols();
        if (format.text()) {
            spec.commandLine().getOut().println(symbols.isEmpty() ? EMPTY
                    : String.join(" ", symbols.stream().map(Symbol::value).toList()));
        } else {
            LISTING.print(spec.commandLine().getOut(), format, symbols, EMPTY);
        }
        return 0;
    }
}
