package dev.artificer.system.algotrader.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcIngestionState;
import dev.artificer.system.algotrader.adapters.schwab.SchwabMarketData;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code backfill --from} earlier than a stored series: the Schwab adapter over real HTTP against the stand-in, into
 * the test MariaDB (skipped without one, failed when CI requires it). The stand-in answers every weekday (UTC) with
 * one 30-minute candle per half hour, so the complete series is known without asking it.
 */
class BackwardBackfillIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant NOW = Instant.parse("2026-11-20T21:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private StandInSchwab schwab;
    private MigratedDatabase database;
    private JdbcBarRepository bars;
    private JdbcIngestionState state;
    private SchwabMarketData source;

    @BeforeEach
    void start() throws Exception {
        database = MigratedDatabase.mysql();
        schwab = StandInSchwab.start();
        schwab.generateHistory(0);
        AtomicReference<SchwabTokens> tokens = new AtomicReference<>(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        TokenStore store = new TokenStore() {
            @Override
            public Optional<SchwabTokens> load() {
                return Optional.of(tokens.get());
            }

            @Override
            public void save(SchwabTokens updated) {
                tokens.set(updated);
            }
        };
        source = new SchwabMarketData(schwab.client(store, StandInSchwab.fastSettings()).marketData(), CLOCK,
                new SimpleMeterRegistry());
        bars = new JdbcBarRepository(database.jdbc(), "mariadb");
        state = new JdbcIngestionState(database.jdbc(), CLOCK);
    }

    @AfterEach
    void stop() {
        if (schwab != null) {
            schwab.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private IngestionReport backfill(Instant from) {
        return new BarIngestion(source, bars, state, CLOCK, new SimpleMeterRegistry(), () -> false)
                .ingest(List.of(AAPL), List.of(Timeframe.THIRTY_MINUTES), Optional.of(from), IngestionProgress.silent());
    }

    private List<Instant> storedStarts() {
        return bars.range(AAPL, Timeframe.THIRTY_MINUTES, Instant.EPOCH, NOW.plus(Duration.ofDays(1))).stream()
                .map(Bar::start).toList();
    }

    /** Every half hour of the weekdays (UTC) in [from, now): what the stand-in has. */
    private static List<Instant> everyHalfHour(Instant from) {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = from; start.isBefore(NOW); start = start.plus(HALF_HOUR)) {
            DayOfWeek day = start.atZone(ZoneOffset.UTC).getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                starts.add(start);
            }
        }
        return starts;
    }

    @Test
    void anEarlierFromFetchesTheMissingOlderRangeWithoutGapsOrDuplicates() {
        backfill(NOW.minus(Duration.ofDays(40)));
        int before = schwab.hits(StandInSchwab.PRICE_HISTORY);
        Instant earlier = NOW.minus(Duration.ofDays(150));

        IngestionReport extended = backfill(earlier);

        assertThat(extended.failed()).isZero();
        assertThat(storedStarts()).isEqualTo(everyHalfHour(earlier));
        Integer rows = database.jdbc().queryForObject(
                "SELECT COUNT(*) FROM bars WHERE symbol = 'AAPL' AND timeframe = '30m'", Integer.class);
        assertThat(rows).isEqualTo(everyHalfHour(earlier).size());
        // 110 missing days in Schwab's 30-day requests (30, 30, 30, 20), and the forward re-read of the last bar
        assertThat(schwab.hits(StandInSchwab.PRICE_HISTORY) - before).isEqualTo(5);
        assertThat(state.coveredFrom(AAPL, Timeframe.THIRTY_MINUTES)).contains(earlier);
    }

    @Test
    void anInterruptedExtensionResumesWithoutGapsOrDuplicates() {
        backfill(NOW.minus(Duration.ofDays(40)));
        Instant earlier = NOW.minus(Duration.ofDays(150));
        schwab.failHistoryAfter(2);
        assertThat(backfill(earlier).failed()).isEqualTo(1);
        List<Instant> partial = storedStarts();
        assertThat(partial).isEqualTo(everyHalfHour(NOW.minus(Duration.ofDays(100))));

        schwab.healHistory();
        assertThat(backfill(earlier).failed()).isZero();

        assertThat(storedStarts()).isEqualTo(everyHalfHour(earlier)).doesNotHaveDuplicates();
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM bars WHERE timeframe = '30m'", Integer.class))
                .isEqualTo(everyHalfHour(earlier).size());
    }
}
