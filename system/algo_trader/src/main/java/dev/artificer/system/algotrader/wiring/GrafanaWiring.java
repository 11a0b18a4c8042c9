package dev.artificer.system.algotrader.wiring;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.grafana.AlgoTraderGrafanaClient;
import dev.artificer.system.algotrader.grafana.RepositoryLayout;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The Grafana client, built only when the {@code grafana} command runs: it finds the repository (compose file and
 * dashboards) from the working directory.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class GrafanaWiring {

    /**
     * The client.
     *
     * @param properties the configuration
     * @return the client; closing it releases its HTTP client, Grafana keeps running
     */
    @Bean(destroyMethod = "close")
    public AlgoTraderGrafanaClient algoTraderGrafanaClient(AlgoTraderProperties properties) {
        return AlgoTraderGrafanaClient.create(properties.grafana(), properties.influxdb(),
                RepositoryLayout.discover(Path.of(System.getProperty("user.dir"))));
    }
}
