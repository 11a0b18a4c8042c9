package dev.artificer.system.algotrader.marketdata;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcIngestionState;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ingestion from the simulated market into the embedded database (H2 in memory), one behaviour per test. */
class BarIngestionTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Instant NOW = Instant.parse("2026-11-20T21:00:00Z");
    private static final Instant FAR_BACK = NOW.minus(Duration.ofDays(10_000));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private HikariDataSource dataSource;
    private JdbcBarRepository bars;
    private JdbcIngestionState state;

    /** A source that counts requests, can fail after some, and can report rejected rows. */
    private static final class ScriptedSource implements MarketDataSource {
        private final SimulatedMarket market;
        private final AtomicInteger requests = new AtomicInteger();
        private int failAfter = Integer.MAX_VALUE;
        private List<String> rejectedPerRequest = List.of();

        ScriptedSource(Clock clock) {
            this.market = new SimulatedMarket(clock);
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public FetchedBars history(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
            if (requests.incrementAndGet() > failAfter) {
                throw new IllegalStateException("connection reset (scripted)");
            }
            return new FetchedBars(market.history(symbol, timeframe, from, to).bars(), rejectedPerRequest);
        }

        @Override
        public Optional<CompanyInfo> company(Symbol symbol) {
            return market.company(symbol);
        }

        @Override
        public Duration requestSpan(Timeframe timeframe) {
            return Duration.ofDays(7);
        }

        @Override
        public Duration reach(Timeframe timeframe) {
            return Duration.ofDays(30);
        }
    }

    @BeforeEach
    void openDatabase() {
        dataSource = PooledDataSources.open(DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1").build());
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        bars = new JdbcBarRepository(jdbc, "h2");
        state = new JdbcIngestionState(jdbc, Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    private static Clock at(Instant moment) {
        return Clock.fixed(moment, ZoneOffset.UTC);
    }

    private IngestionReport ingest(ScriptedSource source, Clock clock, List<Symbol> symbols, Timeframe timeframe) {
        return new BarIngestion(source, bars, state, clock, meters, () -> false)
                .ingest(symbols, List.of(timeframe), Optional.empty(), IngestionProgress.silent());
    }

    private IngestionReport ingestFrom(ScriptedSource source, Instant from, Timeframe timeframe) {
        return new BarIngestion(source, bars, state, at(NOW), meters, () -> false)
                .ingest(List.of(AAPL), List.of(timeframe), Optional.of(from), IngestionProgress.silent());
    }

    private List<Bar> stored(Symbol symbol, Timeframe timeframe) {
        return bars.range(symbol, timeframe, FAR_BACK, NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void backfillStoresEverythingTheSourceHasWithinItsReach() {
        ScriptedSource source = new ScriptedSource(at(NOW));

        IngestionReport report = ingest(source, at(NOW), List.of(AAPL), Timeframe.THIRTY_MINUTES);

        List<Bar> expected = source.market.history(AAPL, Timeframe.THIRTY_MINUTES, NOW.minus(Duration.ofDays(30)), NOW).bars();
        assertThat(stored(AAPL, Timeframe.THIRTY_MINUTES)).isEqualTo(expected);
        assertThat(report.written()).isEqualTo(expected.size());
        assertThat(report.requests()).isEqualTo(5);
    }

    @Test
    void interruptedRunResumesWithoutGapsOrDuplicates() {
        ScriptedSource flaky = new ScriptedSource(at(NOW));
        flaky.failAfter = 2;
        IngestionReport interrupted = ingest(flaky, at(NOW), List.of(AAPL), Timeframe.FIFTEEN_MINUTES);
        assertThat(interrupted.failed()).isEqualTo(1);

        IngestionReport resumed = ingest(new ScriptedSource(at(NOW)), at(NOW), List.of(AAPL), Timeframe.FIFTEEN_MINUTES);

        List<Bar> expected = flaky.market.history(AAPL, Timeframe.FIFTEEN_MINUTES, NOW.minus(Duration.ofDays(30)), NOW).bars();
        assertThat(resumed.failed()).isZero();
        assertThat(stored(AAPL, Timeframe.FIFTEEN_MINUTES)).isEqualTo(expected);
    }

    @Test
    void aStopRequestEndsTheRunAtAChunkBoundaryAndTheNextRunResumesWithoutGapsOrDuplicates() {
        ScriptedSource source = new ScriptedSource(at(NOW));
        BarIngestion stopping = new BarIngestion(source, bars, state, at(NOW), meters, () -> source.requests.get() >= 2);

        IngestionReport stopped = stopping.ingest(List.of(AAPL, MSFT), List.of(Timeframe.FIFTEEN_MINUTES),
                Optional.empty(), IngestionProgress.silent());

        assertThat(stopped.requests()).as("two of AAPL's five weekly chunks, then no more requests").isEqualTo(2);
        assertThat(stopped.stopped()).as("AAPL stopped part-way, MSFT not reached").isEqualTo(2);
        assertThat(stopped.failed()).isZero();
        assertThat(stored(MSFT, Timeframe.FIFTEEN_MINUTES)).isEmpty();

        ingest(new ScriptedSource(at(NOW)), at(NOW), List.of(AAPL, MSFT), Timeframe.FIFTEEN_MINUTES);

        for (Symbol symbol : List.of(AAPL, MSFT)) {
            assertThat(stored(symbol, Timeframe.FIFTEEN_MINUTES)).as(symbol.value()).isEqualTo(
                    source.market.history(symbol, Timeframe.FIFTEEN_MINUTES, NOW.minus(Duration.ofDays(30)), NOW).bars());
        }
    }

    @Test
    void incrementalRunFetchesOnlyFromTheLastStoredBar() {
        ingest(new ScriptedSource(at(NOW)), at(NOW), List.of(AAPL), Timeframe.THIRTY_MINUTES);
        Instant monday = NOW.plus(Duration.ofDays(3));
        ScriptedSource later = new ScriptedSource(at(monday));

        IngestionReport report = ingest(later, at(monday), List.of(AAPL), Timeframe.THIRTY_MINUTES);

        assertThat(report.requests()).isEqualTo(1);
        assertThat(report.written()).isEqualTo(14);
        assertThat(stored(AAPL, Timeframe.THIRTY_MINUTES))
                .isEqualTo(later.market.history(AAPL, Timeframe.THIRTY_MINUTES, NOW.minus(Duration.ofDays(30)), monday).bars());
    }

    @Test
    void runWithNothingNewWritesOnlyTheLastBarAgain() {
        ingest(new ScriptedSource(at(NOW)), at(NOW), List.of(AAPL), Timeframe.DAILY);
        int before = stored(AAPL, Timeframe.DAILY).size();

        IngestionReport again = ingest(new ScriptedSource(at(NOW)), at(NOW), List.of(AAPL), Timeframe.DAILY);

        assertThat(again.written()).isEqualTo(1);
        assertThat(stored(AAPL, Timeframe.DAILY)).hasSize(before);
    }

    @Test
    void rejectedRowsAreCountedAndTheValidOnesStored() {
        ScriptedSource source = new ScriptedSource(at(NOW));
        source.rejectedPerRequest = List.of("candle 3: high 1.0 is below max(open 2.0, close 2.0)");

        IngestionReport report = ingest(source, at(NOW), List.of(AAPL), Timeframe.DAILY);

        assertThat(report.rejected()).isEqualTo(report.requests());
        assertThat(stored(AAPL, Timeframe.DAILY)).isNotEmpty();
    }

    @Test
    void failingSeriesDoesNotStopTheOthers() {
        ScriptedSource source = new ScriptedSource(at(NOW));
        source.failAfter = 5;

        IngestionReport report = ingest(source, at(NOW), List.of(AAPL, MSFT), Timeframe.THIRTY_MINUTES);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.series()).isEqualTo(2);
        assertThat(stored(AAPL, Timeframe.THIRTY_MINUTES)).isNotEmpty();
    }

    @Test
    void requestedStartLimitsTheFirstBackfill() {
        Instant from = NOW.minus(Duration.ofDays(3));
        new BarIngestion(new ScriptedSource(at(NOW)), bars, state, at(NOW), meters, () -> false)
                .ingest(List.of(AAPL), List.of(Timeframe.DAILY), Optional.of(from), IngestionProgress.silent());

        assertThat(stored(AAPL, Timeframe.DAILY)).allSatisfy(bar -> assertThat(bar.start()).isAfterOrEqualTo(from));
    }

    @Test
    void anEarlierStartExtendsAStoredSeriesBackwardsWithoutGapsOrDuplicates() {
        ingestFrom(new ScriptedSource(at(NOW)), NOW.minus(Duration.ofDays(10)), Timeframe.THIRTY_MINUTES);
        Instant earlier = NOW.minus(Duration.ofDays(25));
        ScriptedSource source = new ScriptedSource(at(NOW));

        IngestionReport report = ingestFrom(source, earlier, Timeframe.THIRTY_MINUTES);

        // the whole range asked of the market in one go, a second way to the same series
        List<Bar> expected = source.market.history(AAPL, Timeframe.THIRTY_MINUTES, earlier, NOW).bars();
        assertThat(stored(AAPL, Timeframe.THIRTY_MINUTES)).isEqualTo(expected);
        // 15 missing days in 7-day requests (7, 7, 1), then the forward run from the last stored bar
        assertThat(report.requests()).isEqualTo(4);
        assertThat(state.coveredFrom(AAPL, Timeframe.THIRTY_MINUTES)).contains(earlier);
    }

    @Test
    void anInterruptedBackwardExtensionResumesWithoutGapsOrDuplicates() {
        ingestFrom(new ScriptedSource(at(NOW)), NOW.minus(Duration.ofDays(10)), Timeframe.THIRTY_MINUTES);
        Instant earlier = NOW.minus(Duration.ofDays(29));
        ScriptedSource flaky = new ScriptedSource(at(NOW));
        flaky.failAfter = 1;
        assertThat(ingestFrom(flaky, earlier, Timeframe.THIRTY_MINUTES).failed()).isEqualTo(1);
        assertThat(state.coveredFrom(AAPL, Timeframe.THIRTY_MINUTES)).contains(NOW.minus(Duration.ofDays(17)));

        ScriptedSource resumed = new ScriptedSource(at(NOW));
        assertThat(ingestFrom(resumed, earlier, Timeframe.THIRTY_MINUTES).failed()).isZero();

        assertThat(stored(AAPL, Timeframe.THIRTY_MINUTES))
                .isEqualTo(resumed.market.history(AAPL, Timeframe.THIRTY_MINUTES, earlier, NOW).bars());
        // the resumed run asked only for what the first one had not stored: 12 days (7, 5) and the forward re-read
        assertThat(resumed.requests.get()).isEqualTo(3);
    }

    @Test
    void aSeriesStoredBeforeCoverageWasRecordedIsExtendedFromItsOldestBar() {
        ingestFrom(new ScriptedSource(at(NOW)), NOW.minus(Duration.ofDays(10)), Timeframe.DAILY);
        Instant oldest = stored(AAPL, Timeframe.DAILY).getFirst().start();
        new JdbcTemplate(dataSource).update("UPDATE ingestion_state SET covered_from_ms = NULL");
        Instant earlier = NOW.minus(Duration.ofDays(20));
        ScriptedSource source = new ScriptedSource(at(NOW));

        ingestFrom(source, earlier, Timeframe.DAILY);

        assertThat(stored(AAPL, Timeframe.DAILY)).isEqualTo(source.market.history(AAPL, Timeframe.DAILY, earlier, NOW).bars());
        assertThat(oldest).isAfter(earlier);
        assertThat(state.coveredFrom(AAPL, Timeframe.DAILY)).contains(earlier);
    }

    @Test
    void aLaterStartThanTheStoredCoverageFetchesNothingOlder() {
        ingestFrom(new ScriptedSource(at(NOW)), NOW.minus(Duration.ofDays(20)), Timeframe.DAILY);
        ScriptedSource source = new ScriptedSource(at(NOW));

        IngestionReport report = ingestFrom(source, NOW.minus(Duration.ofDays(5)), Timeframe.DAILY);

        assertThat(report.requests()).isEqualTo(1);
        assertThat(state.coveredFrom(AAPL, Timeframe.DAILY)).contains(NOW.minus(Duration.ofDays(20)));
    }
}
