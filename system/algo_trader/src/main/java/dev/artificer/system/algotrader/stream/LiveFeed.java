package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's hold on the live market: started for the symbols it collects and trades, it stores their one-minute
 * bars and the 5- to 30-minute bars built from them as they close ({@link LiveBars}) and tells who waits (the decision
 * loop) at once. Intraday bars of the symbols it covers are final when stored, so they need not settle. When another
 * process holds the streamer connection, it does not start (the scheduled ingestion stays the only source).
 */
public final class LiveFeed implements FreshQuotes, AutoCloseable {

    /** How often periods whose last minute did not come are completed. */
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    /** How old a quote may be and still be traded at. */
    public static final Duration QUOTE_FRESH_FOR = Duration.ofSeconds(10);

    private final LiveMarkets markets;
    private final BarRepository bars;
    private final MarketDataSource history;
    private final StreamMetrics metrics;
    private final Clock clock;
    private final Consumer<List<Bar>> closed;
    private volatile Set<Symbol> covered = Set.of();
    private LiveMarket market;
    private volatile LiveBars live;
    private ScheduledExecutorService ticker;

    /**
     * Creates it; nothing runs before {@link #start}.
     *
     * @param markets opens the configured source's live market
     * @param bars    where bars are stored
     * @param history the price history gaps are filled from
     * @param metrics the feed's meters
     * @param clock   the time
     * @param closed  told of the bars that closed, once stored
     */
    public LiveFeed(LiveMarkets markets, BarRepository bars, MarketDataSource history, StreamMetrics metrics,
                    Clock clock, Consumer<List<Bar>> closed) {
        this.markets = markets;
        this.bars = bars;
        this.history = history;
        this.metrics = metrics;
        this.clock = clock;
        this.closed = closed;
    }

    /**
     * Starts the live market for the symbols.
     *
     * @param symbols the symbols
     * @return the source streaming, or empty with nothing started when the source has no live market here
     */
    public synchronized Optional<String> start(Set<Symbol> symbols) {
        if (market != null || symbols.isEmpty()) {
            return Optional.ofNullable(market).map(LiveMarket::name);
        }
        Optional<LiveMarket> opened = markets.open();
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        LiveBars listener = new LiveBars(bars, history, opened.get().name(), clock, metrics, closed);
        try {
            opened.get().start(Set.copyOf(symbols), listener);
        } catch (StreamConnectionHeldException held) {
            LOG.warn("{}, so this process does not stream: intraday bars arrive with the scheduled ingestion",
                    held.getMessage());
            opened.get().close();
            return Optional.empty();
        }
        market = opened.get();
        live = listener;
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-bars").daemon().factory());
        ticker.scheduleAtFixedRate(listener::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        covered = Set.copyOf(symbols);
        return Optional.of(market.name());
    }

    /**
     * Whether a series' bars come from the live market as they close.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return true for the one-minute and built timeframes of a covered symbol
     */
    public boolean covers(Symbol symbol, Timeframe timeframe) {
        return covered.contains(symbol)
                && (timeframe == Timeframe.ONE_MINUTE || IntradayBarBuilder.BUILT.contains(timeframe));
    }

    /**
     * A symbol's latest quote from the live market, when it is at most {@link #QUOTE_FRESH_FOR} old and has a bid and
     * an ask.
     */
    @Override
    public Optional<LiveQuote> fresh(Symbol symbol) {
        return latest(symbol).filter(quote -> quote.bid() > 0 && quote.ask() >= quote.bid()
                && !quote.time().plus(QUOTE_FRESH_FOR).isBefore(clock.instant()));
    }

    /**
     * A symbol's latest quote from the live market, however old, for whoever shows quotes.
     *
     * @param symbol the symbol
     * @return the quote, or empty when none came or nothing streams
     */
    public Optional<LiveQuote> latest(Symbol symbol) {
        LiveBars current = live;
        return current == null ? Optional.empty() : current.latest(symbol);
    }

    /** Stops the live market. */
    @Override
    public synchronized void close() {
        covered = Set.of();
        if (market != null) {
            market.close();
            ticker.shutdownNow();
            market = null;
            live = null;
        }
    }
}
