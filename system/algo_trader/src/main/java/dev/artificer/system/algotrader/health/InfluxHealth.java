package dev.artificer.system.algotrader.health;

import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Health of InfluxDB when it stores the bars: a ping; "not used" when bars live in the relational database. */
@Component("influxdb")
@Lazy
public class InfluxHealth implements HealthIndicator {

    private final ObjectProvider<BaseInfluxClient> influx;
    private final AlgoTraderProperties properties;

    /**
     * Creates the indicator.
     *
     * @param influx     the InfluxDB client, created only when InfluxDB is configured
     * @param properties the configuration
     */
    public InfluxHealth(ObjectProvider<BaseInfluxClient> influx, AlgoTraderProperties properties) {
        this.influx = influx;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.influxdb().configured()) {
            return Health.up().withDetail("used", false).build();
        }
        return (influx.getObject().ping() ? Health.up() : Health.down()).withDetail("url", properties.influxdb().url())
                .build();
    }
}
