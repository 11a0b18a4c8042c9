package dev.artificer.system.algotrader.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.InfluxSettings;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.influx.InfluxBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcCompanyRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcIngestionState;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcWatchlist;
import dev.artificer.system.algotrader.adapters.schwab.SchwabMarketData;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.adapters.yahoo.YahooChart;
import dev.artificer.system.algotrader.adapters.yahoo.YahooMarketData;
import dev.artificer.system.algotrader.config.MarketDataProperties;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.DataDirectory;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.CompanyIngestion;
import dev.artificer.system.algotrader.marketdata.CompanyRepository;
import dev.artificer.system.algotrader.marketdata.IngestionState;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.system.algotrader.shutdown.GracefulShutdown;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Picks the relational database (MySQL when configured, else an H2 file under the data directory), migrates it
 * with the same Flyway scripts, picks the bar store (InfluxDB when configured, else that database), and builds
 * the market data adapters and jobs on top. Lazy, so that commands
 * that need no database never open one.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class DataWiring {

    /** Where algo_trader's migrations are. */
    public static final List<String> MIGRATIONS = List.of("classpath:db/migration/algo_trader");

    /**
     * The connection pool, migrated to the newest schema; for the embedded database, the data directory is made
     * owner-only first (before H2 would make it with the default permissions).
     *
     * @param properties the configuration
     * @return the pool
     */
    @Bean(destroyMethod = "close")
    public HikariDataSource algoTraderDataSource(AlgoTraderProperties properties) {
        if (!properties.mysql().configured()) {
            DataDirectory.prepare(properties.dataDir(), EmbeddedDatabase.FOLDER);
        }
        HikariDataSource pool = PooledDataSources.open(databaseSettings(properties));
        new SchemaMigrator(MIGRATIONS).migrate(pool);
        return pool;
    }

    /**
     * Database settings from the configuration.
     *
     * @param properties the configuration
     * @return MySQL settings, or those of the {@link EmbeddedDatabase} under the data directory
     */
    public static DatabaseSettings databaseSettings(AlgoTraderProperties properties) {
        AlgoTraderProperties.Mysql mysql = properties.mysql();
        if (mysql.configured()) {
            return DatabaseSettings.builder(mysql.jdbcUrl() + "?rewriteBatchedStatements=true")
                    .credentials(mysql.user(), mysql.password()).poolName("algo-trader-mysql").build();
        }
        return EmbeddedDatabase.settings(properties.dataDir());
    }

    /**
     * SQL access over the pool.
     *
     * @param dataSource the pool
     * @return the template
     */
    @Bean
    public JdbcTemplate algoTraderJdbc(HikariDataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    /**
     * The InfluxDB client, created only when something asks for it (i.e. when InfluxDB is configured).
     *
     * @param properties the configuration
     * @return the client
     */
    @Bean(destroyMethod = "close")
    public BaseInfluxClient algoTraderInfluxClient(AlgoTraderProperties properties) {
        AlgoTraderProperties.Influxdb influxdb = properties.influxdb();
        return new BaseInfluxClient(InfluxSettings.builder().url(influxdb.url()).token(influxdb.token())
                .org(influxdb.org()).bucket(influxdb.bucket()).build());
    }

    /**
     * The BarRepository adapter: InfluxDB when configured, else the relational database.
     *
     * @param properties the configuration
     * @param jdbc       the database, used only without InfluxDB
     * @param influx     the InfluxDB client, used only when configured
     * @return the bar repository
     */
    @Bean
    public BarRepository barRepository(AlgoTraderProperties properties, ObjectProvider<JdbcTemplate> jdbc,
                                       ObjectProvider<BaseInfluxClient> influx) {
        if (properties.influxdb().configured()) {
            return new InfluxBarRepository(influx.getObject());
        }
        return new JdbcBarRepository(jdbc.getObject(), databaseSettings(properties).jdbcUrl());
    }

    /**
     * The watchlist.
     *
     * @param jdbc  the database
     * @param clock the time
     * @return the watchlist
     */
    @Bean
    public Watchlist watchlist(JdbcTemplate jdbc, Clock clock) {
        return new JdbcWatchlist(jdbc, clock);
    }

    /**
     * Ingestion progress.
     *
     * @param jdbc  the database
     * @param clock the time
     * @return the state store
     */
    @Bean
    public IngestionState ingestionState(JdbcTemplate jdbc, Clock clock) {
        return new JdbcIngestionState(jdbc, clock);
    }

    /**
     * Company profiles and fundamentals.
     *
     * @param jdbc  the database
     * @param clock the time
     * @return the repository
     */
    @Bean
    public CompanyRepository companyRepository(JdbcTemplate jdbc, Clock clock) {
        return new JdbcCompanyRepository(jdbc, clock);
    }

    /**
     * The MarketDataSource adapter ({@code ALGO_TRADER_MARKET_DATA}): by default Schwab when configured, else the
     * simulated market; Yahoo Finance's daily bars or the simulated market when chosen.
     *
     * @param choice the configured choice
     * @param schwab the Schwab market data client, present only when credentials are configured
     * @param yahoo  the Yahoo Finance client, built only when chosen
     * @param clock  the time
     * @param meters the meter registry
     * @return the source
     */
    @Bean
    public MarketDataSource marketDataSource(MarketDataProperties choice, ObjectProvider<MarketDataClient> schwab,
                                             ObjectProvider<YahooChart> yahoo, Clock clock, MeterRegistry meters) {
        MarketDataClient client = schwab.getIfAvailable();
        return switch (choice.source().resolve(client != null)) {
            case SCHWAB -> new SchwabMarketData(client, clock, meters);
            case YAHOO -> new YahooMarketData(yahoo.getObject(), clock);
            case AUTO, SIMULATED -> new SimulatedMarket(clock);
        };
    }

    /**
     * The price history ingestion.
     *
     * @param source the market data source
     * @param bars   the bar repository
     * @param state  ingestion progress
     * @param clock  the time
     * @param meters the meter registry
     * @param shutdown tells the ingestion when to stop at a chunk boundary
     * @return the ingestion
     */
    @Bean
    public BarIngestion barIngestion(MarketDataSource source, BarRepository bars, IngestionState state, Clock clock,
                                     MeterRegistry meters, GracefulShutdown shutdown) {
        return new BarIngestion(source, bars, state, clock, meters, shutdown::requested);
    }

    /**
     * The order of stopping: long work first, at a safe point, then the stores.
     *
     * @return the shutdown coordination, waiting up to 30 s for work to reach a safe point
     */
    @Bean
    public GracefulShutdown gracefulShutdown() {
        return new GracefulShutdown(Duration.ofSeconds(30));
    }

    /**
     * The company information ingestion.
     *
     * @param source    the market data source
     * @param companies the company repository
     * @return the ingestion
     */
    @Bean
    public CompanyIngestion companyIngestion(MarketDataSource source, CompanyRepository companies) {
        return new CompanyIngestion(source, companies);
    }
}
