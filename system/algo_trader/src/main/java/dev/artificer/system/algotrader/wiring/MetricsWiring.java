package dev.artificer.system.algotrader.wiring;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import io.micrometer.core.instrument.Clock;
import io.micrometer.influx.InfluxApiVersion;
import io.micrometer.influx.InfluxConfig;
import io.micrometer.influx.InfluxMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pushes the service's metrics (job durations, ingestion latency, Schwab calls, JVM memory) to the same InfluxDB
 * that holds the bars, every 10 seconds, for the System health dashboard. Only the service (the web application)
 * pushes; one-shot commands and setups without InfluxDB record into Spring's in-memory registry only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${algo-trader.influxdb.url:}'.isBlank()")
public class MetricsWiring {

    /**
     * The InfluxDB 2 registry.
     *
     * @param properties the configuration
     * @return the registry, closed (and flushed) with the application
     */
    @Bean(destroyMethod = "close")
    public InfluxMeterRegistry influxMeterRegistry(AlgoTraderProperties properties) {
        AlgoTraderProperties.Influxdb influxdb = properties.influxdb();
        Map<String, String> values = Map.of(
                "influx.uri", influxdb.url(),
                "influx.token", influxdb.token(),
                "influx.org", influxdb.org(),
                "influx.bucket", influxdb.bucket(),
                "influx.apiVersion", InfluxApiVersion.V2.name(),
                "influx.step", Duration.ofSeconds(10).toString(),
                "influx.autoCreateDb", "false");
        InfluxConfig config = values::get;
        return new InfluxMeterRegistry(config, Clock.SYSTEM);
    }
}
