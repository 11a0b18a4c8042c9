package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.stream.LiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveMarkets;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.stream.StreamConnectionHeldException;
import dev.artificer.system.algotrader.stream.StreamHolder;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code algo-trader stream SYMBOL...}: live quotes in an updating table, or one JSON line per event. When the service
 * holds the one streamer connection, the quotes are read from its HTTP endpoint instead.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Show live quotes (last, bid, ask, change, volume, age) until Ctrl-C.")
public class StreamCommand implements Callable<Integer> {

    /** Moves the cursor up N lines and clears from there to the end of the screen. */
    private static final String REDRAW = "\u001b[%dA\u001b[J";

    private final ObjectProvider<LiveMarkets> markets;
    private final ObjectProvider<MarketDataSource> source;
    private final ObjectProvider<Clock> clock;
    private final JsonMapper json = JsonMapper.builder().build();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "The symbols, e.g. AAPL MSFT.")
    private List<Symbol> symbols;

    @Option(names = "--json", description = "Print one JSON line per event (quote or closed one-minute bar).")
    private boolean jsonLines;

    @Option(names = "--for", paramLabel = "DURATION",
            description = "Stop after this long, e.g. PT30S or PT5M (default: until Ctrl-C).")
    private Duration duration;

    /**
     * Creates the command.
     *
     * @param markets opens the configured source's live market
     * @param source  the market data source, for the last close the change is measured from
     * @param clock   the time, for the age of quotes
     */
    public StreamCommand(ObjectProvider<LiveMarkets> markets, ObjectProvider<MarketDataSource> source,
                         ObjectProvider<Clock> clock) {
        this.markets = markets;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Streams until stopped.
     *
     * @return 0 when stopped, 1 when the source has no live market here, or another process holds the streamer
     *         connection and serves no quotes (or its service stops answering)
     * @throws dev.artificer.system.algotrader.marketdata.UnknownSymbolException when the source does not have a symbol
     */
    @Override
    public Integer call() throws InterruptedException {
        LinkedHashSet<Symbol> chosen = new LinkedHashSet<>(symbols);
        chosen.forEach(source.getObject()::requireKnown);
        Optional<LiveMarket> opened = markets.getObject().open();
        if (opened.isEmpty()) {
            spec.commandLine().getErr().println("stream: " + markets.getObject().unavailableBecause());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<Symbol, Double> lastClose = lastCloses(chosen);
        Map<Symbol, LiveQuote> latest = new ConcurrentHashMap<>();
        LiveMarketListener listener = listener(out, latest);
        try (LiveMarket market = opened.get()) {
            try {
                market.start(chosen, listener);
            } catch (StreamConnectionHeldException held) {
                return fromTheHolder(held.holder(), out, chosen, latest, lastClose, listener);
            }
            header(out, market.name() + (market.name().equals("simulated") ? " (SIMULATED market: not real prices)"
                    : ""));
            waitAndRedraw(out, chosen, latest, lastClose, () -> { });
        }
        return 0;
    }

    /** Shows the quotes of the process that holds the streamer connection, when it serves them; else refuses. */
    private int fromTheHolder(StreamHolder holder, PrintWriter out, LinkedHashSet<Symbol> chosen,
                              Map<Symbol, LiveQuote> latest, Map<Symbol, Double> lastClose,
                              LiveMarketListener listener) throws InterruptedException {
        if (holder.quotesUrl().isEmpty()) {
            spec.commandLine().getErr().println("stream: the Schwab streamer connection (one per user) is held by "
                    + holder.process() + "; stop it, or stream from the service");
            return 1;
        }
        ServiceQuotes service = new ServiceQuotes(holder.quotesUrl(), chosen);
        header(out, holder.process() + ", which holds the Schwab streamer connection");
        try {
            waitAndRedraw(out, chosen, latest, lastClose, () -> service.fetch().stream()
                    .filter(quote -> !quote.equals(latest.get(quote.symbol()))).forEach(listener::quote));
        } catch (UncheckedIOException unanswered) {
            spec.commandLine().getErr().println("stream: " + unanswered.getMessage());
            return 1;
        }
        return 0;
    }

    private void header(PrintWriter out, String from) {
        if (!jsonLines) {
            out.println("Live quotes from " + from + "; Ctrl-C stops.");
        }
    }

    private LiveMarketListener listener(PrintWriter out, Map<Symbol, LiveQuote> latest) {
        return new LiveMarketListener() {
            @Override
            public void quote(LiveQuote quote) {
                latest.put(quote.symbol(), quote);
                if (jsonLines) {
                    line(out, new QuoteLine("quote", quote.symbol().value(), quote.bid(), quote.ask(), quote.last(),
                            quote.volume(), quote.time().toString()));
                }
            }

            @Override
            public void minuteClosed(Bar minute) {
                if (jsonLines) {
                    line(out, new BarLine("bar", minute.symbol().value(), minute.timeframe().code(),
                            minute.start().toString(), minute.open(), minute.high(), minute.low(), minute.close(),
                            minute.volume()));
                }
            }
        };
    }

    /** A quote as a JSON line, fields in this order. */
    private record QuoteLine(String type, String symbol, double bid, double ask, double last, long volume,
                             String time) {
    }

    /** A closed one-minute bar as a JSON line, fields in this order. */
    private record BarLine(String type, String symbol, String timeframe, String start, double open, double high,
                           double low, double close, long volume) {
    }

    private synchronized void line(PrintWriter out, Record event) {
        out.println(json.writeValueAsString(event));
        out.flush();
    }

    private void waitAndRedraw(PrintWriter out, LinkedHashSet<Symbol> chosen, Map<Symbol, LiveQuote> latest,
                               Map<Symbol, Double> lastClose, Runnable refresh) throws InterruptedException {
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        boolean drawn = false;
        boolean terminal = System.console() != null && System.console().isTerminal();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            refresh.run();
            if (!jsonLines) {
                synchronized (this) {
                    if (drawn && terminal) {
                        out.printf(REDRAW, chosen.size() + 1);
                    }
                    table(chosen, latest, lastClose).print(out);
                    out.flush();
                    drawn = true;
                }
            }
        }
    }

    private Table table(LinkedHashSet<Symbol> chosen, Map<Symbol, LiveQuote> latest, Map<Symbol, Double> lastClose) {
        Instant now = clock.getObject().instant();
        Table table = new Table("SYMBOL", "LAST", "BID", "ASK", "CHANGE", "VOLUME", "AGE");
        for (Symbol symbol : chosen) {
            LiveQuote quote = latest.get(symbol);
            if (quote == null) {
                table.row(symbol.value(), "-", "-", "-", "-", "-", "no quote yet");
                continue;
            }
            Double close = lastClose.get(symbol);
            String change = close == null ? "-" : String.format(Locale.ROOT, "%+.2f (%+.2f%%)", quote.last() - close,
                    100 * (quote.last() - close) / close);
            long age = Math.max(0, Duration.between(quote.time(), now).toSeconds());
            table.row(symbol.value(), price(quote.last()), price(quote.bid()), price(quote.ask()), change,
                    String.format(Locale.ROOT, "%,d", quote.volume()), age + " s");
        }
        return table;
    }

    private Map<Symbol, Double> lastCloses(LinkedHashSet<Symbol> chosen) {
        Instant now = clock.getObject().instant();
        Map<Symbol, Double> closes = new ConcurrentHashMap<>();
        for (Symbol symbol : chosen) {
            source.getObject().history(symbol, Timeframe.DAILY, now.minus(Duration.ofDays(10)), now).bars().stream()
                    .filter(bar -> bar.closedAt(now)).reduce((first, second) -> second)
                    .ifPresent(bar -> closes.put(symbol, bar.close()));
        }
        return closes;
    }

    private static String price(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.2f", value);
    }
}
