package dev.artificer.system.algotrader.config;

/** Where the service's price history comes from ({@code ALGO_TRADER_MARKET_DATA}). */
public enum MarketDataMode {
    /** Schwab when its app key and secret are configured, else the simulated market. */
    AUTO,
    /** The Schwab market data API; needs the app key and secret. */
    SCHWAB,
    /** Yahoo Finance's daily bars (no key; daily, weekly and monthly bars only). */
    YAHOO,
    /** The seeded simulated market, even when Schwab is configured. */
    SIMULATED;

    /**
     * The source this choice comes to.
     *
     * @param schwabConfigured whether Schwab's app key and secret are set
     * @return never {@link #AUTO}
     * @throws InvalidSettingException when Schwab is asked for without its credentials
     */
    public MarketDataMode resolve(boolean schwabConfigured) {
        if (this == SCHWAB && !schwabConfigured) {
            throw InvalidSettingException.of(Setting.MARKET_DATA, "schwab");
        }
        if (this == AUTO) {
            return schwabConfigured ? SCHWAB : SIMULATED;
        }
        return this;
    }
}
