package dev.artificer.system.algotrader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.testsupport.services.EmptyDatabase;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.Trade;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The relational adapters' behaviour, run once on H2 (the embedded default) and once on MySQL/MariaDB. */
abstract class RelationalStoreContract {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private HikariDataSource dataSource;
    JdbcTemplate jdbc;

    abstract DatabaseSettings settings();

    @BeforeEach
    void migrateCleanDatabase() {
        dataSource = PooledDataSources.open(settings());
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute((ConnectionCallback<List<String>>) EmptyDatabase::dropAllTables);
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    static Bar bar(int minute, double close) {
        return new Bar(AAPL, Timeframe.ONE_MINUTE, T0.plus(Duration.ofMinutes(minute)), close, close + 1, close - 1,
                close, 100 + minute);
    }

    @Test
    void barsComeBackInTimeOrderWithinTheRange() {
        JdbcBarRepository bars = new JdbcBarRepository(jdbc, "test");
        bars.save(List.of(bar(2, 12), bar(0, 10), bar(1, 11), bar(3, 13)), "test");

        assertThat(bars.range(AAPL, Timeframe.ONE_MINUTE, T0, T0.plus(Duration.ofMinutes(3))))
                .extracting(Bar::close).containsExactly(10.0, 11.0, 12.0);
    }

    @Test
    void writingTheSameBarTwiceLeavesOneRowWithTheNewValues() {
        JdbcBarRepository bars = new JdbcBarRepository(jdbc, "test");
        bars.save(List.of(bar(0, 10)), "test");
        bars.save(List.of(bar(0, 10.5)), "test");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bars", Integer.class)).isEqualTo(1);
        assertThat(bars.latest(AAPL, Timeframe.ONE_MINUTE)).hasValueSatisfying(bar -> assertThat(bar.close()).isEqualTo(10.5));
    }

    @Test
    void timeframesAndSymbolsAreKeptApart() {
        JdbcBarRepository bars = new JdbcBarRepository(jdbc, "test");
        bars.save(List.of(bar(0, 10)), "test");

        assertThat(bars.latest(AAPL, Timeframe.DAILY)).isEmpty();
        assertThat(bars.latest(Symbol.of("MSFT"), Timeframe.ONE_MINUTE)).isEmpty();
    }

    @Test
    void latestBarIsTheNewest() {
        JdbcBarRepository bars = new JdbcBarRepository(jdbc, "test");
        bars.save(List.of(bar(5, 15), bar(9, 19), bar(7, 17)), "test");

        assertThat(bars.latest(AAPL, Timeframe.ONE_MINUTE).orElseThrow().close()).isEqualTo(19.0);
    }

    @Test
    void largeBatchIsStoredCompletely() {
        JdbcBarRepository bars = new JdbcBarRepository(jdbc, "test");
        List<Bar> many = java.util.stream.IntStream.range(0, 2_500).mapToObj(minute -> bar(minute, 10 + minute % 7)).toList();
        bars.save(many, "test");

        assertThat(bars.range(AAPL, Timeframe.ONE_MINUTE, T0, T0.plus(Duration.ofDays(3)))).hasSize(2_500);
    }

    @Test
    void watchlistAddsOnceRemovesAndListsAlphabetically() {
        JdbcWatchlist watchlist = new JdbcWatchlist(jdbc, CLOCK);

        assertThat(watchlist.add(Symbol.of("MSFT"))).isTrue();
        assertThat(watchlist.add(AAPL)).isTrue();
        assertThat(watchlist.add(AAPL)).isFalse();
        assertThat(watchlist.symbols()).containsExactly(AAPL, Symbol.of("MSFT"));
        assertThat(watchlist.remove(Symbol.of("MSFT"))).isTrue();
        assertThat(watchlist.remove(Symbol.of("MSFT"))).isFalse();
    }

    @Test
    void ingestionStateKeepsTheLastStartPerSeries() {
        JdbcIngestionState state = new JdbcIngestionState(jdbc, CLOCK);
        state.record(AAPL, Timeframe.DAILY, T0);
        state.record(AAPL, Timeframe.DAILY, T0.plus(Duration.ofDays(1)));

        assertThat(state.lastStored(AAPL, Timeframe.DAILY)).contains(T0.plus(Duration.ofDays(1)));
        assertThat(state.lastStored(AAPL, Timeframe.WEEKLY)).isEmpty();
    }

    @Test
    void ingestionStateKeepsWhereEachSeriesIsCoveredFrom() {
        JdbcIngestionState state = new JdbcIngestionState(jdbc, CLOCK);
        state.record(AAPL, Timeframe.DAILY, T0);
        assertThat(state.coveredFrom(AAPL, Timeframe.DAILY)).isEmpty();

        state.recordCoveredFrom(AAPL, Timeframe.DAILY, T0.minus(Duration.ofDays(30)));
        state.record(AAPL, Timeframe.DAILY, T0.plus(Duration.ofDays(1)));

        assertThat(state.coveredFrom(AAPL, Timeframe.DAILY)).contains(T0.minus(Duration.ofDays(30)));
        assertThat(state.lastStored(AAPL, Timeframe.DAILY)).contains(T0.plus(Duration.ofDays(1)));
        assertThat(state.coveredFrom(AAPL, Timeframe.WEEKLY)).isEmpty();
    }

    @Test
    void theMigrationStartsTheCoverageOfSeriesAlreadyStoredAtTheirOldestBar() {
        Flyway upToV3 = Flyway.configure().dataSource(dataSource).locations(DataWiring.MIGRATIONS.toArray(String[]::new))
                .target("3").cleanDisabled(false).load();
        upToV3.clean();
        upToV3.migrate();
        new JdbcBarRepository(jdbc, "test").save(List.of(bar(5, 10), bar(2, 11), bar(9, 12)), "test");
        String series = "INSERT INTO ingestion_state (symbol, timeframe, last_start_ms, updated_ms) VALUES (?, '1m', ?, 0)";
        jdbc.update(series, "AAPL", T0.plus(Duration.ofMinutes(9)).toEpochMilli());
        jdbc.update(series, "MSFT", T0.toEpochMilli());

        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);

        JdbcIngestionState state = new JdbcIngestionState(jdbc, CLOCK);
        assertThat(state.coveredFrom(AAPL, Timeframe.ONE_MINUTE)).contains(T0.plus(Duration.ofMinutes(2)));
        assertThat(state.coveredFrom(Symbol.of("MSFT"), Timeframe.ONE_MINUTE)).as("bars kept elsewhere").isEmpty();
        assertThat(state.lastStored(AAPL, Timeframe.ONE_MINUTE)).contains(T0.plus(Duration.ofMinutes(9)));
    }

