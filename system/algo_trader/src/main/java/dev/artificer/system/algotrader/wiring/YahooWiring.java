package dev.artificer.system.algotrader.wiring;

import dev.artificer.system.algotrader.adapters.yahoo.YahooChart;
import dev.artificer.system.algotrader.config.YahooProperties;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The Yahoo Finance client behind {@code data download}; lazy, so that other commands never build it. */
@Configuration(proxyBeanMethods = false)
@Lazy
public class YahooWiring {

    /** How long a connection and each answer may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * The chart client.
     *
     * @param properties where Yahoo is
     * @return the client, asking busy answers up to 4 times
     */
    @Bean
    public YahooChart yahooChart(YahooProperties properties) {
        return new YahooChart(properties.base(), TIMEOUT, YahooChart.Retries.PATIENT);
    }
}
