package dev.artificer.system.algotrader.bench;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcStrategyAssignments;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcWatchlist;
import dev.artificer.system.algotrader.adapters.paper.PaperBroker;
import dev.artificer.system.algotrader.adapters.paper.PaperSettings;
import dev.artificer.system.algotrader.adapters.schwab.SchwabLiveMarket;
import dev.artificer.system.algotrader.adapters.schwab.SchwabMarketData;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.system.algotrader.stream.FreshQuotes;
import dev.artificer.system.algotrader.stream.LiveBars;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.stream.StreamMetrics;
import dev.artificer.system.algotrader.trading.Assignment;
import dev.artificer.system.algotrader.trading.BrokerHealth;
import dev.artificer.system.algotrader.trading.OrderBook;
import dev.artificer.system.algotrader.trading.SettleTime;
import dev.artificer.system.algotrader.trading.TradingDesk;
import dev.artificer.system.algotrader.trading.TradingEvents;
import dev.artificer.system.algotrader.trading.TradingLoop;
import dev.artificer.system.algotrader.trading.MutableClock;
import dev.artificer.system.algotrader.trading.TradingTelemetry;
import dev.artificer.system.algotrader.trading.risk.RiskChecks;
import dev.artificer.system.algotrader.wiring.DataWiring;
import dev.artificer.system.algotrader.wiring.EmbeddedDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A measured run of the live path on the embedded defaults: one-minute candles from the stand-in Schwab streamer over
 * a real WebSocket into Schwab's live market, stored by {@link LiveBars} in an H2 file database with the app's
 * settings, and the decision loop run on its own thread for each stored bar (as {@code JobScheduler.runNow} does) with
 * a 1-minute strategy that places an order on every bar through the paper broker and the decision journal. Per candle
 * it times sent, received (the listener is called), stored (the bars are committed) and decided (the strategy's order
 * journaled and placed), and prints percentiles of each stage. Candles are sent at a fixed pace, each after the
 * previous one was decided, with the clock set to the minute's end, so each is measured alone.
 */
public final class StreamLatencyRun {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant FIRST = Instant.parse("2026-11-02T14:30:00Z");

    private final Map<Instant, Long> sent = new ConcurrentHashMap<>();
    private final Map<Instant, Long> received = new ConcurrentHashMap<>();
    private final Map<Instant, Long> stored = new ConcurrentHashMap<>();
    private final Map<Instant, Long> decided = new ConcurrentHashMap<>();

    private StreamLatencyRun() {
    }

