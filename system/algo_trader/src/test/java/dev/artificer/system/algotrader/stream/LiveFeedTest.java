package dev.artificer.system.algotrader.stream;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedLiveMarket;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's feed on the simulated market's live feed, storing into a real (embedded H2) bar table. */
class LiveFeedTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant OPEN = Instant.parse("2026-12-01T14:30:00Z");

    private final MutableClock clock = new MutableClock(OPEN.plusSeconds(30));
    private final SimulatedMarket market = new SimulatedMarket(clock);
    private final List<Bar> told = new CopyOnWriteArrayList<>();
    private MigratedDatabase database;
    private JdbcBarRepository bars;
    private LiveFeed feed;

    @BeforeEach
    void openDatabase() {
        database = MigratedDatabase.h2();
        bars = new JdbcBarRepository(database.jdbc(), "h2");
        LiveMarkets simulated = new OpeningMarkets(() -> new SimulatedLiveMarket(market, clock, Duration.ofMillis(10)));
        feed = new LiveFeed(simulated, bars, market, new StreamMetrics(new SimpleMeterRegistry()), clock, told::addAll);
    }

    @AfterEach
    void closeDatabase() {
        feed.close();
        database.close();
    }

    @Test
    void fiveClosedMinutesAreStoredAsTheHistoryHasThemWithTheFiveMinuteBarBuiltFromThem() throws Exception {
        assertThat(feed.start(Set.of(AAPL))).contains("simulated");

        clock.set(OPEN.plus(Duration.ofMinutes(5)).plusSeconds(1));
        awaitUntil(() -> told.stream().anyMatch(bar -> bar.timeframe() == Timeframe.FIVE_MINUTES));

        List<Bar> minutes = market.history(AAPL, Timeframe.ONE_MINUTE, OPEN, OPEN.plus(Duration.ofMinutes(5))).bars();
        assertThat(bars.range(AAPL, Timeframe.ONE_MINUTE, OPEN, OPEN.plus(Duration.ofMinutes(5)))).isEqualTo(minutes);
        Bar built = bars.range(AAPL, Timeframe.FIVE_MINUTES, OPEN, OPEN.plusSeconds(1)).getFirst();
        assertThat(built.open()).isEqualTo(minutes.getFirst().open());
        assertThat(built.close()).isEqualTo(minutes.getLast().close());
        assertThat(built.high()).isEqualTo(minutes.stream().mapToDouble(Bar::high).max().orElseThrow());
        assertThat(built.low()).isEqualTo(minutes.stream().mapToDouble(Bar::low).min().orElseThrow());
        assertThat(built.volume()).isEqualTo(minutes.stream().mapToLong(Bar::volume).sum());
    }

    @Test
    void itCoversTheOneToThirtyMinuteSeriesOfItsSymbolsOnlyOnceStarted() {
        assertThat(feed.covers(AAPL, Timeframe.ONE_MINUTE)).isFalse();

        feed.start(Set.of(AAPL));

        assertThat(feed.covers(AAPL, Timeframe.ONE_MINUTE)).isTrue();
        assertThat(feed.covers(AAPL, Timeframe.THIRTY_MINUTES)).isTrue();
        assertThat(feed.covers(AAPL, Timeframe.DAILY)).isFalse();
        assertThat(feed.covers(Symbol.of("MSFT"), Timeframe.ONE_MINUTE)).isFalse();
    }

    @Test
    void whenAnotherProcessHoldsTheConnectionTheFeedDoesNotStartAndCoversNothing() {
        StreamHolder service = new StreamHolder("the algo-trader service (pid 1 on a)", "");
        StreamLease held = new StreamLease() {
            @Override
            public Optional<StreamHolder> claim(StreamHolder claimant) {
                return Optional.of(service);
            }

            @Override
            public void release() {
            }
        };
        LiveMarkets leased = new OpeningMarkets(() -> new LeasedLiveMarket(new SimulatedLiveMarket(market, clock,
                Duration.ofMillis(10)), held, () -> new StreamHolder("this test", "")));
        LiveFeed refused = new LiveFeed(leased, bars, market, new StreamMetrics(new SimpleMeterRegistry()), clock,
                told::addAll);

        assertThat(refused.start(Set.of(AAPL))).isEmpty();
        assertThat(refused.covers(AAPL, Timeframe.ONE_MINUTE)).isFalse();
        assertThat(refused.latest(AAPL)).isEmpty();
    }
}
