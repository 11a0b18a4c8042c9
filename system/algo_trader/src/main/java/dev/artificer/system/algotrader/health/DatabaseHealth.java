package dev.artificer.system.algotrader.health;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.wiring.DataWiring;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Health of the relational database (MySQL or the embedded H2): a {@code SELECT 1} round trip. */
@Component("database")
@Lazy
public class DatabaseHealth implements HealthIndicator {

    private final ObjectProvider<JdbcTemplate> jdbc;
    private final AlgoTraderProperties properties;

    /**
     * Creates the indicator.
     *
     * @param jdbc       the database, opened on the first check
     * @param properties the configuration
     */
    public DatabaseHealth(ObjectProvider<JdbcTemplate> jdbc, AlgoTraderProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public Health health() {
        String url = DataWiring.databaseSettings(properties).jdbcUrl();
        try {
            jdbc.getObject().queryForObject("SELECT 1", Integer.class);
            return Health.up().withDetail("url", url).build();
        } catch (RuntimeException failure) {
            return Health.down().withDetail("url", url).withDetail("error", failure.getMessage()).build();
        }
    }
}