    /**
     * Runs it.
     *
     * @param args warm-up candles, measured candles, pace in milliseconds (default 200, 1000, 50); logs at WARN, as
     *             the service's console does for these classes
     * @throws Exception when the stand-ins or the database fail
     */
    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long pace = args.length > 2 ? Long.parseLong(args[2]) : 50;
        new StreamLatencyRun().run(warmUp, measured, pace);
    }

    private void run(int warmUp, int measured, long pace) throws Exception {
        Path directory = Files.createTempDirectory("stream-latency");
        StandInSchwab schwab = StandInSchwab.start();
        StandInStreamer streamer = StandInStreamer.start(Duration.ofSeconds(1));
        streamer.acceptTokens(schwab::acceptsAccessToken);
        schwab.streamerSocketUrl(streamer.url());
        SchwabClient client = schwab.client(InMemoryTokenStore.holding(
                schwab.loggedIn(Instant.now().plus(Duration.ofHours(2)))), StandInSchwab.fastSettings());
        HikariDataSource pool = PooledDataSources.open(EmbeddedDatabase.settings(directory));
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(pool);
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        MutableClock clock = new MutableClock(FIRST);
        TradingLoop loop = loop(jdbc, clock);
        ExecutorService decisions = Executors.newSingleThreadExecutor();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LiveBars live = new LiveBars(new JdbcBarRepository(jdbc, "h2"), new SchwabMarketData(client.marketData(),
                Clock.systemUTC(), meters), SchwabMarketData.NAME, clock, new StreamMetrics(meters), closed -> {
                    long now = System.nanoTime();
                    closed.stream().filter(bar -> bar.timeframe() == Timeframe.ONE_MINUTE)
                            .forEach(bar -> stored.put(bar.start(), now));
                    decisions.execute(loop::runOnce);
                });
        SchwabLiveMarket market = new SchwabLiveMarket(client.trader(), client.tokens(), StreamerSettings.defaults());
        market.start(Set.of(AAPL), timed(live));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!streamer.subscribed("CHART_EQUITY").contains("AAPL") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        List<Instant> minutes = sessionMinutes(warmUp + measured);
        for (Instant minute : minutes) {
            clock.set(minute.plus(Duration.ofMinutes(1)));
            double open = 100 + (minute.getEpochSecond() / 60) % 50;
            sent.put(minute, System.nanoTime());
            streamer.sendCandle("AAPL", minute.getEpochSecond() / 60, open, open + 1, open - 1, open + 0.5, 1000,
                    minute.toEpochMilli());
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!decided.containsKey(minute) && minute != minutes.getFirst() && System.nanoTime() < waitUntil) {
                Thread.sleep(1);
            }
            Thread.sleep(pace);
        }
        market.close();
        decisions.shutdown();
        decisions.awaitTermination(10, TimeUnit.SECONDS);
        streamer.shutdown();
        schwab.close();
        pool.close();
        delete(directory);
        report(minutes.subList(warmUp, minutes.size()));
    }

    private TradingLoop loop(JdbcTemplate jdbc, Clock clock) {
        JdbcStrategyAssignments assignments = new JdbcStrategyAssignments(jdbc);
        JdbcTradingState state = new JdbcTradingState(jdbc);
        JdbcDecisionJournal journal = new JdbcDecisionJournal(jdbc);
        PaperBroker broker = new PaperBroker(jdbc, new PaperSettings(1e9, CommissionModel.perShare(0.005, 1),
                SlippageModel.basisPoints(5)), clock, FreshQuotes.NONE);
        BrokerHealth health = new BrokerHealth(state, clock, 3);
        OrderBook book = new OrderBook(broker, TradingMode.PAPER, journal, TradingTelemetry.none(), health,
                TradingEvents.none(), clock);
        TradingDesk desk = new TradingDesk(broker, TradingMode.PAPER, journal, state, RiskChecks.from(
                new TradingProperties.Risk(1e9, 1e12, 1e9, 0, "", false)), new JdbcWatchlist(jdbc, clock), book,
                TradingTelemetry.none(), health, clock);
        assignments.assign(new Assignment(AAPL, Timeframe.ONE_MINUTE, "flip-every-bar", "", clock.instant()));
        return new TradingLoop(assignments, broker, book, desk, state, assignment -> new FlipEveryBar(),
                new JdbcBarRepository(jdbc, "h2"), 10, SettleTime.always(Duration.ZERO), clock, "latency-run",
                Duration.ofMinutes(5), TradingEvents.none(), new SimpleMeterRegistry());
    }

    private LiveMarketListener timed(LiveBars live) {
        return new LiveMarketListener() {
            @Override
            public void quote(LiveQuote quote) {
                live.quote(quote);
            }

            @Override
            public void minuteClosed(Bar minute) {
                received.put(minute.start(), System.nanoTime());
                live.minuteClosed(minute);
            }

            @Override
            public void interrupted() {
                live.interrupted();
            }
        };
    }

    /** Buys one share when flat and sells it when holding, so every bar is decided with an order journaled. */
    private final class FlipEveryBar implements Strategy {

        @Override
        public String name() {
            return "flip-every-bar";
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            if (context.position(bar.symbol()) > 0) {
                context.sell(bar.symbol(), 1);
            } else {
                context.buy(bar.symbol(), 1);
            }
            decided.put(bar.start(), System.nanoTime());
        }
    }

    private static List<Instant> sessionMinutes(int count) {
        List<Instant> minutes = new ArrayList<>();
        for (Instant minute = FIRST; minutes.size() < count; minute = minute.plus(Duration.ofMinutes(1))) {
            DayOfWeek day = minute.atZone(ZoneOffset.UTC).getDayOfWeek();
            int minuteOfDay = minute.atZone(ZoneOffset.UTC).getHour() * 60 + minute.atZone(ZoneOffset.UTC).getMinute();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && minuteOfDay >= 14 * 60 + 30
                    && minuteOfDay < 21 * 60) {
                minutes.add(minute);
            }
        }
        return minutes;
    }

    private void report(List<Instant> minutes) {
        List<Instant> complete = minutes.stream().filter(minute -> sent.containsKey(minute)
                && received.containsKey(minute) && stored.containsKey(minute) && decided.containsKey(minute)).toList();
        System.out.printf(Locale.ROOT, "%d of %d measured candles went all the way (sent, received, stored, decided)%n",
                complete.size(), minutes.size());
        System.out.println("| stage | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        line("sent -> received (WebSocket, parse)", complete, sent, received);
        line("received -> stored (1m bar committed)", complete, received, stored);
        line("stored -> decided (loop ran, order journaled)", complete, stored, decided);
        line("**received -> decided**", complete, received, decided);
        line("sent -> decided", complete, sent, decided);
    }

    private static void line(String stage, List<Instant> minutes, Map<Instant, Long> from, Map<Instant, Long> to) {
        double[] millis = minutes.stream().mapToDouble(minute -> (to.get(minute) - from.get(minute)) / 1e6).sorted()
                .toArray();
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", stage, percentile(millis, 50),
                percentile(millis, 90), percentile(millis, 99), Arrays.stream(millis).max().orElse(Double.NaN));
    }

    private static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
