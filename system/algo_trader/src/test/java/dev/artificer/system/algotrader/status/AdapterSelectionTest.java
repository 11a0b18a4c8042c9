package dev.artificer.system.algotrader.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.config.MarketDataMode;
import dev.artificer.system.algotrader.config.Setting;
import dev.artificer.system.algotrader.config.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdapterSelectionTest {

    private static final Duration WARN = Duration.ofHours(156);
    private static final AlgoTraderProperties.Redis NO_REDIS = new AlgoTraderProperties.Redis("", 6379, "", "", 0);
    private static final AlgoTraderProperties.Mysql NO_MYSQL =
            new AlgoTraderProperties.Mysql("", 3306, "artificer", "artificer", "");
    private static final AlgoTraderProperties.Influxdb NO_INFLUX =
            new AlgoTraderProperties.Influxdb("", "", "artificer", "market");
    private static final AlgoTraderProperties.Schwab NO_SCHWAB =
            new AlgoTraderProperties.Schwab("", "", "https://127.0.0.1:8182", "https://api.schwabapi.com", 120, "", 120);
    private static final AlgoTraderProperties.Schwab SCHWAB =
            new AlgoTraderProperties.Schwab("key", "secret", "https://127.0.0.1:8182", "https://api.schwabapi.com", 120, "", 120);

    private static final AlgoTraderProperties.Grafana GRAFANA =
            new AlgoTraderProperties.Grafana("localhost", 3000, "admin", "", "docker");

    private static AlgoTraderProperties embedded() {
        return new AlgoTraderProperties(Path.of("/data"), TradingMode.PAPER, "", "", WARN, NO_REDIS, NO_MYSQL, NO_INFLUX,
                NO_SCHWAB, HardwareMode.AUTO, GRAFANA);
    }

    private static String adapterOf(String port, AlgoTraderProperties properties, boolean pi) {
        List<AdapterChoice> choices = AdapterSelection.choose(properties, MarketDataMode.AUTO, pi);
        return choices.stream().filter(choice -> choice.port().equals(port)).findFirst().orElseThrow().adapter();
    }

    @Test
    void yahooChosenServesMarketDataEvenWhenSchwabIsConfigured() {
        AlgoTraderProperties properties = new AlgoTraderProperties(Path.of("/data"), TradingMode.PAPER, "", "", WARN,
                NO_REDIS, NO_MYSQL, NO_INFLUX, SCHWAB, HardwareMode.AUTO, GRAFANA);

        assertThat(AdapterSelection.choose(properties, MarketDataMode.YAHOO, false)).anySatisfy(choice -> {
            assertThat(choice.port()).isEqualTo("MarketDataSource");
            assertThat(choice.adapter()).startsWith("yahoo");
            assertThat(choice.reason()).isEqualTo("ALGO_TRADER_MARKET_DATA=yahoo");
        });
    }

    @Test
    void nothingConfiguredMeansEveryEmbeddedDefault() {
        AlgoTraderProperties properties = embedded();

        assertThat(adapterOf("TokenStore", properties, false)).isEqualTo("file /data/schwab-tokens.json");
        assertThat(adapterOf("RelationalData", properties, false)).isEqualTo("h2 /data/db");
        assertThat(adapterOf("BarRepository", properties, false)).isEqualTo("relational (h2)");
        assertThat(adapterOf("MarketDataSource", properties, false)).startsWith("simulated");
        assertThat(adapterOf("Broker", properties, false)).isEqualTo("paper");
        assertThat(adapterOf("Hardware", properties, false)).startsWith("no-op");
    }

    @Test
    void configuredServersSelectTheProductionAdapters() {
        AlgoTraderProperties properties = new AlgoTraderProperties(Path.of("/data"), TradingMode.PAPER, "", "", WARN,
                new AlgoTraderProperties.Redis("cache", 6380, "", "", 2),
                new AlgoTraderProperties.Mysql("db", 3306, "artificer", "u", "p"),
                new AlgoTraderProperties.Influxdb("http://tsdb:8086", "t", "o", "bars"), SCHWAB, HardwareMode.OFF,
                GRAFANA);

        assertThat(adapterOf("TokenStore", properties, false)).isEqualTo("redis cache:6380/2");
        assertThat(adapterOf("RelationalData", properties, false)).isEqualTo("mysql jdbc:mysql://db:3306/artificer");
        assertThat(adapterOf("BarRepository", properties, false)).isEqualTo("influxdb http://tsdb:8086 bucket bars");
        assertThat(adapterOf("MarketDataSource", properties, false)).startsWith("schwab");
    }

    @Test
    void liveModeWithoutTheConfirmationRefusesToTradeRatherThanFallingBackToPaper() {
        AlgoTraderProperties properties = new AlgoTraderProperties(Path.of("/data"), TradingMode.LIVE, "", "", WARN, NO_REDIS,
                NO_MYSQL, NO_INFLUX, SCHWAB, HardwareMode.AUTO, GRAFANA);

        assertThat(adapterOf("Broker", properties, false)).isEqualTo("none: trading refused");
        assertThat(AdapterSelection.choose(properties, MarketDataMode.AUTO, false)).anySatisfy(choice ->
                assertThat(choice.reason()).contains("live requested but refused"));
    }

    @Test
    void liveModeWithConfirmationAndCredentialsTradesLive() {
        AlgoTraderProperties properties = new AlgoTraderProperties(Path.of("/data"), TradingMode.LIVE,
                Setting.LIVE_CONFIRMATION_PHRASE, "", WARN, NO_REDIS, NO_MYSQL, NO_INFLUX, SCHWAB, HardwareMode.AUTO,
                GRAFANA);

        assertThat(adapterOf("Broker", properties, false)).contains("LIVE");
    }

    @Test
    void autoHardwareUsesPi4jOnlyOnARaspberryPi() {
        assertThat(adapterOf("Hardware", embedded(), true)).isEqualTo("pi4j GPIO");
        assertThat(adapterOf("Hardware", embedded(), false)).startsWith("no-op");
    }
}
