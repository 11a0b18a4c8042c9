package dev.artificer.system.algotrader.adapters.simulated;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.stream.LiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live market of the {@link SimulatedMarket}: a quote per symbol every {@code quoteEvery} (bid and ask a
 * hundredth of a percent either side of the simulated price, out to whole cents; volume the day's so far) and, in the
 * simulated session, each one-minute bar right after it closes, the same bar its price history gives. A fresh
 * machine thus shows live quotes, minute bars and intraday paper trading with nothing configured. Tickers the
 * simulated market does not simulate ({@link SimulatedSymbols}) are left out.
 */
public final class SimulatedLiveMarket implements LiveMarket {

    private static final double HALF_SPREAD = 0.0001;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final SimulatedMarket market;
    private final Clock clock;
    private final Duration quoteEvery;
    private final Map<Symbol, Instant> lastMinute = new HashMap<>();
    private final Map<Symbol, Long> volume = new HashMap<>();
    private ScheduledExecutorService executor;

    /**
     * Creates it.
     *
     * @param market     the simulated market
     * @param clock      the time
     * @param quoteEvery how often each symbol is quoted (and closed minutes looked for)
     */
    public SimulatedLiveMarket(SimulatedMarket market, Clock clock, Duration quoteEvery) {
        this.market = market;
        this.clock = clock;
        this.quoteEvery = quoteEvery;
    }

    @Override
    public String name() {
        return market.name();
    }

    @Override
    public synchronized void start(Set<Symbol> symbols, LiveMarketListener listener) {
        if (executor != null) {
            throw new IllegalStateException("the simulated live market is already running");
        }
        List<Symbol> quoted = symbols.stream().filter(SimulatedSymbols::simulates).toList();
        Instant now = clock.instant();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Instant today = now.atZone(NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK).toInstant();
        for (Symbol symbol : quoted) {
            lastMinute.put(symbol, minute);
            volume.put(symbol, market.history(symbol, Timeframe.ONE_MINUTE, today, minute).bars().stream()
                    .mapToLong(Bar::volume).sum());
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("simulated-stream").daemon()
                .factory());
        executor.scheduleAtFixedRate(() -> send(quoted, listener), 0, quoteEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(List<Symbol> symbols, LiveMarketListener listener) {
        Instant now = clock.instant();
        for (Symbol symbol : symbols) {
            Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
            Instant previous = lastMinute.get(symbol);
            for (Bar closed : market.history(symbol, Timeframe.ONE_MINUTE, previous, minute).bars()) {
                volume.merge(symbol, closed.volume(), Long::sum);
                listener.minuteClosed(closed);
            }
            lastMinute.put(symbol, minute);
            double price = market.priceAt(symbol, now);
            listener.quote(new LiveQuote(symbol, Math.floor(price * (1 - HALF_SPREAD) * 100) / 100,
                    Math.ceil(price * (1 + HALF_SPREAD) * 100) / 100, price, volume.getOrDefault(symbol, 0L), now));
        }
    }

    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
