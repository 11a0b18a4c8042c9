package dev.artificer.system.algotrader.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which MarketDataSource the service uses ({@code ALGO_TRADER_MARKET_DATA}); a bad value stops the app at start with
 * a message naming the variable.
 *
 * @param source the choice; AUTO when not set
 */
@ConfigurationProperties("algo-trader.market-data")
public record MarketDataProperties(MarketDataMode source) {

    /** Defaults a missing choice to AUTO. */
    public MarketDataProperties {
        source = source == null ? MarketDataMode.AUTO : source;
    }
}
