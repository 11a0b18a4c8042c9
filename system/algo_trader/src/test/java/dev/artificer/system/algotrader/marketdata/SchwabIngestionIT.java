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
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcCompanyRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcIngestionState;
import dev.artificer.system.algotrader.adapters.schwab.SchwabMarketData;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ingestion end to end: the Schwab adapter over real HTTP against the stand-in, into the embedded database. */
class SchwabIngestionIT {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant NOW = Instant.parse("2026-11-20T21:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private StandInSchwab schwab;
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcBarRepository bars;
    private SchwabMarketData source;

    @BeforeEach
    void start() throws Exception {
        schwab = StandInSchwab.start();
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
        source = new SchwabMarketData(schwab.client(store, StandInSchwab.fastSettings()).marketData(), CLOCK, meters);
        dataSource = PooledDataSources.open(DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1").build());
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        bars = new JdbcBarRepository(jdbc, "h2");
    }

    @AfterEach
    void stop() {
        if (schwab != null) {
            schwab.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private IngestionReport ingest(Timeframe timeframe) {
        return new BarIngestion(source, bars, new JdbcIngestionState(jdbc, CLOCK), CLOCK, meters, () -> false)
                .ingest(List.of(AAPL), List.of(timeframe), Optional.empty(), IngestionProgress.silent());
    }

    private List<Bar> stored(Timeframe timeframe) {
        return bars.range(AAPL, timeframe, NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void backfillChunksTheRangeWithinSchwabsLimitsAndStoresEveryCandle() {
        schwab.generateHistory(0);

        IngestionReport report = ingest(Timeframe.THIRTY_MINUTES);

        assertThat(report.requests()).isEqualTo(9).isEqualTo(schwab.hits(StandInSchwab.PRICE_HISTORY));
        assertThat(meters.counter("algo_trader.schwab.calls", "endpoint", "pricehistory", "outcome", "success").count())
                .isEqualTo(9);
        assertThat(meters.timer("algo_trader.ingestion.latency", "symbol", "AAPL", "timeframe", "30m").count()).isPositive();
        assertThat(stored(Timeframe.THIRTY_MINUTES)).hasSize((int) report.written()).isNotEmpty();
        assertThat(stored(Timeframe.THIRTY_MINUTES).getFirst().start()).isAfterOrEqualTo(NOW.minus(Duration.ofDays(270)));
    }

    @Test
    void interruptedBackfillResumesWithoutGapsOrDuplicates() {
        schwab.generateHistory(0);
        schwab.failHistoryAfter(3);
        IngestionReport broken = ingest(Timeframe.THIRTY_MINUTES);
        assertThat(broken.failed()).isEqualTo(1);
        int partial = stored(Timeframe.THIRTY_MINUTES).size();

        schwab.healHistory();
        IngestionReport resumed = ingest(Timeframe.THIRTY_MINUTES);

        List<Bar> series = stored(Timeframe.THIRTY_MINUTES);
        assertThat(resumed.failed()).isZero();
        assertThat(series.size()).isGreaterThan(partial);
        assertThat(series).extracting(Bar::start).doesNotHaveDuplicates().isSorted();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bars WHERE timeframe = '30m'", Integer.class))
                .isEqualTo(series.size());
        for (int index = 1; index < series.size(); index++) {
            Duration gap = Duration.between(series.get(index - 1).start(), series.get(index).start());
            assertThat(gap).as("gap before %s", series.get(index).start())
                    .isIn(Duration.ofMinutes(30), Duration.ofDays(2).plusMinutes(30));
        }
    }

    @Test
    void incrementalRunAsksOnlyForWhatIsNew() {
        schwab.generateHistory(0);
        ingest(Timeframe.DAILY);
        int before = schwab.hits(StandInSchwab.PRICE_HISTORY);

        IngestionReport again = ingest(Timeframe.DAILY);

        assertThat(schwab.hits(StandInSchwab.PRICE_HISTORY) - before).isEqualTo(1);
        assertThat(again.requests()).isEqualTo(1);
        assertThat(again.written()).isEqualTo(1);
    }

    @Test
    void invalidCandlesAreRejectedAndCountedWhileTheRestIsStored() {
        schwab.generateHistory(5);

        IngestionReport report = ingest(Timeframe.DAILY);

        assertThat(report.rejected()).isPositive();
        assertThat(report.written()).isPositive();
        assertThat(stored(Timeframe.DAILY)).allSatisfy(bar -> assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open()));
    }

    @Test
    void emptyHistoryOfAnUnknownSymbolStoresNothingAndFailsNothing() {
        schwab.script(StandInSchwab.PRICE_HISTORY,
                Scripted.answer(200, "{\"candles\":[],\"symbol\":\"AAPL\",\"empty\":true}"),
                Scripted.answer(200, "{\"candles\":[],\"symbol\":\"AAPL\",\"empty\":true}"));

        IngestionReport report = ingest(Timeframe.DAILY);

        assertThat(report.failed()).isZero();
        assertThat(report.written()).isZero();
        assertThat(stored(Timeframe.DAILY)).isEmpty();
    }

    @Test
    void unknownSymbolGetsNoCompanyDataAndIsReported() {
        schwab.script("/marketdata/v1/instruments", Scripted.answer(200, "{\"instruments\":[]}"));
        JdbcCompanyRepository companies = new JdbcCompanyRepository(jdbc, CLOCK);

        CompanyIngestion.Report report = new CompanyIngestion(source, companies).collect(List.of(Symbol.of("NOPE")));

        assertThat(report.unknown()).containsExactly(Symbol.of("NOPE"));
        assertThat(companies.profile(Symbol.of("NOPE"))).isEmpty();
    }

    @Test
    void companyProfileAndFundamentalsComeFromTheInstrumentsEndpoint() {
        JdbcCompanyRepository companies = new JdbcCompanyRepository(jdbc, CLOCK);

        CompanyIngestion.Report report = new CompanyIngestion(source, companies).collect(List.of(AAPL));

        assertThat(report.profiles()).isEqualTo(1);
        assertThat(companies.profile(AAPL).orElseThrow().cusip()).isEqualTo("037833100");
        assertThat(companies.latestFundamentals(AAPL).orElseThrow().peRatio()).isEqualTo(27.6);
    }
}