    @Test
    void fundamentalsSnapshotIsStoredOnlyWhenAFigureChanged() {
        JdbcCompanyRepository companies = new JdbcCompanyRepository(jdbc, CLOCK);
        Fundamentals first = fundamentals(T0, 30.5);

        assertThat(companies.saveFundamentalsIfChanged(first)).isTrue();
        assertThat(companies.saveFundamentalsIfChanged(fundamentals(T0.plus(Duration.ofDays(1)), 30.5))).isFalse();
        assertThat(companies.saveFundamentalsIfChanged(fundamentals(T0.plus(Duration.ofDays(2)), 31.0))).isTrue();
        assertThat(companies.latestFundamentals(AAPL).orElseThrow().peRatio()).isEqualTo(31.0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fundamentals", Integer.class)).isEqualTo(2);
    }

    @Test
    void unknownFiguresRoundTripAsNull() {
        JdbcCompanyRepository companies = new JdbcCompanyRepository(jdbc, CLOCK);
        companies.saveFundamentalsIfChanged(fundamentals(T0, null));

        assertThat(companies.latestFundamentals(AAPL).orElseThrow().peRatio()).isNull();
        assertThat(companies.latestFundamentals(AAPL).orElseThrow()).isEqualTo(fundamentals(T0, null));
    }

    @Test
    void profileIsReplacedNotDuplicated() {
        JdbcCompanyRepository companies = new JdbcCompanyRepository(jdbc, CLOCK);
        companies.saveProfile(new CompanyProfile(AAPL, "037833100", "Apple Inc", "NASDAQ", "EQUITY"), "test");
        companies.saveProfile(new CompanyProfile(AAPL, "037833100", "Apple Inc.", "NASDAQ", "EQUITY"), "test");

        assertThat(companies.profile(AAPL).orElseThrow().description()).isEqualTo("Apple Inc.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM companies", Integer.class)).isEqualTo(1);
    }

