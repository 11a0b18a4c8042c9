package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.marketdata.FrequencyType;
import dev.artificer.infrastructure.schwab.marketdata.PeriodType;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistory;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistoryRequest;
import org.springframework.beans.factory.ObjectProvider;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader history SYMBOL}: prints a symbol's price history from Schwab as a table. Bars that start after
 * now are never shown; when Schwab returns a shorter range than asked (1-minute bars reach back about 48 days), one
 * line on the error stream says so.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print price history from Schwab (times in America/New_York).")
public class HistoryCommand implements Callable<Integer> {

    private final SchwabAccess schwab;
    private final ObjectProvider<Clock> clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Ticker symbol, e.g. AAPL.")
    private Symbol ticker;

    @Option(names = "--timeframe", defaultValue = "daily", completionCandidates = TimeframeCodes.class,
            description = "Bar size: 1m, 5m, 10m, 15m, 30m, daily, weekly, monthly (default ${DEFAULT-VALUE}).")
    private Timeframe size;

    @Option(names = "--from", description = "First day (YYYY-MM-DD); default: 30 days back (5 days for minute bars).")
    private LocalDate from;

    @Option(names = "--to", description = "Last day (YYYY-MM-DD); default: today.")
    private LocalDate to;

    @Option(names = "--extended-hours", description = "Include pre- and post-market bars.")
    private boolean extendedHours;

    @Mixin
    private OutputFormat format;

    @Option(names = "--limit", defaultValue = "30", description = "Show at most the last N bars (default ${DEFAULT-VALUE}).")
    private int limit;

    /**
     * Creates the command.
     *
     * @param schwab the Schwab access
     * @param clock  the time
     */
    public HistoryCommand(SchwabAccess schwab, ObjectProvider<Clock> clock) {
        this.schwab = schwab;
        this.clock = clock;
    }

    /**
     * Fetches and prints the bars.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be 1 or more (got " + limit + ")", null);
        }
        LocalDate today = LocalDate.now(clock.getObject().withZone(MarketTime.NEW_YORK));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(size.intraday() ? 5 : 30) : from;
        if (first.isAfter(last)) {
            throw new UsageException("--from " + first + " is after --to " + last, null);
        }
        Instant start = first.atStartOfDay(MarketTime.NEW_YORK).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(MarketTime.NEW_YORK).toInstant().minus(Duration.ofMillis(1));
        PriceHistoryRequest request = PriceHistoryRequest.builder(ticker)
                .period(size.intraday() ? PeriodType.DAY : PeriodType.YEAR, size.intraday() ? 1 : 20)
                .frequency(FrequencyType.of(size), FrequencyType.frequencyOf(size))
                .between(start, end)
                .extendedHours(extendedHours)
                .build();
        print(schwab.marketData().priceHistory(request), size);
        return 0;
    }

    private void print(PriceHistory history, Timeframe size) {
        PrintWriter out = spec.commandLine().getOut();
        history.notices().forEach(notice -> spec.commandLine().getErr().println("history: " + notice));
        List<Bar> bars = history.bars();
        List<Bar> shown = bars.subList(Math.max(0, bars.size() - limit), bars.size());
        Listing<Bar> listing = listing(size);
        if (format.kind() == OutputFormat.Kind.JSON) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("symbol", history.symbol().value());
            document.put("timeframe", size.code());
            document.put("source", "schwab");
            document.put("bars", shown.stream().map(listing::document).toList());
            JsonOutput.print(out, document);
            return;
        }
        if (!format.text() || bars.isEmpty()) {
            listing.print(out, format, shown, "No " + size + " bars for " + history.symbol()
                    + " in that range (market closed, or unknown symbol).");
            return;
        }
        out.println(history.symbol() + " " + size + " bars (source: Schwab), New York time");
        listing.table(shown).print(out);
        out.println(bars.size() + " bars from " + MarketTime.of(bars.getFirst().start(), size) + " to "
                + MarketTime.of(bars.getLast().start(), size) + (bars.size() > limit ? "; showing the last " + limit : ""));
    }

    private static Listing<Bar> listing(Timeframe size) {
        return new Listing<Bar>("bars")
                .column("TIME", "start", Bar::start, bar -> MarketTime.of(bar.start(), size))
                .column("OPEN", "open", Bar::open, bar -> price(bar.open()))
                .column("HIGH", "high", Bar::high, bar -> price(bar.high()))
                .column("LOW", "low", Bar::low, bar -> price(bar.low()))
                .column("CLOSE", "close", Bar::close, bar -> price(bar.close()))
                .column("VOLUME", "volume", Bar::volume, bar -> String.format(Locale.ROOT, "%,d", bar.volume()));
    }

    private static String price(double value) {
        return String.format(Locale.ROOT, value < 1 ? "%.4f" : "%.2f", value);
    }
}
