package dev.artificer.system.algotrader.status;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.config.MarketDataMode;
import dev.artificer.system.algotrader.config.TradingMode;
import java.util.List;

/**
 * Decides, from configuration alone, which adapter serves each port of the domain (DESIGN.md: every port has
 * a production adapter and an embedded default), so that {@code status} can tell without touching a server.
 */
public final class AdapterSelection {

    /** The port name of the hardware panel. */
    public static final String HARDWARE = "Hardware";

    private AdapterSelection() {
    }

    /**
     * The adapter of every port.
     *
     * @param properties    the configuration
     * @param marketData    the market data choice ({@code ALGO_TRADER_MARKET_DATA})
     * @param onRaspberryPi whether this machine is a Raspberry Pi
     * @return one choice per port
     */
    public static List<AdapterChoice> choose(AlgoTraderProperties properties, MarketDataMode marketData,
                                             boolean onRaspberryPi) {
        return List.of(tokenStore(properties), relationalData(properties), barRepository(properties),
                marketData(properties, marketData), broker(properties), hardware(properties, onRaspberryPi));
    }

    private static AdapterChoice tokenStore(AlgoTraderProperties properties) {
        AlgoTraderProperties.Redis redis = properties.redis();
        if (redis.configured()) {
            return new AdapterChoice("TokenStore", "redis " + redis.host() + ":" + redis.port() + "/" + redis.database(),
                    "REDIS_HOST is set");
        }
        return new AdapterChoice("TokenStore", "file " + properties.dataDir().resolve("schwab-tokens.json"),
                "embedded default: REDIS_HOST not set");
    }

    private static AdapterChoice relationalData(AlgoTraderProperties properties) {
        AlgoTraderProperties.Mysql mysql = properties.mysql();
        if (mysql.configured()) {
            return new AdapterChoice("RelationalData", "mysql " + mysql.jdbcUrl(), "MYSQL_HOST is set");
        }
        return new AdapterChoice("RelationalData", "h2 " + properties.dataDir().resolve("db"),
                "embedded default: MYSQL_HOST not set");
    }

    private static AdapterChoice barRepository(AlgoTraderProperties properties) {
        AlgoTraderProperties.Influxdb influxdb = properties.influxdb();
        if (influxdb.configured()) {
            return new AdapterChoice("BarRepository", "influxdb " + influxdb.url() + " bucket " + influxdb.bucket(),
                    "INFLUXDB_URL is set");
        }
        String database = properties.mysql().configured() ? "mysql" : "h2";
        return new AdapterChoice("BarRepository", "relational (" + database + ")",
                "embedded default: INFLUXDB_URL not set");
    }

    private static AdapterChoice marketData(AlgoTraderProperties properties, MarketDataMode choice) {
        if (choice == MarketDataMode.YAHOO) {
            return new AdapterChoice("MarketDataSource", "yahoo finance daily bars (no intraday)",
                    "ALGO_TRADER_MARKET_DATA=yahoo");
        }
        if (choice == MarketDataMode.SIMULATED) {
            return new AdapterChoice("MarketDataSource", "simulated market (not real prices)",
                    "ALGO_TRADER_MARKET_DATA=simulated");
        }
        if (properties.schwab().configured()) {
            return new AdapterChoice("MarketDataSource", "schwab market data API", "SCHWAB_API_KEY and SCHWAB_SECRET are set");
        }
        return new AdapterChoice("MarketDataSource", "simulated market (not real prices)",
                "embedded default: SCHWAB_API_KEY/SCHWAB_SECRET not set");
    }

    private static AdapterChoice broker(AlgoTraderProperties properties) {
        if (properties.liveTradingConfirmed() && properties.schwab().configured()) {
            return new AdapterChoice("Broker", "schwab LIVE trading (real money)",
                    "ALGO_TRADER_MODE=live and ALGO_TRADER_LIVE_CONFIRMATION given");
        }
        if (properties.mode() == TradingMode.LIVE) {
            String missing = properties.liveTradingConfirmed() ? "Schwab credentials missing"
                    : "ALGO_TRADER_LIVE_CONFIRMATION not given";
            return new AdapterChoice("Broker", "none: trading refused", "live requested but refused: " + missing);
        }
        return new AdapterChoice("Broker", "paper", "default: ALGO_TRADER_MODE=paper");
    }

    private static AdapterChoice hardware(AlgoTraderProperties properties, boolean onRaspberryPi) {
        HardwareMode mode = properties.hardware();
        boolean pi4j = mode == HardwareMode.PI4J || mode == HardwareMode.AUTO && onRaspberryPi;
        if (pi4j) {
            return new AdapterChoice(HARDWARE, "pi4j GPIO", "ALGO_TRADER_HARDWARE=" + mode.name().toLowerCase()
                    + (onRaspberryPi ? " on a Raspberry Pi" : ""));
        }
        String why = mode == HardwareMode.OFF ? "ALGO_TRADER_HARDWARE=off" : "not a Raspberry Pi";
        return new AdapterChoice(HARDWARE, "no-op (logs only)", why);
    }
}