    private static Fundamentals fundamentals(Instant asOf, Double pe) {
        return new Fundamentals(AAPL, asOf, pe, 2.0, 40.0, 6.1, 0.5, 0.96, 3.4e12, 1.5e10, 1.2, 237.0, 164.0, 46.0,
                24.0, 31.0, 150.0, 28.0);
    }

    static BacktestRecord backtest(String parameters, Map<String, Double> metrics, List<Trade> trades) {
        return new BacktestRecord(0, T0, "backtest", "sma-cross", parameters, "AAPL", Timeframe.DAILY, T0,
                T0.plus(Duration.ofDays(30)), 21, 100_000, 101_500, "next open, no costs", metrics, trades, null);
    }

    @Test
    void backtestRunComesBackWithItsMetricsInOrderAndItsTrades() {
        JdbcBacktestRuns runs = new JdbcBacktestRuns(jdbc, "test");
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("total_return", 0.015);
        metrics.put("sharpe", 1.25);
        Trade trade = new Trade(AAPL, Trade.Direction.LONG, T0, 100.5, T0.plus(Duration.ofDays(3)), 104.25, 10, 2.0,
                35.5);

        long id = runs.save(backtest("fast=10 slow=30", metrics, List.of(trade, trade)));

        BacktestRecord found = runs.find(id).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.parameters()).isEqualTo("fast=10 slow=30");
        assertThat(found.metrics()).containsExactly(Map.entry("total_return", 0.015), Map.entry("sharpe", 1.25));
        assertThat(found.trades()).containsExactly(trade, trade);
        assertThat(found.to()).isEqualTo(T0.plus(Duration.ofDays(30)));
    }

    @Test
    void metricsThatAreNotFiniteNumbersSurviveStorage() {
        JdbcBacktestRuns runs = new JdbcBacktestRuns(jdbc, "test");
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("profit_factor", Double.POSITIVE_INFINITY);
        metrics.put("sharpe", Double.NaN);

        long id = runs.save(backtest("fast=10 slow=30", metrics, List.of()));

        assertThat(runs.find(id).orElseThrow().metrics())
                .containsEntry("profit_factor", Double.POSITIVE_INFINITY).containsEntry("sharpe", Double.NaN);
    }

    @Test
    void newestRunsComeFirstWithoutTrades() {
        JdbcBacktestRuns runs = new JdbcBacktestRuns(jdbc, "test");
        Trade trade = new Trade(AAPL, Trade.Direction.SHORT, T0, 100, T0.plus(Duration.ofDays(1)), 90, 5, 1, 49);
        long first = runs.save(backtest("fast=5 slow=20", Map.of("sharpe", 0.5), List.of(trade)));
        long second = runs.save(backtest("fast=10 slow=30", Map.of("sharpe", 0.7), List.of(trade)));
        runs.attachReport(second, "/tmp/report-2.html");

        List<BacktestRecord> newest = runs.newest(10);

        assertThat(newest).extracting(BacktestRecord::id).containsExactly(second, first);
        assertThat(newest.getFirst().reportPath()).isEqualTo("/tmp/report-2.html");
        assertThat(newest.getFirst().metrics()).containsEntry("sharpe", 0.7);
        assertThat(newest).allSatisfy(run -> assertThat(run.trades()).isEmpty());
    }

    @Test
    void unknownRunIsEmpty() {
        assertThat(new JdbcBacktestRuns(jdbc, "test").find(404)).isEmpty();
    }
}
