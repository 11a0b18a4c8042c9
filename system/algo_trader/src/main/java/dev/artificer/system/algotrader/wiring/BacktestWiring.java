package dev.artificer.system.algotrader.wiring;

import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.system.algotrader.adapters.dashboard.InfluxEquityCurveStore;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBacktestRuns;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.EquityCurveStore;
import dev.artificer.component.backtest.UnstoredEquityCurves;
import dev.artificer.system.algotrader.archive.BacktestArchive;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where backtest runs go: the relational database for runs, metrics and trades; InfluxDB for equity curves when it
 * is configured; HTML reports under the data directory's {@code reports} folder. Lazy, like the data wiring.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class BacktestWiring {

    /**
     * The run store.
     *
     * @param jdbc       the database
     * @param properties the configuration, for the database's location
     * @return the store
     */
    @Bean
    public BacktestRuns backtestRuns(JdbcTemplate jdbc, AlgoTraderProperties properties) {
        return new JdbcBacktestRuns(jdbc, DataWiring.databaseSettings(properties).jdbcUrl());
    }

    /**
     * The equity curve store: InfluxDB when configured, else none.
     *
     * @param properties the configuration
     * @param influx     the InfluxDB client, used only when configured
     * @return the store
     */
    @Bean
    public EquityCurveStore equityCurveStore(AlgoTraderProperties properties, ObjectProvider<BaseInfluxClient> influx) {
        return properties.influxdb().configured() ? new InfluxEquityCurveStore(influx.getObject())
                : new UnstoredEquityCurves();
    }

    /**
     * The archive that keeps finished runs.
     *
     * @param runs       the run store
     * @param curves     the equity curve store
     * @param properties the configuration, for the reports folder
     * @param clock      the time
     * @return the archive
     */
    @Bean
    public BacktestArchive backtestArchive(BacktestRuns runs, EquityCurveStore curves, AlgoTraderProperties properties,
                                           Clock clock) {
        return new BacktestArchive(runs, curves, properties.dataDir().resolve("reports"), clock);
    }
}
