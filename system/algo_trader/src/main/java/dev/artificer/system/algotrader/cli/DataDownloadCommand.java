package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.adapters.yahoo.YahooChart;
import dev.artificer.system.algotrader.adapters.yahoo.YahooException;
import dev.artificer.system.algotrader.adapters.yahoo.YahooHistory;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader data download SYMBOL... --from D --to D}: daily bars from Yahoo Finance (no account, no key),
 * split-adjusted, stored where the backtest and the pipeline read them with the source {@value YahooChart#NAME}.
 * Bad input exits with 2; a symbol that could not be downloaded makes the exit code 1 after the others are stored.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download daily bars from Yahoo Finance (free, no key; for personal, non-commercial use) into "
                + "the bar store (source 'yahoo').",
                "Prices are split-adjusted, not dividend-adjusted. e.g. data download AAPL MSFT --from 2020-01-01 "
                        + "--to 2024-12-31"})
public class DataDownloadCommand implements Callable<Integer> {

    private final ObjectProvider<YahooChart> yahoo;
    private final ObjectProvider<BarRepository> bars;
    private final ObjectProvider<Clock> clock;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Symbols, e.g. AAPL MSFT.")
    private List<String> symbols = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 5 years before --to).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today in New York).")
    private String to;

    @Option(names = "--json", description = "Print the summary as one JSON document, one entry per symbol.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param yahoo where the bars come from
     * @param bars  where they are stored
     * @param clock today
     */
    public DataDownloadCommand(ObjectProvider<YahooChart> yahoo, ObjectProvider<BarRepository> bars,
                               ObjectProvider<Clock> clock) {
        this.yahoo = yahoo;
        this.bars = bars;
        this.clock = clock;
    }

    /**
     * Downloads and stores each symbol's bars.
     *
     * @return 0 when every symbol was stored, 1 when one failed, 2 for bad input
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Symbol> tickers;
        LocalDate last;
        LocalDate first;
        try {
            tickers = symbols.stream().map(Symbol::of).distinct().toList();
            last = day(to, "--to", LocalDate.now(clock.getObject().withZone(MarketTime.NEW_YORK)));
            first = day(from, "--from", last.minusYears(5));
        } catch (IllegalArgumentException badInput) {
            err.println(prefix() + badInput.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (first.isAfter(last)) {
            err.println(prefix() + "--from " + first + " is after --to " + last);
            return CommandLine.ExitCode.USAGE;
        }
        int failed = 0;
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (Symbol symbol : tickers) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("symbol", symbol.value());
            try {
                store(json ? err : out, err, symbol, yahoo.getObject().daily(symbol, first, last), first, last, summary);
            } catch (UnknownSymbolException | YahooException failure) {
                err.println(prefix() + symbol + ": " + failure.getMessage());
                summary.put("error", failure.getMessage());
                failed++;
            }
            summaries.add(summary);
            out.flush();
            err.flush();
        }
        if (json) {
            JsonOutput.print(out, Map.of("source", YahooChart.NAME, "from", first.toString(), "to", last.toString(),
                    "symbols", summaries));
        }
        return failed == 0 ? 0 : CommandLine.ExitCode.SOFTWARE;
    }

    private void store(PrintWriter out, PrintWriter err, Symbol symbol, YahooHistory history, LocalDate first,
                       LocalDate last, Map<String, Object> summary) {
        summary.put("bars", history.bars().size());
        summary.put("leftOut", history.rejected().size());
        summary.put("splits", history.splits().stream().map(Object::toString).toList());
        if (!history.rejected().isEmpty()) {
            err.printf(Locale.ROOT, "%s%s: left out %,d day(s): %s%s%n", prefix(), symbol, history.rejected().size(),
                    history.rejected().getFirst(), history.rejected().size() > 1 ? " ..." : "");
        }
        if (history.bars().isEmpty()) {
            out.println("No daily bars of " + symbol + " from Yahoo Finance from " + first + " to " + last + "; nothing stored");
            return;
        }
        bars.getObject().save(history.bars(), YahooChart.NAME);
        LocalDate firstDay = history.bars().getFirst().start().atZone(MarketTime.NEW_YORK).toLocalDate();
        LocalDate lastDay = history.bars().getLast().start().atZone(MarketTime.NEW_YORK).toLocalDate();
        summary.put("first", firstDay.toString());
        summary.put("last", lastDay.toString());
        out.printf(Locale.ROOT, "Downloaded %,d daily bars of %s (%s .. %s) from Yahoo Finance, split-adjusted%s%n",
                history.bars().size(), symbol, firstDay, lastDay, splits(history));
    }

    private static String splits(YahooHistory history) {
        if (history.splits().isEmpty()) {
            return "";
        }
        List<String> named = history.splits().stream().map(split -> split + (history.repaired().contains(split)
                ? " (applied here: Yahoo had not)" : "")).toList();
        return " (splits: " + String.join(", ", named) + ")";
    }

    private static LocalDate day(String text, String option, LocalDate otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException(option + " must be a date as YYYY-MM-DD (got '" + text + "')", invalid);
        }
    }

    private String prefix() {
        return spec.parent().name() + " " + spec.name() + ": ";
    }
}
