package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service does with the live market: stores each one-minute bar as it closes and the 5/10/15/30-minute bars
 * built from them ({@link IntradayBarBuilder}) under the market's source name, tells who waits for closed bars (the
 * decision loop) right after they are stored, and keeps each symbol's latest quote. After the feed was interrupted,
 * the minutes it missed are fetched from price history before its next minute is stored ({@link GapFill}), and the
 * longer bars of a symbol wait for them, so the stored series has no gap. A bar that cannot be stored is logged and
 * left to the scheduled ingestion, which fetches what is missing.
 */
public final class LiveBars implements LiveMarketListener {

    /** How long after its end a built period waits for a late last minute. */
    public static final Duration GRACE = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(LiveBars.class);

    private final BarRepository bars;
    private final String source;
    private final Clock clock;
    private final Consumer<List<Bar>> closed;
    private final StreamMetrics metrics;
    private final GapFill gaps;
    private final IntradayBarBuilder builder = new IntradayBarBuilder();
    private final Map<Symbol, LiveQuote> quotes = new ConcurrentHashMap<>();

    /**
     * Creates it.
     *
     * @param bars    where bars are stored
     * @param history the price history the feed's gaps are filled from
     * @param source  the source name they are stored with
     * @param clock   the time, for periods whose last minute never comes
     * @param metrics the feed's meters
     * @param closed  told of the bars that closed, once they are stored
     */
    public LiveBars(BarRepository bars, MarketDataSource history, String source, Clock clock, StreamMetrics metrics,
                    Consumer<List<Bar>> closed) {
        this.bars = bars;
        this.source = source;
        this.clock = clock;
        this.metrics = metrics;
        this.closed = closed;
        this.gaps = new GapFill(history, metrics);
    }

    @Override
    public void quote(LiveQuote quote) {
        metrics.message();
        quotes.put(quote.symbol(), quote);
    }

    @Override
    public synchronized void minuteClosed(Bar minute) {
        long arrived = System.nanoTime();
        metrics.message();
        List<Bar> done = new ArrayList<>();
        for (Bar missed : gaps.before(minute)) {
            done.add(missed);
            done.addAll(builder.add(missed));
        }
        done.add(minute);
        done.addAll(builder.add(minute));
        done.addAll(builder.due(clock.instant(), GRACE, gaps.open()));
        if (store(done)) {
            Duration latency = Duration.ofNanos(System.nanoTime() - arrived);
            done.forEach(bar -> metrics.stored(bar, latency));
            closed.accept(List.copyOf(done));
        }
    }

    @Override
    public synchronized void interrupted() {
        metrics.interrupted();
        gaps.interrupted();
    }

    /** Completes the built periods whose last minute did not come within the grace period; call it now and then. */
    public synchronized void tick() {
        List<Bar> done = builder.due(clock.instant(), GRACE, gaps.open());
        if (store(done)) {
            closed.accept(List.copyOf(done));
        }
    }

    /**
     * The latest quote of a symbol.
     *
     * @param symbol the symbol
     * @return its latest quote, if one came
     */
    public Optional<LiveQuote> latest(Symbol symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    private boolean store(List<Bar> done) {
        if (done.isEmpty()) {
            return false;
        }
        try {
            bars.save(done, source);
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("could not store {} live bar(s) of {} (the scheduled ingestion fetches them): {}", done.size(),
                    done.getFirst().symbol(), failure.getMessage());
            return false;
        }
    }
}
